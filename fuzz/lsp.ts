// The language server under fuzzing, as a real process over stdio (the protocol tests' client,
// test/server/lsp-client.ts):
//
// - `incrementalAgrees`: an edit script (open, ranged and whole-text edits in bursts, close,
//   files changed, created and deleted on disk while open or not) goes through document sync;
//   after each step the diagnostics the server published for every file must settle on those of a
//   fresh full check of the same texts (an in-process `Workspace` + `checkFile`).
// - `survives`: random and malformed traffic (unknown methods, garbage params, positions out of
//   range, unopened and impossible URIs, cancellation storms, edits to unopened files, versions
//   going backwards, a file deleted while open); afterwards the server must still be running and
//   answer real requests correctly, and its diagnostics must still agree with a full check.
//
// One server serves many inputs: each input lives in its own folder below the server's root and
// is removed (files deleted, documents closed) when it ends, so state leaking from one input to
// the next is a failure too.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { CancellationTokenSource, type Diagnostic } from "vscode-languageserver-protocol/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkFile, LineIndex, Workspace, type Finding } from "../language/index.js";
import { LspClient } from "../test/server/lsp-client.js";
import { applyMutations, benchWorkspaceArb, HOSTILE, mutationArb, sampleWorkspace, workspaceArb, type GenFile, type Mutation } from "./arbitraries.js";
import type { Violation } from "./invariants.js";

// ---------------------------------------------------------------------------------------------
// Scripts

export type LspStep =
  | { kind: "open"; which: number }
  | { kind: "close"; which: number }
  /** A burst of edits sent without waiting (as typing does); each a ranged edit or the whole text. */
  | { kind: "edit"; which: number; edits: { mutations: Mutation[]; whole: boolean }[] }
  /** The file changes on disk (another tool wrote it) and the watcher says so. */
  | { kind: "disk"; which: number; mutations: Mutation[] }
  | { kind: "delete"; which: number }
  | { kind: "create"; which: number };

export interface LspScript {
  /** Relative paths (below the input's folder) and texts. */
  files: GenFile[];
  steps: LspStep[];
}

const fraction = fc.integer({ min: 0, max: 999_999 });

const stepArb: fc.Arbitrary<LspStep> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("open" as const), which: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("close" as const), which: fraction }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      which: fraction,
      edits: fc.array(fc.record({ mutations: fc.array(mutationArb, { minLength: 1, maxLength: 2 }), whole: fc.nat(4).map((n) => n === 0) }), { minLength: 1, maxLength: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("disk" as const), which: fraction, mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), which: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("create" as const), which: fraction }) },
);

function relative(files: GenFile[]): GenFile[] {
  return files.map((f, i) => ({ uri: `${f.uri.replace(/^file:\/\/\/[^/]+\//, "").replace(/[^\p{L}\p{N}/._ -]/gu, "_") || `f${i}.plan`}`, text: f.text }));
}

export function lspScriptArb(maxSteps = 40): fc.Arbitrary<LspScript> {
  const small = fc.oneof(
    { weight: 4, arbitrary: workspaceArb({ maxFiles: 4 }) },
    { weight: 1, arbitrary: fc.constant(sampleWorkspace()) },
    { weight: 1, arbitrary: benchWorkspaceArb() },
  );
  return fc.tuple(small, fc.array(stepArb, { minLength: Math.ceil(maxSteps / 2), maxLength: maxSteps })).map(([ws, steps]) => {
    // Deduplicate paths (two generated files may land on one name).
    const seen = new Set<string>();
    const files = relative(ws.files).map((f, i) => {
      const uri = seen.has(f.uri) ? f.uri.replace(/\.plan$/, `-${i}.plan`) : f.uri;
      seen.add(uri);
      return { uri, text: f.text };
    });
    return { files, steps };
  });
}

// ---------------------------------------------------------------------------------------------
// The server

/**
 * The text a file on disk has once read: lone surrogates were written as U+FFFD (UTF-8 cannot
 * hold them), and the server, like editors, drops a leading BOM.
 */
function fromDisk(text: string): string {
  const t = Buffer.from(text, "utf8").toString("utf8");
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

function diagnosticKey(d: { code?: unknown; severity?: unknown; range: Diagnostic["range"]; data?: unknown }): string {
  const r = d.range;
  const id = (d.data as { messageId?: string } | undefined)?.messageId ?? "";
  return `${String(d.code)}|${String(d.severity)}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|${id}`;
}

function expectedKey(text: string, f: Finding): string {
  const lines = new LineIndex(text);
  const s = lines.positionAt(f.span.start);
  const e = lines.positionAt(f.span.end);
  return `${f.ruleId}|${SEVERITY[f.severity]}|${s.line}:${s.character}-${e.line}:${e.character}|${f.messageId}`;
}

/** The offsets → LSP range of a minimal edit from `old` to `next` (never splitting a CRLF). */
function minimalChange(old: string, next: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(old.length, next.length);
  while (start < max && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endOld = old.length;
  let endNew = next.length;
  while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === next.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  // A position between \r and \n does not exist in LSP: widen over the pair.
  if (start > 0 && old.charCodeAt(start - 1) === 13 && old.charCodeAt(start) === 10) start--;
  if (endOld > start && endOld < old.length && old.charCodeAt(endOld - 1) === 13 && old.charCodeAt(endOld) === 10) {
    endOld++;
    endNew++;
  }
  return { start, end: endOld, text: next.slice(start, endNew) };
}

export class FuzzServer {
  private client!: LspClient;
  private inputs = 0;
  private readonly empty = mkdtempSync(join(tmpdir(), "plancode-fuzz-empty-"));
  /** Text of every file the server should see (open: the editor's; else: the disk's), by relative path. */
  private texts = new Map<string, string>();
  private open = new Map<string, number>();
  private folder = "";
  edits = 0;

  async start(): Promise<void> {
    this.client = await LspClient.start({ workspace: this.empty });
    await this.settleQuiet(200);
  }

  async stop(): Promise<void> {
    await this.client?.stop();
    rmSync(this.empty, { recursive: true, force: true });
  }

  get alive(): boolean {
    return this.client.process.exitCode === null && this.client.process.signalCode === null;
  }

  get stderr(): string {
    return this.client.stderr;
  }

  /** Lines the server has logged (window/logMessage) so far. */
  get logs(): readonly string[] {
    return this.client.logs;
  }

  /**
   * Problems of the harness itself (an edit that does not round-trip), taken once: reported as
   * `harness` violations, apart from the server's.
   */
  takeHarnessErrors(): Violation[] {
    const out = this.harnessErrors.map((detail) => ({ invariant: "harness", detail }));
    this.harnessErrors = [];
    return out;
  }

  private rel(path: string): string {
    return `${this.folder}/${path}`;
  }

  private uri(path: string): string {
    return this.client.uri(this.rel(path));
  }

  private disk(path: string): string {
    return join(this.client.root, this.rel(path));
  }

  private async watched(path: string, type: 1 | 2 | 3): Promise<void> {
    await this.client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: this.uri(path), type }] });
  }

  /** Waits until no diagnostics have been published for `quietMs`. */
  private async settleQuiet(quietMs: number, maxMs = 10_000): Promise<void> {
    const t0 = performance.now();
    let last = t0;
    let count = this.client.published.length;
    for (;;) {
      await new Promise((r) => setTimeout(r, 10));
      const now = performance.now();
      if (this.client.published.length !== count) {
        count = this.client.published.length;
        last = now;
      }
      if (now - last >= quietMs || now - t0 > maxMs) return;
    }
  }

  /** The latest published diagnostics per URI, as comparable keys. */
  private publishedKeys(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [uri, ds] of this.client.diagnostics) out.set(uri, ds.map(diagnosticKey).sort().join("\n"));
    return out;
  }

  private expectedKeys(): Map<string, string> {
    const ws = new Workspace();
    for (const [path, text] of this.texts) ws.setFile(this.uri(path), text);
    const out = new Map<string, string>();
    for (const [path, text] of this.texts) {
      const uri = this.uri(path);
      out.set(uri, checkFile(ws, uri).map((f) => expectedKey(text, f)).sort().join("\n"));
    }
    return out;
  }

  private differences(): string[] {
    const got = this.publishedKeys();
    const want = this.expectedKeys();
    const out: string[] = [];
    for (const [uri, keys] of want) {
      if ((got.get(uri) ?? "") !== keys) out.push(`${uri}:\n    published ${JSON.stringify(got.get(uri) ?? "")}\n    full check ${JSON.stringify(keys)}`);
    }
    // Files that left the workspace keep no diagnostics.
    for (const [uri, keys] of got) if (!want.has(uri) && keys !== "" && uri.includes(`/${this.folder}/`)) out.push(`${uri}: diagnostics left on a removed file: ${keys}`);
    return out;
  }

  /**
   * Waits for the server to settle and compares. Settling is observed, not signalled: quiet for
   * a moment and equal passes at once; while unequal it keeps waiting (up to `patienceMs`) for
   * more diagnostics, so only a state the server stays in counts as a violation.
   */
  async agrees(what: string, patienceMs = 4000): Promise<Violation[]> {
    const t0 = performance.now();
    await this.settleQuiet(40);
    for (;;) {
      const diff = this.differences();
      if (!diff.length) return [];
      if (!this.alive) return [{ invariant: "lsp-crash", detail: `the server exited (${this.client.process.exitCode ?? this.client.process.signalCode}) ${what}\n${this.stderr.slice(-2000)}` }];
      if (performance.now() - t0 > patienceMs) return [{ invariant: "lsp-incremental", detail: `${what}: published diagnostics differ from a full check\n  ${diff.slice(0, 3).join("\n  ")}` }];
      await this.settleQuiet(150, patienceMs);
    }
  }

  /** Creates an input's files in a fresh folder and tells the server. */
  async begin(files: GenFile[]): Promise<void> {
    // The client keeps every notification it received; one server serves thousands of inputs,
    // so drop what earlier inputs left (only counts since now matter): the fuzz process grew by
    // about 1 MB a second in a long run.
    this.client.published.length = 0;
    this.client.logs.length = 0;
    for (const uri of [...this.client.diagnostics.keys()]) if (/\/in\d+\//.test(uri)) this.client.diagnostics.delete(uri);
    this.folder = `in${++this.inputs}`;
    this.texts.clear();
    this.open.clear();
    for (const f of files) {
      mkdirSync(dirname(this.disk(f.uri)), { recursive: true });
      writeFileSync(this.disk(f.uri), f.text);
      this.texts.set(f.uri, fromDisk(f.text));
    }
    await this.client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: files.map((f) => ({ uri: this.uri(f.uri), type: 1 })) });
  }

  /** Closes and deletes everything of the current input; its diagnostics must be cleared. */
  async end(): Promise<Violation[]> {
    for (const path of this.open.keys()) await this.client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: this.uri(path) } });
    this.open.clear();
    const gone = [...this.texts.keys()];
    for (const path of gone) rmSync(this.disk(path), { force: true });
    await this.client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: gone.map((p) => ({ uri: this.uri(p), type: 3 })) });
    this.texts.clear();
    const violations = await this.agrees("after removing the input's files");
    rmSync(join(this.client.root, this.folder), { recursive: true, force: true });
    return violations;
  }

  private pick(which: number, from: Iterable<string>): string | undefined {
    const list = [...from].sort();
    return list.length ? list[which % list.length] : undefined;
  }

  private async sendEdit(path: string, next: string, whole: boolean): Promise<void> {
    const old = this.texts.get(path)!;
    const version = this.open.get(path)! + 1;
    this.open.set(path, version);
    this.texts.set(path, next);
    this.edits++;
    let change;
    if (whole) change = { text: next };
    else {
      const c = minimalChange(old, next);
      const lines = new LineIndex(old);
      change = { range: { start: lines.positionAt(c.start), end: lines.positionAt(c.end) }, text: c.text };
    }
    // Self-check: the change applied the way the server applies it (vscode-languageserver-textdocument)
    // gives the text we track; else the harness, not the server, is wrong.
    const applied = TextDocument.update(TextDocument.create("x", "plan", 1, old), [change], 2).getText();
    if (applied !== next) this.harnessErrors.push(`edit of ${path} does not round-trip: ${JSON.stringify(change).slice(0, 300)} old ${JSON.stringify(old.slice(Math.max(0, old.length - 40)))}`);
    await this.client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: this.uri(path), version }, contentChanges: [change] });
  }

  /** Problems of the harness itself (reported apart from the server's). */
  harnessErrors: string[] = [];

  async step(step: LspStep): Promise<void> {
    switch (step.kind) {
      case "open": {
        const path = this.pick(step.which, [...this.texts.keys()].filter((p) => !this.open.has(p)));
        if (!path) return;
        this.open.set(path, 1);
        await this.client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: this.uri(path), languageId: "plan", version: 1, text: this.texts.get(path)! } });
        return;
      }
      case "close": {
        const path = this.pick(step.which, this.open.keys());
        if (!path) return;
        this.open.delete(path);
        // Back to the disk's text (the editor's edits were not saved).
        if (existsSync(this.disk(path))) this.texts.set(path, fromDisk(readFileSync(this.disk(path), "utf8")));
        else this.texts.delete(path);
        await this.client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: this.uri(path) } });
        return;
      }
      case "edit": {
        let path = this.pick(step.which, this.open.keys());
        if (!path) {
          path = this.pick(step.which, this.texts.keys());
          if (!path) return;
          this.open.set(path, 1);
          await this.client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: this.uri(path), languageId: "plan", version: 1, text: this.texts.get(path)! } });
        }
        for (const e of step.edits) await this.sendEdit(path, applyMutations(this.texts.get(path)!, e.mutations), e.whole);
        return;
      }
      case "disk": {
        const path = this.pick(step.which, [...this.texts.keys()].filter((p) => !this.open.has(p)));
        if (!path) return;
        const next = applyMutations(this.texts.get(path)!, step.mutations);
        writeFileSync(this.disk(path), next);
        this.texts.set(path, fromDisk(next));
        await this.watched(path, 2);
        return;
      }
      case "delete": {
        const path = this.pick(step.which, this.texts.keys());
        if (!path) return;
        rmSync(this.disk(path), { force: true });
        // An open document stays in the workspace with the editor's text.
        if (!this.open.has(path)) this.texts.delete(path);
        await this.watched(path, 3);
        return;
      }
      case "create": {
        const from = this.pick(step.which, this.texts.keys());
        if (!from) return;
        const path = from.replace(/\.plan$/, `-${step.which % 1000}.plan`);
        if (this.texts.has(path)) return;
        mkdirSync(dirname(this.disk(path)), { recursive: true });
        writeFileSync(this.disk(path), this.texts.get(from)!);
        this.texts.set(path, fromDisk(this.texts.get(from)!));
        await this.watched(path, 1);
        return;
      }
    }
  }

  /** A real request with a known answer: the document symbols of an open file name its declarations. */
  async answersCorrectly(): Promise<Violation[]> {
    if (!this.alive) return [{ invariant: "lsp-crash", detail: `the server is gone\n${this.stderr.slice(-2000)}` }];
    const path = "probe.plan";
    const text = 'unit probe-u "P"\nplan probe-P {\n  issuer probe-u\n}\n';
    mkdirSync(dirname(this.disk(path)), { recursive: true });
    const uri = this.uri(path);
    await this.client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plan", version: 1, text } });
    try {
      const symbols = await withTimeout(this.client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } }), 10_000);
      const names = (symbols ?? []).map((s) => s.name).sort();
      if (!names.some((n) => n.includes("probe-u")) || !names.some((n) => n.includes("probe-P"))) {
        return [{ invariant: "lsp-answer", detail: `documentSymbol answered ${JSON.stringify(symbols)}` }];
      }
      return [];
    } catch (error) {
      return [{ invariant: "lsp-answer", detail: `documentSymbol failed: ${error instanceof Error ? error.message : String(error)}` }];
    } finally {
      await this.client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Malformed traffic

  async chaos(actions: ChaosAction[]): Promise<void> {
    const pending: Promise<unknown>[] = [];
    const paths = [...this.texts.keys()].sort();
    const anyUri = (n: number): string => {
      const weird = ["", "file:///", "file:///nope/x.plan", "untitled:Untitled-1", "http://example.com/a.plan", "file:///%zz%", `file:///${"a/".repeat(300)}x.plan`, "file:///C:/Windows/x.plan", "not a uri", "file:///tmp/\u0000.plan"];
      if (paths.length && n % 3 !== 0) return this.uri(paths[n % paths.length]);
      return weird[n % weird.length];
    };
    const position = (n: number): unknown =>
      [{ line: 0, character: 0 }, { line: 1e9, character: 1e9 }, { line: -1, character: -5 }, { line: 2.5, character: Number.NaN }, { line: "x" }, null, { line: 3, character: 2 ** 31 }][n % 7];
    for (const a of actions) {
      const c = this.client.connection;
      const ignore = (): undefined => undefined;
      switch (a.kind) {
        case "request": {
          const params = a.garbage !== undefined ? a.garbage : { textDocument: { uri: anyUri(a.n) }, position: position(a.n), range: { start: position(a.n), end: position(a.n + 1) }, context: { diagnostics: [], triggerKind: 1 }, newName: "x", query: "", options: { tabSize: 2, insertSpaces: true } };
          pending.push(c.sendRequest(a.method, params).catch(ignore));
          break;
        }
        case "notify":
          await c.sendNotification(a.method, a.garbage);
          break;
        case "cancel": {
          // A storm: a request, then cancellations of it and of ids that never existed.
          const source = new CancellationTokenSource();
          pending.push(c.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri: anyUri(a.n) } }, source.token).catch(ignore));
          source.cancel();
          for (let i = 0; i < 20; i++) await c.sendNotification("$/cancelRequest", { id: a.n * 31 + i });
          break;
        }
        case "editUnopened": {
          const closed = paths.filter((p) => !this.open.has(p));
          const uri = closed.length && a.n % 2 ? this.uri(closed[a.n % closed.length]) : ["file:///nope/x.plan", "untitled:1", "", "file:///%zz%"][a.n % 4];
          await c.sendNotification("textDocument/didChange", { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: position(a.n), end: position(a.n + 3) }, text: HOSTILE[a.n % HOSTILE.length] }] });
          break;
        }
        case "badEdit": {
          // Out-of-range ranges and versions going backwards on an open document: the server
          // clamps like VS Code's TextDocument does; track the same text.
          const path = this.pick(a.n, this.open.keys());
          if (!path) break;
          const doc = TextDocument.create("x", "plan", 1, this.texts.get(path)!);
          const change = { range: { start: { line: a.n % 5, character: 1e6 }, end: { line: 1e6, character: 3 } }, text: HOSTILE[a.n % HOSTILE.length] };
          const next = TextDocument.update(doc, [change], 2).getText();
          this.texts.set(path, next);
          const version = a.n % 2 ? 0 : this.open.get(path)! + 1;
          this.open.set(path, Math.max(version, this.open.get(path)!));
          await c.sendNotification("textDocument/didChange", { textDocument: { uri: this.uri(path), version }, contentChanges: [change] });
          break;
        }
        case "deleteOpen": {
          const path = this.pick(a.n, this.open.keys());
          if (!path) break;
          rmSync(this.disk(path), { force: true });
          await this.watched(path, 3);
          break;
        }
        case "reopen": {
          const path = this.pick(a.n, this.open.keys());
          if (!path) break;
          // didOpen of an open document (a client bug): the new text wins.
          const text = this.texts.get(path)!;
          await c.sendNotification("textDocument/didOpen", { textDocument: { uri: this.uri(path), languageId: "plan", version: 1, text } });
          this.open.set(path, 1);
          break;
        }
      }
    }
    await withTimeout(Promise.all(pending), 30_000).catch(() => undefined);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export type ChaosAction =
  | { kind: "request"; method: string; n: number; garbage?: unknown }
  | { kind: "notify"; method: string; garbage: unknown }
  | { kind: "cancel"; n: number }
  | { kind: "editUnopened"; n: number }
  | { kind: "badEdit"; n: number }
  | { kind: "deleteOpen"; n: number }
  | { kind: "reopen"; n: number };

const METHODS = [
  "textDocument/hover",
  "textDocument/completion",
  "textDocument/definition",
  "textDocument/references",
  "textDocument/documentHighlight",
  "textDocument/rename",
  "textDocument/prepareRename",
  "textDocument/codeAction",
  "textDocument/codeLens",
  "textDocument/semanticTokens/full",
  "textDocument/inlayHint",
  "textDocument/selectionRange",
  "textDocument/documentSymbol",
  "textDocument/foldingRange",
  "textDocument/formatting",
  "workspace/symbol",
  "plancode/status",
  "plancode/simulate",
  "plancode/graph",
  "plancode/noSuchRequest",
  "textDocument/noSuchThing",
  "$/noSuchThing",
];

const garbageArb = fc.oneof(fc.constant(undefined), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2, withNullPrototype: false }).map((v) => JSON.parse(JSON.stringify(v ?? null))));

export const chaosArb: fc.Arbitrary<ChaosAction[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("request" as const), method: fc.constantFrom(...METHODS), n: fc.nat(1000) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("request" as const), method: fc.constantFrom(...METHODS), n: fc.nat(1000), garbage: garbageArb }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("notify" as const), method: fc.constantFrom("textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration", "$/setTrace", "plancode/nothing"), garbage: garbageArb }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), n: fc.nat(1000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("editUnopened" as const), n: fc.nat(1000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("badEdit" as const), n: fc.nat(1000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteOpen" as const), n: fc.nat(1000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("reopen" as const), n: fc.nat(1000) }) },
  ),
  { minLength: 1, maxLength: 30 },
);

// ---------------------------------------------------------------------------------------------
// The properties

/** Runs a script; after every step the published diagnostics settle on a full check's. */
export async function incrementalAgrees(server: FuzzServer, script: LspScript): Promise<{ violations: Violation[]; edits: number }> {
  const before = server.edits;
  await server.begin(script.files);
  let violations = await server.agrees("after creating the input's files");
  for (let i = 0; i < script.steps.length && !violations.length; i++) {
    await server.step(script.steps[i]);
    violations = await server.agrees(`after step ${i} (${script.steps[i].kind})`);
  }
  violations.push(...(await server.end()), ...server.takeHarnessErrors());
  return { violations, edits: server.edits - before };
}

/** A log line longer than this, or of several lines, is a violation: failures are logged short. */
export const MAX_LOG_LINE = 500;

/** Runs malformed traffic amid a script; the server must stay up, answer, and agree with a full check. */
export async function survives(server: FuzzServer, script: LspScript, chaos: ChaosAction[]): Promise<{ violations: Violation[]; edits: number }> {
  const before = server.edits;
  await server.begin(script.files);
  const logsBefore = server.logs.length;
  const half = Math.ceil(chaos.length / 2);
  for (const step of script.steps.slice(0, 3)) await server.step(step);
  await server.step({ kind: "open", which: 0 });
  await server.chaos(chaos.slice(0, half));
  for (const step of script.steps.slice(3)) await server.step(step);
  await server.chaos(chaos.slice(half));
  const violations = [...(await server.answersCorrectly())];
  if (!violations.length) violations.push(...(await server.agrees("after malformed traffic", 8000)));
  if (server.alive) violations.push(...(await server.end()));
  // Each failing request was isolated (the checks above) and logged in one short line.
  for (const line of server.logs.slice(logsBefore)) {
    if (line.includes("\n") || line.length > MAX_LOG_LINE) {
      violations.push({ invariant: "lsp-log", detail: `a log line of ${line.length} characters${line.includes("\n") ? " over several lines" : ""}: ${JSON.stringify(line.slice(0, 300))}` });
      break;
    }
  }
  violations.push(...server.takeHarnessErrors());
  return { violations, edits: server.edits - before };
}

