// The LSP wiring: capabilities, document sync, workspace indexing and file watching, diagnostics
// publishing, and one guarded handler per feature (`features/*.ts`). Each `add…` line names the
// least pipeline phase its feature needs: "indexed" features call `services.file()` (which
// applies pending edits), "checked" ones ask the pipeline for fresh findings.
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InlayHintRefreshRequest,
  SemanticTokensRefreshRequest,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { dirname } from "node:path";
import { CONFIG_FILE, type Locale } from "../language/index.js";
import { toDiagnostic } from "./convert.js";
import { codeActions } from "./features/code-actions.js";
import { codeLenses } from "./features/code-lens.js";
import { completion, COMPLETION_TRIGGERS } from "./features/completion.js";
import { definition } from "./features/definition.js";
import { foldingRanges } from "./features/folding.js";
import { formatting } from "./features/formatting.js";
import { documentHighlight } from "./features/highlight.js";
import { hover } from "./features/hover.js";
import { inlayHints } from "./features/inlay-hints.js";
import { references } from "./features/references.js";
import { prepareRename, rename } from "./features/rename.js";
import { selectionRanges } from "./features/selection-range.js";
import { SEMANTIC_LEGEND, semanticTokens } from "./features/semantic-tokens.js";
import { statusReport, STATUS_REQUEST } from "./features/status-request.js";
import { LOCALE_REQUEST, uiLocale } from "./features/locale-request.js";
import { documentSymbols, workspaceSymbols } from "./features/symbols.js";
import { graph, GRAPH_REQUEST, simulate, SIMULATE_REQUEST } from "./features/workflow-requests.js";
import { siteData, SITE_REQUEST } from "./features/site-request.js";
import { documentPreview, DOCUMENT_REQUEST, exportDocument, EXPORT_DOCUMENT_REQUEST } from "./features/document-request.js";
import { discoverFiles, findWorkspaceRoot, loadConfig, pathToUri, readPlanFile, uriToPath, type LoadedConfig, type PlanText } from "../host/index.js";
import { Pipeline } from "./pipeline.js";
import { guardNotification, guardRequest, oneLine, type Logger } from "./safe.js";
import { createServices, type Formatter, type Services } from "./services.js";
import { DEFAULT_SETTINGS, displayLocale, readSettings, resolveLocale, type Settings } from "./settings.js";
import { guardedStatus, replayStatus, type StatusProvider } from "./status.js";
import { canonicalUri } from "./uris.js";

export interface ServerOptions {
  /** The lifecycle status of a document (the workflow engine's `statusOf`); defaults to replaying history. */
  status?: StatusProvider;
  /** `formatText` of `language/format`; formatting is off without it. */
  formatter?: Formatter;
  /** The message language unless the client's settings say otherwise (`plancode lsp --locale`). */
  locale?: Locale;
  /** Quiet time after an edit before re-checking (ms). */
  debounceMs?: number;
  version?: string;
}

export class PlancodeServer {
  readonly pipeline: Pipeline;
  readonly services: Services;
  private readonly docs = new Map<string, TextDocument>();
  private readonly published = new Map<string, string>();
  /**
   * A counter per file, bumped by every open, close and watched change: a handler that read the
   * disk applies what it read only if no later event for the file came in meanwhile (a close's
   * read finishing after the watcher's "deleted" brought deleted files back).
   */
  private readonly fileEvents = new Map<string, number>();
  private folders: string[] = [];
  /** The folders indexed: each workspace folder, or the folder of the `plancode.json` above it. */
  private roots: string[] = [];
  private settings: Settings = DEFAULT_SETTINGS;
  /** Settings from initializationOptions: the base every settings change starts from. */
  private initialSettings: Settings = DEFAULT_SETTINGS;
  private clientCapabilities: ClientCapabilities = {};
  private readonly debounceMs: number;
  private timer: NodeJS.Timeout | undefined;
  private validating = false;
  private validateAgain = false;
  private indexing: Promise<void> = Promise.resolve();
  /**
   * False until the first indexing has loaded every file. Until then an open file is checked
   * against part of the workspace, so only its syntax findings (which depend on nothing else)
   * are published: a name declared in a file not read yet must not flash as unresolved.
   */
  private indexed = false;
  /** Resolves once the first indexing has loaded every file (`indexing` is not set before `initialized`). */
  private markIndexed: () => void = () => {};
  private readonly firstIndexed = new Promise<void>((resolve) => (this.markIndexed = resolve));
  /** Resolves once the `plancode.json` files of the workspace are read (before the `.plan` files). */
  private markDiscovered: () => void = () => {};
  private readonly discovered = new Promise<void>((resolve) => (this.markDiscovered = resolve));
  private readonly log: Logger;

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 30;
    // Every log line is one short line, whatever the error's message (a URI of 10,000 characters,
    // a message with newlines): one failing request never floods the client's log.
    this.log = (line) => connection.console.error(oneLine(line));
    this.pipeline = new Pipeline({
      onRuleError: (ruleId, uri, error) => this.log(`[rule ${ruleId}] ${uri}: ${error instanceof Error ? error.message : String(error)}`),
    });
    this.services = createServices({
      pipeline: this.pipeline,
      status: guardedStatus(options.status ?? replayStatus),
      formatter: options.formatter,
      settings: () => this.settings,
      capabilities: () => this.clientCapabilities,
      canonical: canonicalUri,
    });
  }

  /** Registers every handler and starts listening. */
  listen(): void {
    const c = this.connection;
    const s = this.services;
    const request = <P, R>(name: string, empty: R, fn: Parameters<typeof guardRequest<P, R>>[3]) => guardRequest<P, R>(this.log, name, empty, fn);
    const notification = <P>(name: string, fn: (params: P) => void | Promise<void>) => guardNotification<P>(this.log, name, fn);

    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(notification("initialized", () => this.initialized()));
    c.onShutdown(() => {
      if (this.timer) clearTimeout(this.timer);
    });

    // Document sync and files on disk.
    c.onDidOpenTextDocument(notification("didOpen", (p) => this.didOpen(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text)));
    c.onDidChangeTextDocument(notification("didChange", (p) => this.didChange(p.textDocument.uri, p.textDocument.version, p.contentChanges)));
    c.onDidCloseTextDocument(notification("didClose", (p) => this.didClose(p.textDocument.uri)));
    c.onDidChangeWatchedFiles(notification("didChangeWatchedFiles", (p) => this.filesChanged(p.changes)));
    c.onDidChangeConfiguration(notification("didChangeConfiguration", (p) => this.configurationChanged(p.settings)));

    // Features, grouped by the least pipeline phase each needs.
    // indexed: the workspace with every pending edit applied (names resolve across files)
    c.onCompletion(request("completion", { isIncomplete: false, items: [] }, (p) => completion(s, p)));
    c.onHover(request("hover", null, (p) => hover(s, p)));
    c.onDefinition(request("definition", null, (p) => definition(s, p)));
    c.onReferences(request("references", null, (p, token) => references(s, p, token)));
    c.onDocumentHighlight(request("documentHighlight", null, (p) => documentHighlight(s, p)));
    c.onPrepareRename(request("prepareRename", null, (p) => prepareRename(s, p)));
    c.onRenameRequest(request("rename", null, (p, token) => rename(s, p, token)));
    c.onWorkspaceSymbol(request("workspaceSymbol", [], (p, token) => workspaceSymbols(s, p, token)));
    c.languages.semanticTokens.on(request("semanticTokens", { data: [] }, (p) => semanticTokens(s, p)));
    c.onCodeLens(request("codeLens", [], (p) => codeLenses(s, p)));
    c.onRequest(STATUS_REQUEST, request("status", [], (p) => statusReport(s, p)));
    // The workspace's language is its plancode.json's: answered once those are read (or after a
    // few seconds, from what is known: a client that never sends `initialized` gets an answer).
    c.onRequest(LOCALE_REQUEST, request("locale", { locale: "en" }, async (p) => (await Promise.race([this.discovered, pause(5000)]), uiLocale(s, p, this.rootFile()))));
    c.onRequest(SIMULATE_REQUEST, request("simulate", null, (p) => simulate(s, p)));
    c.onRequest(GRAPH_REQUEST, request("graph", null, (p) => graph(s, p)));
    // The dashboard shows the whole cascade: it waits for the first indexing rather than show part of it.
    c.onRequest(SITE_REQUEST, request("site", null, async (p) => (await this.firstIndexed, siteData(s, p))));
    c.onRequest(DOCUMENT_REQUEST, request("document", { ok: false, message: "" }, async (p) => (await this.firstIndexed, documentPreview(s, p))));
    c.onRequest(EXPORT_DOCUMENT_REQUEST, request("exportDocument", { ok: false, message: "" }, async (p) => (await this.firstIndexed, exportDocument(s, p))));
    // parsed: this file's AST (or just its text)
    c.onDocumentSymbol(request("documentSymbol", [], (p) => documentSymbols(s, p)));
    c.onFoldingRanges(request("foldingRange", [], (p) => foldingRanges(s, p)));
    c.onSelectionRanges(request("selectionRange", [], (p) => selectionRanges(s, p)));
    c.languages.inlayHint.on(request("inlayHint", [], (p) => inlayHints(s, p)));
    c.onDocumentFormatting(request("formatting", null, (p) => formatting(s, p)));
    // checked: this file's findings
    c.onCodeAction(request("codeAction", [], (p) => codeActions(s, p)));

    c.listen();
  }

  // ------------------------------------------------------------------------------------------
  // Lifecycle

  private initialize(params: InitializeParams): InitializeResult {
    this.clientCapabilities = params.capabilities ?? {};
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? [];
    if (folders.length) this.folders = folders.map((f) => canonicalUri(f.uri));
    else if (params.rootUri) this.folders = [canonicalUri(params.rootUri)];
    else if (params.rootPath) this.folders = [pathToUri(params.rootPath)];
    const base: Settings = { ...DEFAULT_SETTINGS, ...(this.options.locale ? { locale: this.options.locale } : {}), uiLocale: displayLocale(params.locale) };
    this.initialSettings = readSettings(params.initializationOptions, base);
    this.settings = this.initialSettings;
    this.pipeline.setRuleOverrides(this.settings.rules);
    return {
      serverInfo: { name: "plancode", version: this.options.version },
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: this.clientCapabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        documentFormattingProvider: this.options.formatter !== undefined,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  }

  private async initialized(): Promise<void> {
    const caps = this.clientCapabilities;
    // Optional client features: a client that refuses one still gets a working server.
    const attempt = async (what: string, step: () => Promise<unknown>): Promise<void> => {
      try {
        await step();
      } catch (error) {
        this.log(`[initialized] ${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await attempt("file watchers", () =>
        this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: "**/*.plan", kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
            { globPattern: `**/${CONFIG_FILE}`, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          ],
        }),
      );
    }
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await attempt("configuration", () => this.connection.client.register(DidChangeConfigurationNotification.type, { section: "plancode" }));
    }
    if (caps.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(this.log, "didChangeWorkspaceFolders", (e) => {
          this.folders = this.folders.filter((f) => !e.removed.some((r) => canonicalUri(r.uri) === f));
          this.folders.push(...e.added.map((a) => canonicalUri(a.uri)));
          this.indexing = this.indexing.then(() => this.reindex());
        }),
      );
    }
    await attempt("settings", () => this.pullSettings());
    this.pipeline.setRuleOverrides(this.settings.rules);
    this.indexing = this.index();
    await this.indexing;
  }

  // ------------------------------------------------------------------------------------------
  // Indexing (all `.plan` files of the workspace folders, with work-done progress)

  private async index(): Promise<void> {
    const progress = this.clientCapabilities.window?.workDoneProgress
      ? await this.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin("Plancode", 0, this.message("indexing"), false);
    try {
      const plans = await this.discover().finally(() => this.markDiscovered());
      const chunk = 200;
      for (let i = 0; i < plans.length; i += chunk) {
        const slice = plans.slice(i, i + chunk);
        const read = slice.map((uri) => (this.docs.has(uri) ? undefined : readFromDisk(uri)));
        this.pipeline.load(slice.flatMap((uri, k) => (read[k] ? [[uri, read[k].text, read[k].invalidUtf8] as const] : [])));
        progress?.report(Math.round(((i + slice.length) / Math.max(1, plans.length)) * 100), `${i + slice.length}/${plans.length}`);
        await new Promise<void>((r) => setImmediate(r));
      }
    } finally {
      progress?.done();
    }
    this.indexed = true;
    this.markIndexed();
    await this.validate();
    // Open files checked early published their syntax findings only: publish the rest now.
    for (const uri of this.docs.keys()) if (!this.pipeline.isDirty(uri)) this.publish(uri);
  }

  /**
   * Reads every `plancode.json` and lists the `.plan` files not ignored by them, below each root:
   * the folder of the `plancode.json` at or above a workspace folder (as `plancode lint` finds
   * its root), else the folder itself.
   */
  private async discover(): Promise<string[]> {
    const plans: string[] = [];
    this.roots = [...new Set(this.folders.map(rootOf))];
    for (const root of this.roots) {
      const path = uriToPath(root);
      if (path === undefined) continue;
      const found = discoverFiles(path);
      for (const config of found.configs) this.pipeline.setConfig(config.dir, config);
      plans.push(...found.plans.map(pathToUri));
    }
    return [...new Set(plans)].sort();
  }

  /** After folders or configs changed: adds newly found files, drops files now ignored or gone. */
  private async reindex(): Promise<void> {
    const wanted = new Set(await this.discover());
    for (const uri of this.pipeline.workspace.uris()) if (!wanted.has(uri) && !this.docs.has(uri)) this.pipeline.queue(uri, undefined);
    for (const uri of wanted) {
      if (this.pipeline.workspace.getFile(uri) || this.docs.has(uri)) continue;
      const read = readFromDisk(uri);
      if (read && !this.docs.has(uri)) this.pipeline.queue(uri, read.text, read.invalidUtf8);
    }
    this.schedule(0);
  }

  /** A file at the first workspace root (its plancode.json speaks for the workspace). */
  private rootFile(): string | undefined {
    const root = this.roots[0] ?? this.folders[0];
    return root && `${root.replace(/\/$/, "")}/${CONFIG_FILE}`;
  }

  private inWorkspace(uri: string): boolean {
    const path = uriToPath(uri);
    return this.roots.some((f) => uri.startsWith(f.endsWith("/") ? f : `${f}/`)) && path !== undefined && !this.pipeline.configs.isIgnored(path);
  }

  // ------------------------------------------------------------------------------------------
  // Documents and files

  private fileEvent(uri: string): number {
    const n = (this.fileEvents.get(uri) ?? 0) + 1;
    this.fileEvents.set(uri, n);
    return n;
  }

  private didOpen(uri: string, languageId: string, version: number, text: string): void {
    const key = canonicalUri(uri);
    this.fileEvent(key);
    this.docs.set(key, TextDocument.create(key, languageId, version, text));
    this.pipeline.queue(key, text);
    this.schedule(0);
  }

  private didChange(uri: string, version: number, changes: Parameters<typeof TextDocument.update>[1]): void {
    const key = canonicalUri(uri);
    const doc = this.docs.get(key);
    if (!doc) return;
    // One change at a time, each on a fresh document: TextDocument.update keeps its line offsets
    // up to date incrementally, and gets them wrong when an edit joins a `\r` and a `\n` into one
    // line break (or splits one); the next ranged edit then lands on the wrong text and the
    // server's copy silently drifts from the editor's (found by fuzz/lsp.ts).
    let next = doc;
    for (const change of changes) next = TextDocument.create(key, doc.languageId, version, TextDocument.update(next, [change], version).getText());
    this.docs.set(key, next);
    this.pipeline.queue(key, next.getText());
    this.schedule(this.debounceMs);
  }

  private async didClose(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    this.docs.delete(key);
    const event = this.fileEvent(key);
    // The file falls back to what is on disk, or leaves the workspace.
    const read = this.inWorkspace(key) ? readFromDisk(key) : undefined;
    if (this.docs.has(key) || this.fileEvents.get(key) !== event) return; // reopened, changed or deleted meanwhile
    this.pipeline.queue(key, read?.text, read?.invalidUtf8);
    this.schedule(0);
  }

  private async filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    let configChanged = false;
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const path = uriToPath(uri);
      if (uri.endsWith(`/${CONFIG_FILE}`)) {
        if (path === undefined) continue;
        const dir = dirname(path);
        const loaded = change.type === FileChangeType.Deleted ? undefined : configFromDisk(dir);
        configChanged = this.pipeline.setConfig(dir, loaded) || configChanged;
        continue;
      }
      if (!uri.endsWith(".plan") || this.docs.has(uri)) continue;
      const event = this.fileEvent(uri);
      if (change.type === FileChangeType.Deleted || !this.inWorkspace(uri)) this.pipeline.queue(uri, undefined);
      else {
        const read = readFromDisk(uri);
        if (!this.docs.has(uri) && this.fileEvents.get(uri) === event) this.pipeline.queue(uri, read?.text, read?.invalidUtf8);
      }
    }
    if (configChanged) {
      await this.reindex();
      this.republishAll();
      this.refreshViews();
    }
    this.schedule(0);
  }

  // ------------------------------------------------------------------------------------------
  // Settings

  private async pullSettings(): Promise<void> {
    if (!this.clientCapabilities.workspace?.configuration) return;
    const [section] = (await this.connection.workspace.getConfiguration([{ section: "plancode" }])) ?? [];
    if (section && typeof section === "object") this.settings = readSettings({ plancode: section }, this.initialSettings);
  }

  private async configurationChanged(raw: unknown): Promise<void> {
    // Settings pushed with the notification apply at once; a pull-capable client is asked too.
    if (raw && typeof raw === "object") this.settings = readSettings(raw, this.initialSettings);
    if (this.clientCapabilities.workspace?.configuration) {
      await this.pullSettings().catch((e) => this.log(`[settings] ${e instanceof Error ? e.message : String(e)}`));
    }
    if (this.pipeline.setRuleOverrides(this.settings.rules)) this.schedule(0);
    else this.republishAll();
    this.refreshViews();
  }

  private refreshViews(): void {
    const ws = this.clientCapabilities.workspace;
    const ignore = () => undefined;
    if (ws?.codeLens?.refreshSupport) this.connection.sendRequest(CodeLensRefreshRequest.type).catch(ignore);
    if (ws?.inlayHint?.refreshSupport) this.connection.sendRequest(InlayHintRefreshRequest.type).catch(ignore);
    if (ws?.semanticTokens?.refreshSupport) this.connection.sendRequest(SemanticTokensRefreshRequest.type).catch(ignore);
  }

  private message(key: "indexing"): string {
    // No file yet: the setting, else the environment (plancode.json is read while indexing).
    const locale: Locale = resolveLocale(this.settings, undefined);
    return { indexing: { vi: "Đang lập chỉ mục các tệp .plan", en: "Indexing .plan files" } }[key][locale];
  }

  // ------------------------------------------------------------------------------------------
  // Re-checking and publishing

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.validate().catch((e) => this.log(`[validate] ${e instanceof Error ? e.message : String(e)}`));
    }, delay);
  }

  /** Applies pending edits, re-checks every dirty file (open ones first) and publishes what changed. */
  async validate(): Promise<void> {
    if (this.validating) {
      this.validateAgain = true;
      return;
    }
    this.validating = true;
    let checked = 0;
    try {
      do {
        this.validateAgain = false;
        this.pipeline.flush();
        for (const uri of this.pipeline.takeRemoved()) this.send(uri, []);
        let slice = Date.now();
        for (;;) {
          const uri = this.pipeline.checkNext(this.docs.keys());
          if (uri === undefined) break;
          checked++;
          this.publish(uri);
          if (Date.now() - slice > 10) {
            await new Promise<void>((r) => setImmediate(r));
            slice = Date.now();
            this.pipeline.flush();
            for (const removed of this.pipeline.takeRemoved()) this.send(removed, []);
          }
        }
        // Files a request checked meanwhile (code actions call `findingsOf`): publish them too.
        for (const uri of this.pipeline.takeChecked()) this.publish(uri);
      } while (this.validateAgain || this.pipeline.hasQueued());
    } finally {
      this.validating = false;
    }
    // Other files' lenses (coverage, state) may have changed with them.
    if (checked > 1 && this.clientCapabilities.workspace?.codeLens?.refreshSupport) {
      this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
  }

  private publish(uri: string): void {
    const file = this.pipeline.workspace.getFile(uri);
    if (!file) return this.send(uri, []);
    const locale = this.services.locale(uri);
    const cached = this.pipeline.cachedFindings(uri) ?? [];
    const findings = this.indexed ? cached : cached.filter((f) => f.ruleId === "syntax");
    this.send(uri, findings.map((f) => toDiagnostic(file, f, locale)), this.docs.get(uri)?.version);
  }

  private send(uri: string, diagnostics: ReturnType<typeof toDiagnostic>[], version?: number): void {
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? "[]") === key) return;
    if (diagnostics.length) this.published.set(uri, key);
    else this.published.delete(uri);
    this.connection.sendDiagnostics({ uri, diagnostics, version }).catch(() => undefined);
  }

  private republishAll(): void {
    for (const uri of this.pipeline.workspace.uris()) if (!this.pipeline.isDirty(uri)) this.publish(uri);
  }

  /** Resolves when indexing at start has finished (for tests and benchmarks). */
  whenIndexed(): Promise<void> {
    return this.indexing;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

// The server's disk access, all through host/: nothing here is fatal, a file or folder that cannot
// be read is left out (a file then leaves the workspace).

/** The workspace root of a workspace folder (a URI): the folder of the nearest `plancode.json` at or above it, else the folder. */
function rootOf(folderUri: string): string {
  const path = uriToPath(folderUri);
  if (path === undefined) return folderUri;
  try {
    const root = findWorkspaceRoot(path);
    return root === undefined ? folderUri : pathToUri(root);
  } catch {
    return folderUri;
  }
}

/** A `.plan` file from disk, or undefined when it cannot be read. */
function readFromDisk(uri: string): PlanText | undefined {
  const path = uriToPath(uri);
  if (path === undefined) return undefined;
  try {
    return readPlanFile(path);
  } catch {
    return undefined;
  }
}

/** The `plancode.json` of a folder, or undefined when there is none or it cannot be read. */
function configFromDisk(dir: string): LoadedConfig | undefined {
  try {
    return loadConfig(dir);
  } catch {
    return undefined;
  }
}
