// "Export to Word" / "Export to PDF": asks the server for the file (plancode/exportDocument: the
// .docx, or the PDF through LibreOffice), proposes a name beside the plan, writes it through
// VS Code's file system (so it works in remote workspaces too) and offers to open it.
import * as vscode from "vscode";
import { t } from "./words.js";
import type { ExportDocumentParams, ExportDocumentResult } from "./protocol.js";

export type AskExport = (params: ExportDocumentParams) => Promise<ExportDocumentResult | undefined>;

export async function exportDocument(format: "docx" | "pdf", uri: string | undefined, ask: AskExport, name?: string): Promise<void> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: format === "pdf" ? t("Plancode: exporting to PDF…") : t("Plancode: exporting to Word…") },
    () => ask({ uri, name, format }),
  );
  if (!result) return;
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message || t("The issued document could not be made."));
    return;
  }
  const folder = uri ? vscode.Uri.joinPath(vscode.Uri.parse(uri), "..") : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, result.fileName) : undefined,
    filters: format === "pdf" ? { PDF: ["pdf"] } : { Word: ["docx"] },
    title: t("Save the issued document of {0}", result.name),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, "base64"));
  const open = t("Open");
  const choice = await vscode.window.showInformationMessage(t("Plancode: wrote {0}", vscode.workspace.asRelativePath(target)), open);
  if (choice === open) await vscode.env.openExternal(target);
}
