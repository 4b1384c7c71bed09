// "Preview issued document": the plan as its issued document, beside it, updated as the drafter
// types (like the Markdown preview). The server renders (plancode/document: HTML parts whose plan
// text is escaped, no scripts); this panel only shows them, under the extension's webview policy
// (extension/webview.ts), with one nonce script that swaps the document's body in place on each
// update so the scroll position stays.
import * as vscode from "vscode";
import { t } from "./words.js";
import type { DocumentParams, DocumentResult } from "./protocol.js";
import { escapeHtml, nonce, webviewPage } from "./webview.js";

/** Edits are cheap to render (a plan is a few kB): refresh soon after the drafter pauses. */
const REFRESH_MS = 250;

export type AskDocument = (params: DocumentParams) => Promise<DocumentResult | undefined>;

let current: Preview | undefined;

/** Opens the preview of `uri`'s plan (or `name`) beside the editor, or points the open one at it. */
export function showPreview(context: vscode.ExtensionContext, ask: AskDocument, params: DocumentParams): void {
  if (current) {
    current.show(params);
    return;
  }
  current = new Preview(context, ask, params);
}

class Preview {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly nonce = nonce();
  private loaded = false;

  constructor(
    context: vscode.ExtensionContext,
    private readonly ask: AskDocument,
    private params: DocumentParams,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      "plancode.documentPreview",
      t("Issued document"),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    this.disposables.push(
      // Any `.plan` edit may change it: the issuer's units, the directive cited, the parent plan.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === "plan" && e.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => d.languageId === "plan" && this.schedule()),
      this.panel.onDidChangeViewState(() => this.panel.visible && this.schedule()),
    );
    this.panel.onDidDispose(() => this.dispose(), undefined, context.subscriptions);
    void this.refresh();
  }

  show(params: DocumentParams): void {
    this.params = params;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    void this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.panel.visible && this.loaded) return; // refreshed when shown again
    const result = await this.ask(this.params);
    if (!result) return;
    const title = result.ok ? t("Issued document: {0}", result.name) : t("Issued document");
    this.panel.title = title;
    const body = result.ok ? result.body : `<p class="plancode-message">${escapeHtml(result.message || t("The issued document could not be made."))}</p>`;
    if (!this.loaded || !result.ok) {
      this.panel.webview.html = page(this.panel.webview, this.nonce, result.ok ? result.stylesheet : "", body, title);
      this.loaded = result.ok;
      return;
    }
    void this.panel.webview.postMessage({ type: "update", stylesheet: result.stylesheet, body });
  }

  private dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    current = undefined;
  }
}

/** The webview page: the document's stylesheet and sheets, and the script that swaps them on `update`. */
function page(webview: vscode.Webview, scriptNonce: string, stylesheet: string, body: string, title: string): string {
  return webviewPage(webview, scriptNonce, {
    title,
    lang: "vi",
    head: `<style id="plancode-document">${stylesheet}</style>
<style>
  body { background: var(--vscode-editor-background); margin: 0; padding: 12px 0; }
  .plancode-message { color: var(--vscode-foreground); font-family: var(--vscode-font-family); padding: 0 16px; }
</style>`,
    bodyAttributes: `class="pc-screen"`,
    body: `<main id="plancode-body">${body}</main>
<script nonce="${scriptNonce}">
  const main = document.getElementById("plancode-body");
  // An A4 sheet is wider than a side panel: scale the sheets down to the panel's width, as a
  // PDF viewer fits the page width (never up).
  const fit = () => {
    main.style.zoom = "1"; // measure the sheet at its own size
    const sheet = main.querySelector(".pc-sheet");
    if (sheet) main.style.zoom = String(Math.min(1, (window.innerWidth - 16) / sheet.offsetWidth));
  };
  window.addEventListener("resize", fit);
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (!m || m.type !== "update") return;
    document.getElementById("plancode-document").textContent = m.stylesheet;
    main.innerHTML = m.body;
    fit();
  });
  fit();
</script>`,
  });
}
