// The cascade dashboard in a webview ("Plancode: Show cascade graph"): the app `plancode site`
// writes (dist/site-app.js and .css, loaded from the extension: no network), with its data from
// the language server (`plancode/site`). While the panel is open, edits and saved or changed
// `.plan` files refresh it (debounced; a hidden panel refreshes when shown again). Choosing a
// document in the dashboard opens its file beside it at the declaration; "Open in the editor"
// opens it with focus. No language logic here: the server computes, the app draws.
import * as vscode from "vscode";
import { currentLocale, t } from "./words.js";
import { nonce, webviewPage } from "./webview.js";

/** Messages of site/app/host.ts (kept in step with it: the extension does not import the app). */
type FromDashboard = { type: "ready" } | { type: "open"; file: string; offset: number; focus?: boolean };

/**
 * Waits this long after the last change before asking the server again, and at least three times
 * as long as the last answer took: a nationwide cascade takes the server seconds, which it must
 * not spend after every pause in typing.
 */
const REFRESH_MS = 1500;

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
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private ready = false;
  /** How long the server took to answer last time (ms). */
  private lastLoad = 0;

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
    const later = () => this.schedule();
    this.disposables.push(
      webview.onDidReceiveMessage((m: FromDashboard) => this.receive(m)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === "plan" && e.contentChanges.length) later();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => d.languageId === "plan" && later()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher("**/*.plan");
    this.disposables.push(watcher, watcher.onDidChange(later), watcher.onDidCreate(later), watcher.onDidDelete(later));
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

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (this.panel.visible) this.refresh();
        else this.stale = true;
      },
      Math.max(REFRESH_MS, 3 * this.lastLoad),
    );
  }

  refresh(): void {
    if (!this.ready) return; // the app asks for its data once it is listening
    this.stale = false;
    const started = Date.now();
    void this.load().then((data) => {
      this.lastLoad = Date.now() - started;
      if (data !== undefined && current === this) void this.panel.webview.postMessage({ type: "data", data });
    });
  }

  private dispose(): void {
    if (this.timer) clearTimeout(this.timer);
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
