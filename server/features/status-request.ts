// `plancode/status` (a custom request for the extension's "Show status" command) — needs:
// indexed. The status of the documents of one file, or of the whole workspace, in the shape of
// `plancode status --format json`.
import { RequestType } from "vscode-languageserver/node.js";
import { deadlineJson, formatIso } from "../../language/index.js";
import type { Services } from "../services.js";
import { STATUS_METHOD, type StatusEntry, type StatusParams } from "../protocol.js";

export const STATUS_REQUEST = new RequestType<StatusParams, StatusEntry[], void>(STATUS_METHOD);

export function statusReport(services: Services, params: StatusParams | undefined): StatusEntry[] {
  services.pipeline.flush();
  const ws = services.workspace;
  const uri = params?.uri ? services.canonical(params.uri) : undefined;
  const out: StatusEntry[] = [];
  for (const { decl, uri: file } of ws.documents()) {
    if (uri && file !== uri) continue;
    if (params?.name && decl.name.text !== params.name) continue;
    const status = services.status(decl, ws, services.asOf());
    if (!status) continue;
    out.push({
      name: decl.name.text,
      kind: decl.docKind,
      file,
      title: decl.title?.value,
      state: status.state,
      since: status.since === undefined ? undefined : formatIso(status.since),
      overdue: status.overdue.map(deadlineJson),
      next: status.next && deadlineJson(status.next),
    });
  }
  return out;
}
