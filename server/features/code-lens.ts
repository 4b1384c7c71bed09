// textDocument/codeLens — needs: indexed. Over each document: its lifecycle state today and the
// next deadline ("Đang thực hiện · báo cáo kế tiếp 10/12/2024"), and for plans the coverage of
// the parent's tasks ("bao quát 5/5 nhiệm vụ của KL57"). Clicking runs the extension's
// "Show status" command. Then the issued document: "Xem văn bản ban hành", "Xuất Word", "Xuất PDF"
// (the extension's preview and export commands).
import type { CodeLens, CodeLensParams } from "vscode-languageserver/node.js";
import { formatVi } from "../../language/index.js";
import { rangeOf } from "../convert.js";
import { deadlineLabel, stateLabel, t } from "../messages.js";
import { coverageOf } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export const SHOW_STATUS_COMMAND = "plancode.showStatus";
/** The extension's commands for the issued document (package.json `contributes.commands`). */
export const DOCUMENT_COMMANDS = [
  ["previewDocument", "plancode.previewDocument"],
  ["exportWord", "plancode.exportWord"],
  ["exportPdf", "plancode.exportPdf"],
] as const;

export function codeLenses(services: Services, params: CodeLensParams): CodeLens[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  const ws = services.workspace;
  const locale = services.locale(file.uri);
  const out: CodeLens[] = [];
  for (const doc of file.decls) {
    if (doc.kind !== "document") continue;
    const range = rangeOf(file, doc.name.span);
    const args = [file.uri, doc.name.text];
    const status = services.status(doc, ws, services.asOf());
    if (status) {
      const parts = [stateLabel(status.state, locale)];
      if (status.overdue.length) parts.push(t(locale, "overdueCount", { count: status.overdue.length }));
      if (status.next) parts.push(t(locale, "nextDeadline", { what: deadlineLabel(status.next.what, locale), date: formatVi(status.next.due) }));
      out.push({ range, command: { title: parts.join(" · "), command: SHOW_STATUS_COMMAND, arguments: args } });
    }
    if (doc.docKind === "plan") {
      const coverage = coverageOf(ws, doc);
      if (coverage) {
        const title = t(locale, "coverage", { covered: coverage.covered, total: coverage.total, parent: coverage.parent.name.text });
        out.push({ range, command: { title, command: SHOW_STATUS_COMMAND, arguments: args } });
      }
    }
    for (const [title, command] of DOCUMENT_COMMANDS) out.push({ range, command: { title: t(locale, title), command, arguments: args } });
  }
  return out;
}
