// A minimal LSP client for the protocol tests: spawns the server as a real process (`node
// --import tsx server/main.ts --stdio`, or the bundle), speaks JSON-RPC over its stdio with
// vscode-languageserver-protocol like an editor does, answers the server's own requests
// (configuration, registration, progress), and records diagnostics and progress.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURE = join(REPO, "test/fixtures/lsp-workspace");

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    codeLens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { didSave: true },
    completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
    hover: { contentFormat: ["markdown", "plaintext"] },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
    semanticTokens: {
      requests: { full: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ["relative"],
    },
    publishDiagnostics: { relatedInformation: true },
  },
};

export interface StartOptions {
  /** A folder to copy into a fresh temp folder and open as the workspace (default: the LSP fixture). */
  workspace?: string;
  initializationOptions?: unknown;
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Run a bundle (e.g. `dist/server.cjs`) instead of the TypeScript sources. */
  bundlePath?: string;
  /** Extra command-line arguments (default `--stdio`). */
  args?: string[];
  /** The editor's display language, sent as `initialize` `locale` (VS Code sends its own). */
  clientLocale?: string;
}

type Waiter = { check: () => boolean; resolve: () => void };

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every `$/progress`, with how many diagnostics had been published when it came. */
  readonly progress: { token: string | number; value: { kind: string; message?: string }; publishedBefore: number }[] = [];
  readonly registrations: string[] = [];
  stderr = "";
  initResult!: InitializeResult;
  logs: string[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly root: string,
    private settings: Record<string, unknown>,
  ) {}

  /** Changes the `plancode` settings the client answers with and tells the server. */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification("workspace/didChangeConfiguration", { settings: { plancode: settings } });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const root = mkdtempSync(join(tmpdir(), "plancode-lsp-"));
    cpSync(options.workspace ?? FIXTURE, root, { recursive: true });
    const args = options.args ?? ["--stdio"];
    const cmd = options.bundlePath ? [options.bundlePath, ...args] : ["--import", "tsx", join(REPO, "server/main.ts"), ...args];
    const child = spawn(process.execPath, cmd, { cwd: REPO, stdio: ["pipe", "pipe", "pipe"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, root, options.settings ?? {});
    child.stderr!.on("data", (d) => (client.stderr += String(d)));
    connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      client.diagnostics.set(p.uri, p.diagnostics);
      client.poke();
    });
    connection.onNotification("window/logMessage", (p: { message: string }) => {
      client.logs.push(p.message);
      client.poke();
    });
    connection.onNotification("$/progress", (p: { token: string | number; value: { kind: string; message?: string } }) => {
      client.progress.push({ ...p, publishedBefore: client.published.length });
      client.poke();
    });
    connection.onRequest("client/registerCapability", (p: { registrations: { method: string }[] }) => {
      client.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
    for (const m of ["workspace/codeLens/refresh", "workspace/inlayHint/refresh", "workspace/semanticTokens/refresh"]) {
      connection.onRequest(m, () => null);
    }
    connection.listen();
    const rootUri = pathToFileURL(root).href;
    client.initResult = await connection.sendRequest<InitializeResult>("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "ws" }],
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions,
      ...(options.clientLocale ? { locale: options.clientLocale } : {}),
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).href;
  }

  read(rel: string): string {
    return readFileSync(join(this.root, rel), "utf8");
  }

  private poke(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves when `check` holds (re-tested on every message); rejects after a generous timeout so a failure cannot hang. */
  /**
   * Resolves once the first indexing and the first check of every file are over: the server's
   * two progresses at start (indexing, then checking the workspace in the background) ended.
   */
  waitForStartup(timeoutMs?: number): Promise<void> {
    return this.waitFor(() => this.progress.filter((p) => p.value.kind === "end").length >= 2, "indexing and the first check to finish", timeoutMs);
  }

  waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}\n--- server stderr ---\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Waits for diagnostics of a file that satisfy `predicate`, published after `since` (an index in `published`). */
  async diagnosticsOf(rel: string, predicate: (d: Diagnostic[]) => boolean, since = 0): Promise<Diagnostic[]> {
    const uri = this.uri(rel);
    let found: Diagnostic[] | undefined;
    await this.waitFor(() => {
      for (let i = this.published.length - 1; i >= since; i--) {
        const p = this.published[i];
        if (p.uri !== uri) continue;
        if (predicate(p.diagnostics)) found = p.diagnostics;
        return found !== undefined;
      }
      return false;
    }, `diagnostics of ${rel}`);
    return found!;
  }

  async open(rel: string): Promise<string> {
    const uri = this.uri(rel);
    const text = this.read(rel);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plan", version: 1, text } });
    return uri;
  }

  text(rel: string): string {
    return this.texts.get(this.uri(rel)) ?? this.read(rel);
  }

  /** Replaces the whole text of an open document. */
  async change(rel: string, text: string): Promise<void> {
    await this.edit(rel, [{ text }]);
    this.texts.set(this.uri(rel), text);
  }

  async edit(rel: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const uri = this.uri(rel);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(rel: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri: this.uri(rel) } });
  }

  /** Opens a document with the given text (not necessarily the one on disk). */
  async openText(rel: string, text: string): Promise<void> {
    const uri = this.uri(rel);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plan", version: 1, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The position (0-based line and UTF-16 column) of the `nth` occurrence of `needle` in a file's current text, plus `delta` characters. */
  positionOf(rel: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
    const text = this.text(rel);
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`'${needle}' not in ${rel}`);
    }
    const offset = at + delta;
    const before = text.slice(0, offset).split("\n");
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // the process may already be gone
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 3000);
      this.process.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Bundles server/main.ts with esbuild as build.mjs does (CommonJS, Node 20) into `outDir`; returns
 * the bundle's path. Tests and benchmarks run the server as shipped, not under tsx.
 */
export async function bundleServer(outDir: string): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = join(outDir, "server.cjs");
  await build({
    entryPoints: [join(REPO, "server/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return outfile;
}

