// The VS Code extension: starts the language server (dist/server.cjs, over IPC) for `plan` files,
// adds commands that ask it custom requests (extension/protocol.ts) and the Plancode view. No
// language logic lives here: everything a drafter sees comes from the server, and the extension's
// own words follow the workspace's language (extension/words.ts), which the server resolves.
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { showDashboard } from "./dashboard.js";
import { showDiagram } from "./diagram.js";
import { exportDocument } from "./export.js";
import { PlancodeView } from "./plancode-view.js";
import { showPreview } from "./preview.js";
import { DOCUMENT_REQUEST, EXPORT_DOCUMENT_REQUEST, GRAPH_REQUEST, LOCALE_REQUEST, SIMULATE_REQUEST, SITE_REQUEST, STATUS_REQUEST, type StatusEntry } from "./protocol.js";
import { configuredLocale, loadWords, setLocale, t } from "./words.js";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  loadWords(context);
  const configured = configuredLocale();
  if (configured) setLocale(configured);
  client = createClient(context);
  const view = new PlancodeView((params) => ask(t("status"), (c) => c.sendRequest(STATUS_REQUEST, params)));
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand("plancode.refreshView", () => view.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("plancode.locale") && void resolveLocale()),
    // A plancode.json saved with another `locale` changes the workspace's language.
    vscode.workspace.onDidSaveTextDocument((d) => d.uri.path.endsWith("/plancode.json") && void resolveLocale()),
    vscode.commands.registerCommand("plancode.showStatus", (uri?: unknown, name?: unknown) => showStatus(uriArgument(uri), typeof name === "string" ? name : undefined)),
    vscode.commands.registerCommand("plancode.simulate", (uri?: unknown, name?: unknown) => simulate(context, uriArgument(uri), typeof name === "string" ? name : undefined)),
    vscode.commands.registerCommand("plancode.showGraph", (uri?: unknown) => dashboard(context, uriArgument(uri))),
    vscode.commands.registerCommand("plancode.showGraphDiagram", (uri?: unknown) => graph(context, uriArgument(uri))),
    vscode.commands.registerCommand("plancode.previewDocument", (uri?: unknown, name?: unknown) => preview(context, uriArgument(uri), typeof name === "string" ? name : undefined)),
    vscode.commands.registerCommand("plancode.exportWord", (uri?: unknown, name?: unknown) => exportAs("docx", uriArgument(uri), typeof name === "string" ? name : undefined)),
    vscode.commands.registerCommand("plancode.exportPdf", (uri?: unknown, name?: unknown) => exportAs("pdf", uriArgument(uri), typeof name === "string" ? name : undefined)),
    vscode.commands.registerCommand("plancode.restartServer", async () => {
      await client?.restart();
      await resolveLocale();
      view.refresh();
    }),
  );
  await client.start();
  await resolveLocale();
}

/** The language of the extension's words: the setting, else what the server says for the workspace (plancode.json, then VS Code's language). */
async function resolveLocale(): Promise<void> {
  const configured = configuredLocale();
  if (configured) return setLocale(configured);
  const c = await ready().catch(() => undefined);
  const answer = await c?.sendRequest(LOCALE_REQUEST, { uri: targetUri(undefined) }).catch(() => undefined);
  if (answer?.locale === "vi" || answer?.locale === "en") setLocale(answer.locale);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath("dist/server.cjs");
  // A young generation of 64 MB a half (V8's default is 16): indexing keeps every syntax tree,
  // which the scavenger copied twice in small steps; on the nationwide workspace indexing took
  // 4.4–5.7 s instead of 5.2–6.7 s (alternating runs, bench/README.md). A flag read when the
  // process starts: `v8.setFlagsFromString` in the server comes too late for it.
  const execArgv = ["--max-semi-space-size=64"];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, "--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "plan" },
      { scheme: "untitled", language: "plan" },
    ],
    // The server pulls `plancode.*` with workspace/configuration and registers for changes and
    // for file watching itself; the first settings also travel with `initialize`.
    initializationOptions: { plancode: settingsSnapshot() },
    // Log channels also go to the extension host's log folder (handy for bug reports and the
    // E2E test). `plancode.trace.server` is read by the client library (client id `plancode`).
    outputChannel: vscode.window.createOutputChannel("Plancode", { log: true }),
    traceOutputChannel: vscode.window.createOutputChannel("Plancode (trace)", { log: true }),
  };
  return new LanguageClient("plancode", "Plancode", serverOptions, clientOptions);
}

/** The `plancode.*` settings as plain JSON (locale, rules, inlayHints.dates, asOf). */
function settingsSnapshot(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("plancode");
  return {
    locale: config.get("locale"),
    rules: config.get("rules"),
    inlayHints: { dates: config.get("inlayHints.dates") },
    asOf: config.get("asOf") || undefined,
  };
}

function uriArgument(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof vscode.Uri) return value.toString();
  return undefined;
}

/** The file the command is about: the argument, else the active `plan` editor. */
function targetUri(uri: string | undefined): string | undefined {
  if (uri) return uri;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === "plan" ? doc.uri.toString() : undefined;
}

async function ready(): Promise<LanguageClient | undefined> {
  if (!client) return undefined;
  if (!client.isRunning()) await client.start();
  return client;
}

/** Runs a request; a server without it (or failing) becomes one error message, not a throw. */
async function ask<R>(what: string, run: (c: LanguageClient) => Promise<R>): Promise<R | undefined> {
  try {
    const c = await ready();
    if (!c) return undefined;
    return await run(c);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t("Plancode: {0} failed: {1}", what, detail));
    return undefined;
  }
}

interface StatusItem extends vscode.QuickPickItem {
  entry: StatusEntry;
}

async function showStatus(uri?: string, name?: string): Promise<void> {
  const file = targetUri(uri);
  // Most urgent first, as `plancode status` and the Plancode view list them.
  const entries = await ask(t("status"), (c) => c.sendRequest(STATUS_REQUEST, { uri: file, name, order: "urgency" }));
  if (!entries) return;
  if (!entries.length) {
    void vscode.window.showInformationMessage(t("Plancode: no plan or directive here."));
    return;
  }
  const items: StatusItem[] = entries.map((e) => ({
    label: `${e.overdue.length ? "$(warning)" : "$(pass)"} ${e.name}`,
    description: e.display.description,
    detail: [e.display.detail, e.title].filter(Boolean).join(" · "),
    entry: e,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: t("Plancode: status of plans"),
    placeHolder: t("Pick a document to open it"),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) {
    const { start, end } = picked.entry.selection;
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.entry.file), { selection: new vscode.Range(start.line, start.character, end.line, end.character) });
  }
}

async function simulate(context: vscode.ExtensionContext, uri?: string, name?: string): Promise<void> {
  const file = targetUri(uri);
  const doc = name ?? (await pickDocument(file));
  if (!doc) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t("Plancode: simulating {0}…", doc) },
    () => ask(t("simulation"), (c) => c.sendRequest(SIMULATE_REQUEST, { uri: file, name: doc })),
  );
  if (result === undefined) return;
  if (result === null) {
    void vscode.window.showInformationMessage(t("Plancode: no plan named {0}.", doc));
    return;
  }
  showDiagram(context, "simulation", { title: t("Simulation of {0}", result.name), text: result.text, mermaid: result.mermaid });
}

/** The document of the file to simulate: the only one, or the drafter's pick (a directive simulates its cascade). */
async function pickDocument(file: string | undefined): Promise<string | undefined> {
  if (!file) {
    void vscode.window.showInformationMessage(t("Plancode: open a plan to simulate it."));
    return undefined;
  }
  const entries = await ask(t("status"), (c) => c.sendRequest(STATUS_REQUEST, { uri: file }));
  if (!entries) return undefined;
  if (entries.length <= 1) {
    if (!entries.length) void vscode.window.showInformationMessage(t("Plancode: no plan to simulate here."));
    return entries[0]?.name;
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((e) => ({ label: e.name, description: e.display.state, detail: e.title })),
    { title: t("Plancode: simulate which plan?") },
  );
  return picked?.label;
}

/** The cascade dashboard (extension/dashboard.ts), its data from the server for the file it was opened from. */
function dashboard(context: vscode.ExtensionContext, uri?: string): void {
  const file = targetUri(uri);
  showDashboard(context, async () => (await ask(t("cascade dashboard"), (c) => c.sendRequest(SITE_REQUEST, { uri: file })))?.data);
}

/**
 * A Mermaid flowchart helps for a small cascade only: past this many documents it is unreadable
 * and slow to draw (a nationwide cascade has 10,800), so the dashboard opens instead.
 */
export const MERMAID_LIMIT = 150;

async function graph(context: vscode.ExtensionContext, uri?: string): Promise<void> {
  const result = await ask(t("cascade graph"), (c) => c.sendRequest(GRAPH_REQUEST, { format: "mermaid", uri: targetUri(uri), limit: MERMAID_LIMIT }));
  if (!result) return;
  if (!result.mermaid && (result.documents ?? 0) > MERMAID_LIMIT) {
    void vscode.window.showInformationMessage(t("Plancode: the cascade has {0} documents, too many for a diagram (at most {1}); showing the dashboard.", result.documents ?? 0, MERMAID_LIMIT));
    dashboard(context, uri);
    return;
  }
  showDiagram(context, "graph", { title: t("Cascade graph"), mermaid: result.mermaid ?? result.text });
}

/** The issued document beside the plan (extension/preview.ts), from the server's renderer. */
function preview(context: vscode.ExtensionContext, uri?: string, name?: string): void {
  const file = targetUri(uri);
  if (!file && !name) {
    void vscode.window.showInformationMessage(t("Plancode: open a plan to preview its issued document."));
    return;
  }
  showPreview(context, (params) => ask(t("issued document"), (c) => c.sendRequest(DOCUMENT_REQUEST, params)), { uri: file, name });
}

/** "Export to Word" / "Export to PDF": the server makes the file, the drafter chooses where it goes. */
async function exportAs(format: "docx" | "pdf", uri?: string, name?: string): Promise<void> {
  const file = targetUri(uri);
  if (!file && !name) {
    void vscode.window.showInformationMessage(t("Plancode: open a plan to export its issued document."));
    return;
  }
  await exportDocument(format, file, (params) => ask(t("export"), (c) => c.sendRequest(EXPORT_DOCUMENT_REQUEST, params)), name);
}
