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
  type WorkDoneProgressServerReporter,
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
import { CheckProgress, PROGRESS_FROM } from "./progress.js";
import { createServices, type Formatter, type Services } from "./services.js";
import { DEFAULT_SETTINGS, displayLocale, readSettings, type Settings } from "./settings.js";
import { guardedStatus, replayStatus, type StatusProvider } from "./status.js";
import { canonicalUri } from "./uris.js";

/**
 * Quiet time after which a burst of edits counts as complete: VS Code sends a rename's 30,000
 * messages back to back, and a drafter's keystrokes come further apart than this.
 */
const EDITS_QUIET_MS = 150;

/**
 * How long after a message (its arrival, or its answer) background work keeps giving way: an
 * editor's requests come in runs (completion as the drafter types, hover, the lenses of a file),
 * the next a few milliseconds after the answer to the last, and each should find the server idle.
 */
const MESSAGES_QUIET_MS = 10;

/** The quiet time after an edit that follows none in the last `debounceMs` (see `debounce`). */
const LONE_EDIT_MS = 10;

/**
 * The longest stretch of checking between two looks at the messages waiting: a request that comes
 * while the workspace is checked in the background waits for at most this (and one file's check).
 */
const SLICE_MS = 4;

export interface ServerOptions {
  /** The lifecycle status of a document (the workflow engine's `statusOf`); defaults to replaying history. */
  status?: StatusProvider;
  /** `formatText` of `language/format`; formatting is off without it. */
  formatter?: Formatter;
  /** The message language unless the client's settings say otherwise (`plancode lsp --locale`). */
  locale?: Locale;
  /** Quiet time before re-checking after a burst of edits (ms); a lone edit waits `LONE_EDIT_MS`. */
  debounceMs?: number;
  version?: string;
}

export class PlancodeServer {
  readonly pipeline: Pipeline;
  readonly services: Services;
  private readonly docs = new Map<string, TextDocument>();
  private readonly published = new Map<string, string>();
  /**
   * The last event of each file (an open, close or watched change), numbered in one sequence: a
   * handler that read the disk applies what it read only if no later event for the file came in
   * meanwhile (a close's read finishing after the watcher's "deleted" brought deleted files back).
   * A file's entry goes when the file does (`queue`): a working day creates and deletes files by
   * the hundred, each under a URI never seen again. The numbers never repeat, so a file that
   * comes back under its old URI cannot match an event from before.
   */
  private readonly fileEvents = new Map<string, number>();
  private lastFileEvent = 0;
  private folders: string[] = [];
  /** The folders indexed: each workspace folder, or the folder of the `plancode.json` above it. */
  private roots: string[] = [];
  private settings: Settings = DEFAULT_SETTINGS;
  /** Settings from initializationOptions: the base every settings change starts from. */
  private initialSettings: Settings = DEFAULT_SETTINGS;
  private clientCapabilities: ClientCapabilities = {};
  private readonly debounceMs: number;
  /** When the last edit of an open file came in (ms). */
  private lastChange = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The validation running, if any (`validate` called meanwhile makes it run another pass). */
  private validating: Promise<void> | undefined;
  private validateAgain = false;
  /** A progress the running validation reports on: the indexing's, continued, or its own. */
  private progress: CheckProgress | undefined;
  /** The validation's own progress (begun for a large piece of work), which it ends. */
  private ownProgress: CheckProgress | undefined;
  /** When a text was last queued (ms): a mass edit is applied once it has stopped arriving. */
  private lastQueued = 0;
  /** When the last message came in (ms). */
  private lastMessage = 0;
  private indexing: Promise<void> = Promise.resolve();
  /**
   * False until the first indexing has loaded every file. Until then an open file is checked
   * against part of the workspace, so only its syntax findings (which depend on nothing else)
   * are published: a name declared in a file not read yet must not flash as unresolved.
   */
  private indexed = false;
  /** The check of every file after the first indexing is running. */
  private firstCheckRunning = false;
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
    // Every message is stamped, when it comes and when its answer is ready: background work gives
    // way while messages are coming in (an editor's next request follows the answer closely).
    const request = <P, R>(name: string, empty: R, fn: Parameters<typeof guardRequest<P, R>>[3]) =>
      guardRequest<P, R>(this.log, name, empty, (params, token) => {
        this.lastMessage = Date.now();
        try {
          return fn(params, token);
        } finally {
          this.lastMessage = Date.now();
        }
      });
    const notification = <P>(name: string, fn: (params: P) => void | Promise<void>) =>
      guardNotification<P>(this.log, name, (params) => {
        this.lastMessage = Date.now();
        return fn(params);
      });

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

  /**
   * Indexing is what a drafter waits for before completion, hover and definition answer for the
   * whole workspace: every file read, parsed and entered in the symbol tables. Its progress ends
   * there; the open files are checked first, then the others in the background (slices of `SLICE_MS`
   * between which requests and edits are handled), under a progress of their own that ends when
   * every file's diagnostics are out — as rust-analyzer and tsserver do. Until then an unopened
   * file may just not have its diagnostics yet.
   */
  private async index(): Promise<void> {
    // Both reporters asked for now: the checking's begins the moment the indexing's ends.
    const [reporter, checkReporter] = await Promise.all([this.createProgress(), this.createProgress()]);
    let progress: CheckProgress | undefined;
    let checking: CheckProgress | undefined;
    try {
      const plans = await this.discover().finally(() => this.markDiscovered());
      progress = CheckProgress.begin(reporter, () => this.uiLocale(), { indexing: true });
      await this.load(plans, progress);
      this.indexed = true;
      this.markIndexed();
      progress.end();
      progress = undefined;
      checking = CheckProgress.begin(checkReporter, () => this.uiLocale(), { checking: this.pipeline.dirtyCount() });
      this.firstCheckRunning = true;
      await this.validate(checking).finally(() => (this.firstCheckRunning = false));
    } finally {
      if (progress) progress.end();
      else if (!checking) reporter?.done();
      if (checking) checking.end();
      else checkReporter?.done();
    }
    // Open files checked early published their syntax findings only: publish the rest now.
    for (const uri of this.docs.keys()) if (!this.pipeline.isDirty(uri)) this.publish(uri);
  }

  /** Reads and parses every file into the workspace, in slices between which requests are answered. */
  private async load(plans: string[], progress: CheckProgress): Promise<void> {
    const chunk = 200;
    for (let i = 0; i < plans.length; i += chunk) {
      const slice = plans.slice(i, i + chunk);
      const read = slice.map((uri) => (this.docs.has(uri) ? undefined : readFromDisk(uri)));
      this.pipeline.load(slice.flatMap((uri, k) => (read[k] ? [[uri, read[k].text, read[k].invalidUtf8] as const] : [])));
      progress.indexed(i + slice.length, plans.length);
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** A work-done progress the client shows, if it supports them. */
  private async createProgress(): Promise<WorkDoneProgressServerReporter | undefined> {
    if (!this.clientCapabilities.window?.workDoneProgress) return undefined;
    return this.connection.window.createWorkDoneProgress().catch(() => undefined);
  }

  /** The language of the server's own progress words: the workspace's. */
  private uiLocale(): Locale {
    return this.services.locale(this.rootFile() ?? "");
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
    for (const uri of this.pipeline.workspace.uris()) if (!wanted.has(uri) && !this.docs.has(uri)) this.queue(uri, undefined);
    for (const uri of wanted) {
      if (this.pipeline.workspace.getFile(uri) || this.docs.has(uri)) continue;
      const read = readFromDisk(uri);
      if (read && !this.docs.has(uri)) this.queue(uri, read.text, read.invalidUtf8);
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

  /** Queues a file's new text (undefined: removed) for the pipeline. */
  private queue(uri: string, text: string | undefined, problem?: Parameters<Pipeline["queue"]>[2]): boolean {
    // What changes nothing (a file closed and read back, a save the editor already sent) does not
    // hold back the checking of a mass edit.
    const queued = this.pipeline.queue(uri, text, problem);
    // A file gone from the workspace and not open takes its event number with it (a working day
    // creates and deletes files, and opens untitled documents: the map kept them all).
    if (text === undefined && !this.docs.has(uri)) this.fileEvents.delete(uri);
    if (!queued) return false;
    this.lastQueued = Date.now();
    return true;
  }

  private fileEvent(uri: string): number {
    const n = ++this.lastFileEvent;
    this.fileEvents.set(uri, n);
    return n;
  }

  private didOpen(uri: string, languageId: string, version: number, text: string): void {
    const key = canonicalUri(uri);
    this.fileEvent(key);
    this.docs.set(key, TextDocument.create(key, languageId, version, text));
    // A file opened as the workspace has it changes nothing: no check now (in a mass edit, the
    // next file's open would otherwise check the edits before it without waiting for the rest).
    if (this.queue(key, text)) this.schedule(0);
  }

  private didChange(uri: string, version: number, changes: Parameters<typeof TextDocument.update>[1]): void {
    const key = canonicalUri(uri);
    const doc = this.docs.get(key);
    if (!doc) return;
    // vscode-languageserver-textdocument 1.0.16 keeps its line offsets right when an edit joins a
    // `\r` and a `\n` into one line break or splits one (before it, the server's copy drifted from
    // the editor's, found by fuzz/lsp.ts; test/robustness/lsp.test.ts keeps such edits).
    const next = TextDocument.update(doc, changes, version);
    this.docs.set(key, next);
    this.queue(key, next.getText());
    this.schedule(this.debounce());
  }

  /**
   * The quiet time before re-checking after an edit. A lone keystroke (keys come 50 ms or more
   * apart) is checked almost at once; edits closer together than `debounceMs` (a multi-cursor
   * edit or an undo sent as several changes, a key held down) are a burst, checked once it has
   * been quiet for `debounceMs`.
   */
  private debounce(): number {
    const now = Date.now();
    const gap = now - this.lastChange;
    this.lastChange = now;
    return gap < this.debounceMs ? this.debounceMs : Math.min(this.debounceMs, LONE_EDIT_MS);
  }

  private async didClose(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    this.docs.delete(key);
    const event = this.fileEvent(key);
    // The file falls back to what is on disk, or leaves the workspace.
    const read = this.inWorkspace(key) ? readFromDisk(key) : undefined;
    if (this.docs.has(key) || this.fileEvents.get(key) !== event) return; // reopened, changed or deleted meanwhile
    this.queue(key, read?.text, read?.invalidUtf8);
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
      if (change.type === FileChangeType.Deleted || !this.inWorkspace(uri)) this.queue(uri, undefined);
      else {
        const read = readFromDisk(uri);
        if (!this.docs.has(uri) && this.fileEvents.get(uri) === event) this.queue(uri, read?.text, read?.invalidUtf8);
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

  // ------------------------------------------------------------------------------------------
  // Re-checking and publishing

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.validate().catch((e) => this.log(`[validate] ${e instanceof Error ? e.message : String(e)}`));
    }, delay);
  }

  /**
   * Applies pending edits, re-checks every dirty file (open ones first) and publishes what changed.
   * Yields every `SLICE_MS` so requests are answered meanwhile; edits that arrive go first. A pass over
   * many files shows progress (`progress`: the indexing's, continued). Resolves when the files
   * are checked (a call during a running validation makes it run again and waits for it).
   */
  validate(progress?: CheckProgress): Promise<void> {
    if (progress) {
      this.progress = progress;
      progress.expect(this.pipeline.dirtyCount());
    }
    if (this.validating) {
      this.validateAgain = true;
      return this.validating;
    }
    this.validating = this.validateLoop().finally(() => (this.validating = undefined));
    return this.validating;
  }

  private async validateLoop(): Promise<void> {
    let checked = 0;
    try {
      do {
        this.validateAgain = false;
        await this.applyQueued();
        for (const uri of this.pipeline.takeRemoved()) this.send(uri, []);
        const dirty = this.pipeline.dirtyCount();
        if (dirty >= PROGRESS_FROM) await this.showProgress({ checking: dirty });
        this.progress?.expect(dirty);
        // Open files first (the drafter looks at them), taken from a list made once per pass: a
        // mass edit opens 10,000 files, and scanning them all before each check was quadratic.
        const open = [...this.docs.keys()].filter((uri) => this.pipeline.isDirty(uri));
        let nextOpen = 0;
        let slice = Date.now();
        for (;;) {
          while (nextOpen < open.length && !this.pipeline.isDirty(open[nextOpen])) nextOpen++;
          // Before the first indexing is over, only open files: the others wait for every name.
          if (!this.indexed && nextOpen >= open.length) break;
          const uri = this.pipeline.checkNext(nextOpen < open.length ? [open[nextOpen]] : []);
          if (uri === undefined) break;
          checked++;
          this.publish(uri);
          this.progress?.checked();
          if (Date.now() - slice >= SLICE_MS) {
            await this.giveWay();
            slice = Date.now();
            if (this.pipeline.hasQueued()) break; // new edits are applied first
          }
        }
        // Files a request checked meanwhile (code actions call `findingsOf`): publish them too.
        for (const uri of this.pipeline.takeChecked()) this.publish(uri);
      } while (this.validateAgain || this.pipeline.hasQueued() || (this.indexed && this.pipeline.dirtyCount() > 0));
    } finally {
      this.ownProgress?.end();
      this.ownProgress = this.progress = undefined;
    }
    // Other files' lenses (coverage, state) may have changed with them.
    if (checked > 1 && this.clientCapabilities.workspace?.codeLens?.refreshSupport) {
      this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
  }

  /**
   * Applies the queued edits. A mass edit (a rename's workspace edit, a checkout: files arriving
   * by the thousand) — or an edit that makes many files dirty (the directive's name) while more
   * keep coming — is applied once it has stopped arriving, in slices between which requests are
   * answered, and re-checked as one batch, so each file is checked once and its diagnostics never
   * show a state halfway through.
   */
  private async applyQueued(): Promise<void> {
    for (;;) {
      // While a burst arrives, take its messages as fast as they come (one per turn of the event
      // loop: applying meanwhile would make each wait for a slice), then apply it in slices.
      while (this.editsArriving()) await new Promise<void>((r) => setTimeout(r, 20));
      const total = this.pipeline.queuedCount() + this.pipeline.pendingCount();
      if (total >= PROGRESS_FROM) await this.showProgress({ updating: total });
      while (!this.pipeline.applySome(10)) {
        this.progress?.updated(this.pipeline.pendingCount(), total);
        await this.giveWay();
      }
      if (this.editsArriving()) continue;
      this.pipeline.finishBatch();
      if (!this.editsArriving()) return;
    }
  }

  /**
   * Yields to the messages waiting. vscode-jsonrpc handles one message per turn of the event loop,
   * so while messages keep coming (a rename's 30,000 notifications, the drafter's next keystroke
   * behind them) the background work does nothing in a turn: a completion request is answered
   * after the messages before it, not after a slice of work per message.
   */
  private async giveWay(): Promise<void> {
    await new Promise<void>((r) => setImmediate(r));
    // Asleep rather than spinning while messages are recent: the turns of the loop go on meanwhile.
    for (let quiet = Date.now() - this.lastMessage; quiet < MESSAGES_QUIET_MS; quiet = Date.now() - this.lastMessage) {
      await new Promise<void>((r) => setTimeout(r, MESSAGES_QUIET_MS - quiet));
    }
  }

  /**
   * Shows the editor a progress for a large piece of work (the indexing's already does, before the
   * first indexing is over it will), which the running validation ends.
   */
  private async showProgress(work: { updating: number } | { checking: number }): Promise<void> {
    if (this.progress || !this.indexed) return;
    this.progress = this.ownProgress = CheckProgress.begin(await this.createProgress(), () => this.uiLocale(), work);
  }

  /**
   * Edits came in the last moments and they are more than one file's, or they made many files
   * dirty. While the check after indexing runs, the files it has yet to check count only if an edit
   * made them dirty: they would hold back every keystroke typed in the meantime.
   */
  private editsArriving(): boolean {
    if (Date.now() - this.lastQueued >= EDITS_QUIET_MS) return false;
    if (this.pipeline.pendingCount() + this.pipeline.queuedCount() >= 2) return true;
    if (this.firstCheckRunning && this.pipeline.lastAffected < PROGRESS_FROM) return false;
    return this.pipeline.dirtyCount() >= PROGRESS_FROM;
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
