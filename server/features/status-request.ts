// `plancode/status` (the extension's "Show status" and its Plancode view) — needs: indexed. The
// status of the documents of one file, or of the whole workspace, in the shape of `plancode status
// --format json`, each with what the editor shows of it in the file's language (the extension
// words nothing about the lifecycle itself), its issuer's level and where its name is declared.
// `order: "urgency"` sorts as the `plancode status` table does (workflows' `byUrgency`).
import { RequestType } from "vscode-languageserver/node.js";
import { deadlineJson, formatIso, formatVi, type Deadline, type DocumentStatus, type Locale } from "../../language/index.js";
import { byUrgency } from "../../workflows/index.js";
import { rangeOf } from "../convert.js";
import { deadlineLabel, stateLabel, t } from "../messages.js";
import type { Services } from "../services.js";
import { STATUS_METHOD, type StatusDisplay, type StatusEntry, type StatusParams } from "../protocol.js";

export const STATUS_REQUEST = new RequestType<StatusParams, StatusEntry[], void>(STATUS_METHOD);

export function statusReport(services: Services, params: StatusParams | undefined): StatusEntry[] {
  services.sync();
  const ws = services.workspace;
  const uri = params?.uri ? services.canonical(params.uri) : undefined;
  const out: StatusEntry[] = [];
  for (const { decl, uri: file } of ws.documents()) {
    if (uri && file !== uri) continue;
    if (params?.name && decl.name.text !== params.name) continue;
    const status = services.status(decl, ws, services.asOf());
    const source = ws.getFile(file);
    if (!status || !source) continue;
    const issuer = decl.issuer ? ws.lookupUnit(decl.issuer.text) : undefined;
    const level = issuer ? ws.levelOf(issuer) : undefined;
    out.push({
      name: decl.name.text,
      kind: decl.docKind,
      file,
      title: decl.title?.value,
      state: status.state,
      since: status.since === undefined ? undefined : formatIso(status.since),
      overdue: status.overdue.map(deadlineJson),
      next: status.next && deadlineJson(status.next),
      display: statusDisplay(status, services.locale(file)),
      ...(level ? { level: { name: level.name, title: level.title, rank: level.rank } } : {}),
      selection: rangeOf(source, decl.name.span),
    });
  }
  return params?.order === "urgency" ? out.sort(byUrgency) : out;
}

/** "Đang thực hiện · từ 11/10/2023" and "Quá hạn: báo cáo 15/06/2024 · Kế tiếp: báo cáo 15/06/2025". */
export function statusDisplay(status: DocumentStatus, locale: Locale): StatusDisplay {
  const state = stateLabel(status.state, locale);
  const date = (day: number) => (locale === "vi" ? formatVi(day) : formatIso(day));
  const deadline = (d: Deadline) => `${deadlineLabel(d.what, locale)} ${date(d.due)}`;
  const detail: string[] = [];
  if (status.overdue.length) detail.push(t(locale, "overdue", { items: status.overdue.map(deadline).join(", ") }));
  if (status.next) detail.push(t(locale, "next", { what: deadlineLabel(status.next.what, locale), date: date(status.next.due) }));
  return {
    state,
    description: status.since === undefined ? state : t(locale, "stateSinceShort", { state, date: date(status.since) }),
    detail: detail.join(" · "),
    locale,
  };
}
