// The incremental document pipeline behind the server, with named phases per file:
//   queued   — a new text arrived (an edit, a file on disk) and waits for the debounce;
//   indexed  — parsed and in the `Workspace` (symbols, name index); enough for completion,
//              hover, definition, references, rename, symbols, folding, tokens;
//   checked  — findings computed; enough for diagnostics and code actions.
// `flush()` moves every queued file to indexed and marks the files whose findings may change
// (`affectedByChanges`) as dirty; `checkNext()` / `findingsOf()` bring dirty files to checked.
// No LSP types and no I/O here: texts come in, findings go out.
//
// Mass edits: the queued files are applied as one batch — put in the workspace in slices the
// server interleaves with requests (`applySome`), then their dependents computed once for the
// batch (`finishBatch`). A rename across 10,000 files is one re-index and one re-check of each
// file, not 10,000 re-indexes each marking every file dirty again.
import { ConfigScopes, uriToPath, type LoadedConfig } from "../host/index.js";
import {
  checkFile,
  collectSymbols,
  markUndecodable,
  parse,
  Workspace,
  type CheckOptions,
  type Finding,
  type FileSymbols,
  type SeveritySetting,
  type SourceFile,
  type SyntaxProblem,
} from "../language/index.js";
import { affectedByChanges, documentNames, NameIndex, ParentIndex, summarizeChange, type ChangeSummary, type FileChange } from "../language/index.js";

export interface PipelineOptions {
  /** Called when a rule throws (the other rules still run). */
  onRuleError?: (ruleId: string, uri: string, error: unknown) => void;
}

export class Pipeline {
  readonly workspace = new Workspace();
  /** The `plancode.json` files in force, by folder path. */
  readonly configs = new ConfigScopes();
  /** Bumped whenever the workspace changes (caches of derived data key on it). */
  generation = 0;
  private readonly queued = new Map<string, Queued>();
  /** The files applied since the last `finishBatch`, and the documents below any whose links changed. */
  private batch: { changes: ChangeSummary[]; below: Set<string> } | undefined;
  private readonly names = new NameIndex();
  private readonly parents = new ParentIndex();
  private readonly findings = new Map<string, Finding[]>();
  private readonly dirty = new Set<string>();
  private readonly unresolved = new Set<string>();
  private readonly removed = new Set<string>();
  /** Files checked since `takeChecked()` was last called (by any caller, e.g. code actions' `findingsOf`). */
  private readonly checkedSinceTaken = new Set<string>();
  /** Per change: how many files it marked dirty (for tests and logs). */
  lastAffected = 0;
  /** Rule severities over those of `plancode.json` (the editor's `plancode.rules`). */
  private overrides: Record<string, SeveritySetting> = {};

  constructor(private readonly options: PipelineOptions = {}) {}

  // ------------------------------------------------------------------------------------------
  // Input

  /**
   * Queues a new text for a file (undefined removes it); applied by `flush()`. `problem` marks a
   * file read leniently from disk (not valid UTF-8): problems after it are dropped. A text equal
   * to the file's latest is not queued (a closed file read back as it was, a save already seen):
   * returns whether it was.
   */
  queue(uri: string, text: string | undefined, problem?: SyntaxProblem): boolean {
    const latest = this.queued.has(uri) ? this.queued.get(uri)!.text : this.workspace.getFile(uri)?.text;
    if (text === latest) return false;
    this.queued.set(uri, { text, problem });
    return true;
  }

  hasQueued(): boolean {
    return this.queued.size > 0;
  }

  /** How many files wait to be applied. */
  queuedCount(): number {
    return this.queued.size;
  }

  /**
   * Applies queued texts to the workspace until `budgetMs` is spent — each file parsed and put in
   * its place in turn, so its old tree can go — and returns true when none is left. What the
   * batch makes stale is worked out once, by `finishBatch` (`flush` does both): a mass edit is
   * applied in slices the server interleaves with requests, then re-checked once.
   */
  applySome(budgetMs: number): boolean {
    const start = Date.now();
    for (const [uri, entry] of this.queued) {
      if (Date.now() - start > budgetMs) return false;
      this.queued.delete(uri);
      this.applyOne(uri, entry);
    }
    return true;
  }

  /** Files applied since the batch began (not yet re-checked or marked stale). */
  pendingCount(): number {
    return this.batch?.changes.length ?? 0;
  }

  /** Marks dirty every file whose findings the applied batch may change (`affectedByChanges`). */
  finishBatch(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = undefined;
    const ws = this.workspace;
    const affected = affectedByChanges(batch.changes, {
      usersOf: (name) => this.names.usersOf(name),
      allFiles: () => ws.uris(),
      descendants: () => batch.below,
      unresolvedFiles: () => this.unresolved,
      hierarchyFiles: () => ws.hierarchyDecls().map((h) => h.uri),
    });
    this.lastAffected = affected.size;
    for (const a of affected) if (ws.getFile(a)) this.dirty.add(a);
  }

  /** Applies every queued text as one batch: parse, update the workspace, mark affected files dirty. */
  flush(): void {
    this.applySome(Infinity);
    this.finishBatch();
  }

  /** Applies the queued text of one file (a request about it), without waiting for the others. */
  flushFile(uri: string): void {
    const entry = this.queued.get(uri);
    if (!entry) return;
    this.queued.delete(uri);
    this.applyOne(uri, entry);
    this.finishBatch();
  }

  /** Sets a file's text now (queue + flush for one file). */
  set(uri: string, text: string | undefined, problem?: SyntaxProblem): void {
    this.queued.delete(uri);
    this.applyOne(uri, { text, problem });
    this.finishBatch();
  }

  /**
   * Adds many files at once (indexing at start): every file ends up dirty anyway, so the
   * per-change dependents are not computed.
   */
  load(entries: Iterable<readonly [string, string, SyntaxProblem?]>): void {
    for (const [uri, text, problem] of entries) {
      this.queued.delete(uri);
      if (this.workspace.getFile(uri)?.text === text) continue;
      const file = parseMarked(uri, text, problem);
      this.workspace.setParsed(file);
      this.removed.delete(uri);
      this.names.update(uri, this.workspace.fileSymbols(uri));
      this.parents.update(uri, this.workspace.fileSymbols(uri));
      this.dirty.add(uri);
    }
    this.generation++;
    // Every file, not only those just read: a name they declare may change any file's findings.
    // Unsorted (`uris()` sorts), as this runs after each slice of the 10,000 files read at start.
    for (const file of this.workspace.eachFile()) this.dirty.add(file.uri);
  }

  /** Sets or removes the `plancode.json` of the folder `dir`; every file is re-checked when its content changed. */
  setConfig(dir: string, loaded: LoadedConfig | undefined): boolean {
    const changed = this.configs.set(dir, loaded);
    if (changed) this.markAllDirty();
    return changed;
  }

  /** The nearest `plancode.json` above a file (none for a URI that names no file on disk). */
  configOf(uri: string): LoadedConfig | undefined {
    const path = uriToPath(uri);
    return path === undefined ? undefined : this.configs.nearest(path);
  }

  /** Sets the editor's rule severities; every file is re-checked when they changed. */
  setRuleOverrides(rules: Record<string, SeveritySetting>): boolean {
    if (JSON.stringify(rules) === JSON.stringify(this.overrides)) return false;
    this.overrides = { ...rules };
    this.markAllDirty();
    return true;
  }

  markAllDirty(): void {
    for (const uri of this.workspace.uris()) this.dirty.add(uri);
  }

  /**
   * Puts one file's text in the workspace (undefined: removes the file) as part of the current
   * batch. When its documents' `parent` links change, the documents below them before and after
   * are kept for `finishBatch` (parent cycles run through any number of files).
   */
  private applyOne(uri: string, { text, problem }: Queued): void {
    const ws = this.workspace;
    const old = ws.getFile(uri);
    if (text !== undefined && old?.text === text) return;
    if (text === undefined && !old) return;
    const file = text === undefined ? undefined : parseMarked(uri, text, problem);
    const after = file ? collectSymbols(file) : undefined;
    const change: FileChange = { uri, before: ws.fileSymbols(uri), after };
    const batch = (this.batch ??= { changes: [], below: new Set() });
    const summary = summarizeChange(change);
    if (summary.links) this.parents.descendantsInto(documentNames(change.before), batch.below);
    if (file) {
      ws.setParsed(file, after);
      this.removed.delete(uri);
    } else {
      ws.removeFile(uri);
      this.findings.delete(uri);
      this.unresolved.delete(uri);
      this.removed.add(uri);
    }
    this.names.update(uri, file ? ws.fileSymbols(uri) : undefined);
    this.parents.update(uri, file ? ws.fileSymbols(uri) : undefined);
    this.generation++;
    if (summary.links) this.parents.descendantsInto(documentNames(change.after), batch.below);
    batch.changes.push(summary);
    this.dirty.delete(uri);
    if (file) this.dirty.add(uri);
  }

  // ------------------------------------------------------------------------------------------
  // Output

  /** Files removed since the last call (their diagnostics must be cleared). */
  takeRemoved(): string[] {
    const out = [...this.removed];
    this.removed.clear();
    return out;
  }

  /** Files whose findings are stale. */
  dirtyFiles(): string[] {
    return [...this.dirty];
  }

  dirtyCount(): number {
    return this.dirty.size;
  }

  isDirty(uri: string): boolean {
    return this.dirty.has(uri);
  }

  /** Re-checks one dirty file (the first of `prefer` that is dirty, else any); returns its uri. */
  checkNext(prefer: Iterable<string> = []): string | undefined {
    let next: string | undefined;
    for (const uri of prefer) if (this.dirty.has(uri)) {
      next = uri;
      break;
    }
    next ??= this.dirty.values().next().value;
    if (next === undefined) return undefined;
    this.check(next);
    return next;
  }

  /** Checks every dirty file now. */
  checkAll(): string[] {
    this.flush();
    const done = [...this.dirty];
    for (const uri of done) this.check(uri);
    return done;
  }

  /** A file's findings, checked now if stale. */
  findingsOf(uri: string): Finding[] {
    this.flush();
    if (this.dirty.has(uri)) this.check(uri);
    return this.findings.get(uri) ?? [];
  }

  /** The last computed findings, without checking. */
  cachedFindings(uri: string): Finding[] | undefined {
    return this.findings.get(uri);
  }

  checkOptions(uri: string): CheckOptions {
    return {
      rules: { ...this.configOf(uri)?.config.rules, ...this.overrides },
      onRuleError: (ruleId, error) => this.options.onRuleError?.(ruleId, uri, error),
    };
  }

  /**
   * The files checked since the last call: the publisher must send their diagnostics even when
   * a request (code actions through `findingsOf`) checked them before the debounced re-check ran,
   * or the editor keeps stale diagnostics.
   */
  takeChecked(): string[] {
    const out = [...this.checkedSinceTaken];
    this.checkedSinceTaken.clear();
    return out;
  }

  private check(uri: string): void {
    this.dirty.delete(uri);
    this.checkedSinceTaken.add(uri);
    if (!this.workspace.getFile(uri)) return;
    const found = checkFile(this.workspace, uri, this.checkOptions(uri));
    this.findings.set(uri, found);
    if (found.some((f) => f.ruleId === "unresolved-reference" || "suggestion" in f.data)) this.unresolved.add(uri);
    else this.unresolved.delete(uri);
  }

  /** Symbols of a file (for tests). */
  symbolsOf(uri: string): FileSymbols | undefined {
    return this.workspace.fileSymbols(uri);
  }

  /** Files that reference or declare a global name. */
  usersOf(name: string): ReadonlySet<string> {
    return this.names.usersOf(name);
  }
}

/** A text waiting to be applied (undefined: the file is removed). */
interface Queued {
  text: string | undefined;
  problem?: SyntaxProblem;
}

function parseMarked(uri: string, text: string, problem: SyntaxProblem | undefined): SourceFile {
  const file = parse(uri, text);
  return problem ? markUndecodable(file, problem) : file;
}
