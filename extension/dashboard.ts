// The cascade dashboard in a webview ("Plancode: Show cascade graph"): the app `plancode site`
// writes (dist/site-app.js and .css, loaded from the extension: no network), with its data from
// the language server (`plancode/site`). While the panel is open, edits and saved or changed
// `.plan` files refresh it (extension/plan-changes.ts: debounced; a hidden panel when shown again). Choosing a
// document in the dashboard opens its file beside it at the declaration; "Open in the editor"
// opens it with focus. No language logic here: the server computes, the app draws.
import * as vscode from "vscode";
import { RefreshOnPlanChanges } from "./plan-changes.js";
import { currentLocale, t } from "./words.js";
import { nonce, webviewPage } from "./webview.js";

/** Messages of site/app/host.ts (kept in step with it: the extension does not import the app). */
type FromDashboard = { type: "ready" } | { type: "open"; file: string; offset: number; focus?: boolean };

let current: Dashboard | undefined;

/** Opens the dashboard, or shows and refreshes the open one. `load` asks the server for the data. */
export function showDashboard(context: vscode.ExtensionContext, load: () => Promise<unknown | undefined>): void {
  if (current) {
    current.panel.reveal();
    current.refresh();
    return;
  }
  current = new Dashboard(context, load);
}

class Dashboard {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changes: RefreshOnPlanChanges;
  private ready = false;

  constructor(
    context: vscode.ExtensionContext,
    private readonly load: () => Promise<unknown | undefined>,
  ) {
    const dist = vscode.Uri.joinPath(context.extensionUri, "dist");
    this.panel = vscode.window.createWebviewPanel("plancode.dashboard", t("Cascade dashboard"), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
      // The tree's expansion, search and scroll survive switching tabs.
      retainContextWhenHidden: true,
    });
    const webview = this.panel.webview;
    webview.html = html(webview, webview.asWebviewUri(vscode.Uri.joinPath(dist, "site-app.js")), webview.asWebviewUri(vscode.Uri.joinPath(dist, "site-app.css")));
    this.changes = new RefreshOnPlanChanges(() => this.refresh(), () => this.panel.visible);
    this.disposables.push(
      this.changes,
      webview.onDidReceiveMessage((m: FromDashboard) => this.receive(m)),
      this.panel.onDidChangeViewState(() => this.panel.visible && this.changes.shown()),
    );
    this.panel.onDidDispose(() => this.dispose(), undefined, context.subscriptions);
  }

  private receive(message: FromDashboard): void {
    if (message?.type === "ready") {
      this.ready = true;
      this.refresh();
    } else if (message?.type === "open" && typeof message.file === "string") {
      void openAt(message.file, Number(message.offset) || 0, message.focus === true);
    }
  }

  refresh(): void {
    if (!this.ready) return; // the app asks for its data once it is listening
    this.changes.refreshed();
    const started = Date.now();
    void this.load().then((data) => {
      this.changes.took(Date.now() - started);
      if (data !== undefined && current === this) void this.panel.webview.postMessage({ type: "data", data });
    });
  }

  private dispose(): void {
    for (const d of this.disposables) d.dispose();
    if (current === this) current = undefined;
  }
}

/** Opens a `.plan` at an offset of its text (the document's name in its declaration). */
async function openAt(file: string, offset: number, focus: boolean): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  const at = doc.positionAt(offset);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), viewColumn: vscode.ViewColumn.Beside, preserveFocus: !focus, preview: !focus });
}

function html(webview: vscode.Webview, script: vscode.Uri, style: vscode.Uri): string {
  const scriptNonce = nonce();
  const lang = currentLocale();
  return webviewPage(webview, scriptNonce, {
    title: "Plancode",
    lang,
    head: `<link rel="stylesheet" href="${style.toString()}">`,
    body: `<div id="app"><p class="loading">${t("Loading…")}</p></div>
<script nonce="${scriptNonce}" src="${script.toString()}"></script>`,
  });
}
