// A minimal editor for the language-server benchmarks (bench/lsp.ts, bench/rename.ts): the real
// CLI's `plancode lsp` (bundled) spawned with the RSS probe, JSON-RPC over its stdio, the server's
// own requests answered, diagnostics and progress recorded with their times.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node.js";
import { ROOT } from "./bundle.js";

interface Published {
  at: number;
  uri: string;
  count: number;
  /** The diagnostics' messages (kept only when `keepMessages` is set). */
  messages?: string[];
}

/** A minimal editor: JSON-RPC over the server's stdio, answering its requests, recording diagnostics. */
export class Editor {
  readonly published: Published[] = [];
  /** Every `$/progress` value the server sent, with its time. */
  readonly progress: { at: number; kind: string; title?: string; message?: string; percentage?: number }[] = [];
  private waiters: (() => boolean)[] = [];
  private versions = new Map<string, number>();
  indexingDone = false;
  /** Work-done progresses begun and not yet ended (the background check after indexing is one). */
  progressRunning = 0;
  /** Record each diagnostic's message too (the rename benchmark checks the end state). */
  keepMessages = false;
  /** When the server reported the end of its first indexing (performance.now()). */
  indexedAt = 0;
  stderr = "";

  private constructor(
    readonly child: ChildProcess,
    readonly rpc: ProtocolConnection,
    readonly root: string,
  ) {}

  static async start(root: string, probe: string): Promise<{ editor: Editor; spawnedAt: number }> {
    const spawnedAt = performance.now();
    // PLANCODE_BENCH_NODE_ARGS: extra Node flags for the server (`--cpu-prof --cpu-prof-dir=/tmp/p`
    // to see where its time goes; NODE_OPTIONS refuses them).
    const nodeArgs = process.env.PLANCODE_BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, "--require", join(ROOT, "bench/lib/rss-probe.cjs"), join(ROOT, "bin/plancode.cjs"), "lsp"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PLANCODE_BENCH_PROBE: probe },
    });
    const rpc = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const editor = new Editor(child, rpc, root);
    child.stderr!.on("data", (d) => (editor.stderr += String(d)));
    rpc.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      editor.published.push({ at: performance.now(), uri: p.uri, count: p.diagnostics.length, ...(editor.keepMessages ? { messages: p.diagnostics.map((d) => d.message) } : {}) });
      editor.poke();
    });
    rpc.onNotification("$/progress", (p: { value: { kind: string; title?: string; message?: string; percentage?: number } }) => {
      editor.progress.push({ at: performance.now(), ...p.value });
      if (p.value.kind === "begin") editor.progressRunning++;
      if (p.value.kind === "end") editor.progressRunning--;
      if (p.value.kind === "end" && !editor.indexingDone) {
        editor.indexingDone = true;
        editor.indexedAt = performance.now();
      }
      editor.poke();
    });
    rpc.onNotification("window/logMessage", () => undefined);
    rpc.onRequest("client/registerCapability", () => null);
    rpc.onRequest("window/workDoneProgress/create", () => null);
    rpc.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({})));
    for (const m of ["workspace/codeLens/refresh", "workspace/inlayHint/refresh", "workspace/semanticTokens/refresh"]) rpc.onRequest(m, () => null);
    rpc.listen();
    const rootUri = pathToFileURL(root).href;
    await rpc.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "ws" }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: {},
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ["markdown", "plaintext"] },
          publishDiagnostics: {},
        },
      },
    });
    await rpc.sendNotification("initialized", {});
    return { editor, spawnedAt };
  }

  uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).href;
  }

  private poke(): void {
    this.waiters = this.waiters.filter((w) => !w());
  }

  waitFor(check: () => boolean, what: string, timeoutMs = 300_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-500)}`)), timeoutMs);
      this.waiters.push(() => {
        if (!check()) return false;
        clearTimeout(timer);
        resolve();
        return true;
      });
    });
  }

  /** Resolves with the time of the first diagnostics of `uri` published at or after index `since`. */
  async nextDiagnostics(uri: string, since: number): Promise<number> {
    let at = 0;
    await this.waitFor(() => {
      for (let i = since; i < this.published.length; i++) {
        if (this.published[i].uri === uri) {
          at = this.published[i].at;
          return true;
        }
      }
      return false;
    }, `diagnostics of ${uri}`, 60_000);
    return at;
  }

  /** Resolves once no progress runs and no diagnostics were published for `quietMs` (at most `maxMs`). */
  async settle(quietMs = 1000, maxMs = 60_000): Promise<void> {
    const start = performance.now();
    for (;;) {
      const last = this.published.length ? this.published[this.published.length - 1].at : start;
      const now = performance.now();
      if ((now - Math.max(last, start) >= quietMs && this.progressRunning <= 0) || now - start >= maxMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async open(rel: string, text: string): Promise<void> {
    this.versions.set(rel, 1);
    await this.rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: this.uri(rel), languageId: "plan", version: 1, text } });
  }

  async change(rel: string, text: string): Promise<void> {
    const version = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, version);
    await this.rpc.sendNotification("textDocument/didChange", { textDocument: { uri: this.uri(rel), version }, contentChanges: [{ text }] });
  }

  async close(rel: string): Promise<void> {
    this.versions.delete(rel);
    await this.rpc.sendNotification("textDocument/didClose", { textDocument: { uri: this.uri(rel) } });
  }

  /** `workspace/didChangeWatchedFiles` for files changed on disk (type 2: changed). */
  async filesChanged(rels: string[]): Promise<void> {
    await this.rpc.sendNotification("workspace/didChangeWatchedFiles", { changes: rels.map((rel) => ({ uri: this.uri(rel), type: 2 })) });
  }

  async timed<R>(method: string, params: unknown): Promise<{ ms: number; result: R }> {
    const t0 = performance.now();
    const result = (await this.rpc.sendRequest(method, params)) as R;
    return { ms: performance.now() - t0, result };
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.rpc.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 5000))]);
      await this.rpc.sendNotification("exit");
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 10_000);
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.rpc.dispose();
  }
}

export function planFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) planFiles(p, out);
    else if (name.endsWith(".plan")) out.push(p);
  }
  return out;
}

/** Position (0-based line, UTF-16 character) of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

