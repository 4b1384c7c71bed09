// The workspace model: every parsed file, a global symbol table, and the derived unit structure
// (containers, levelled units, issuer codes, subtrees) and document relations. Inputs are file
// texts handed in by the caller (CLI or server); nothing here does I/O.
//
// Determinism: when two files declare one name, the first by (uri, offset) wins, so results never
// depend on the order files were added in.
import type { DocumentDecl, HierarchyDecl, Ident, LevelDecl, SourceFile, TaskDecl, UnitDecl } from "../ast/nodes.js";
import { parse } from "../parser/index.js";
import { allTasks, collectSymbols, type FileSymbols, type GlobalDecl } from "./symbols.js";
import { DEFAULT_LEVELS } from "./default-hierarchy.js";
import { ofKind, remapUnits, sameNames, spliceFile, type SubtreeIndex } from "./patch.js";

export interface Located<T> {
  decl: T;
  uri: string;
}

export interface LevelInfo {
  name: string;
  title: string;
  rank: number;
  decl?: LevelDecl;
}

function byPosition(a: Located<{ span: { start: number } }>, b: Located<{ span: { start: number } }>): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.decl.span.start - b.decl.span.start;
}

export class Workspace {
  private readonly files = new Map<string, SourceFile>();
  private readonly symbols = new Map<string, FileSymbols>();
  private readonly globals = new Map<string, Located<GlobalDecl>[]>();
  private structureCache: StructureCache | undefined;
  private childrenCache: Map<string, Located<DocumentDecl>[]> | undefined;
  private readonly kindCache = new Map<GlobalDecl["kind"], Located<GlobalDecl>[]>();
  private readonly kindNamesCache = new Map<GlobalDecl["kind"], readonly string[]>();
  /** For `subtree`: depends on the units declared and on their containers. */
  private subtreeCache: SubtreeIndex | undefined;
  private hierarchyCache: Located<HierarchyDecl>[] | undefined;
  /** For `issuedDocuments`: depends on the documents, the units their issuers name, and containers. */
  private issuedCache: IssuedDocument[] | undefined;
  private readonly taskIndexCache = new WeakMap<DocumentDecl, Map<string, TaskDecl>>();

  /** Parses `text` as `uri` (replacing any earlier version) and returns the parsed file. */
  setFile(uri: string, text: string): SourceFile {
    const file = parse(uri, text);
    this.setParsed(file);
    return file;
  }

  /** Adds an already parsed file (the server parses once and hands the result here, with its symbols if it has them). */
  setParsed(file: SourceFile, symbols: FileSymbols = collectSymbols(file)): void {
    const uri = file.uri;
    const old = this.symbols.get(uri);
    if (old) this.removeGlobals(uri, old);
    this.files.set(uri, file);
    this.symbols.set(uri, symbols);
    const entries = symbols.globals.map((decl) => ({ decl, uri }));
    for (const entry of entries) this.addGlobal(entry.decl.name.text, entry);
    this.update(uri, old, symbols, entries);
  }

  removeFile(uri: string): boolean {
    const old = this.symbols.get(uri);
    if (!old) return false;
    this.removeGlobals(uri, old);
    this.files.delete(uri);
    this.symbols.delete(uri);
    this.update(uri, old, undefined, []);
    return true;
  }

  private removeGlobals(uri: string, old: FileSymbols): void {
    // Once per name (a file declaring one name 50,000 times filtered its list 50,000 times).
    for (const name of new Set(old.globals.map((decl) => decl.name.text))) {
      const list = this.globals.get(name);
      if (!list) continue;
      const kept = list.filter((e) => e.uri !== uri);
      if (kept.length) this.globals.set(name, kept);
      else this.globals.delete(name);
    }
  }

  private addGlobal(name: string, entry: Located<GlobalDecl>): void {
    const list = this.globals.get(name);
    if (!list) this.globals.set(name, [entry]);
    else {
      // Kept sorted by inserting in place (after its equals, as the stable sort did): sorting the
      // whole list at every push was quadratic in the declarations of one name.
      let lo = 0;
      let hi = list.length;
      if (byPosition(list[hi - 1], entry) <= 0) lo = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byPosition(list[mid], entry) <= 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, entry);
    }
  }

  /**
   * Brings the derived indexes up to date after one file changed, patching those that are built
   * rather than dropping them: the lists by kind get the file's new entries in the place of its
   * old ones; the names by kind stay the same array while the file declares the same names (the
   * did-you-mean's index of every name keys on it); the unit tree keeps its shape while the
   * file's `structureKey` is the same. Each patch leaves what a rebuild would build.
   */
  private update(uri: string, before: FileSymbols | undefined, after: FileSymbols | undefined, entries: Located<GlobalDecl>[]): void {
    const units = { was: ofKind(before?.globals, "unit") as UnitDecl[], now: ofKind(after?.globals, "unit") as UnitDecl[] };
    const docs = { was: ofKind(before?.globals, "document"), now: ofKind(after?.globals, "document") };
    for (const [kind, { was, now }] of [["unit", units], ["document", docs]] as const) {
      if (!was.length && !now.length) continue;
      const list = this.kindCache.get(kind);
      if (list) spliceFile(list, uri, entries.filter((e) => e.decl.kind === kind));
      if (!sameNames(was, now)) this.kindNamesCache.delete(kind);
    }
    const hierarchies = (before?.hierarchies.length ?? 0) + (after?.hierarchies.length ?? 0) > 0;
    if (hierarchies) {
      this.hierarchyCache = undefined;
      this.structureCache = undefined;
    } else if (units.was.length || units.now.length) {
      // Levels come from the hierarchy only; the container chains hold the file's old units.
      if (this.structureCache) this.structureCache.chains = new Map();
    }
    if (this.subtreeCache && (units.was.length || units.now.length || hierarchies)) {
      // The unit tree does not depend on documents, nor on levels (only `subtree`'s walk does).
      if (before && after && before.structureKey === after.structureKey) remapUnits(this.subtreeCache, uri, units.was, units.now, (u) => this.containerOf(u));
      else this.subtreeCache = undefined;
    }
    const documents = docs.was.length > 0 || docs.now.length > 0;
    if (documents) this.childrenCache = undefined;
    // The file's documents are new objects, or its units may resolve issuers otherwise: rebuilt on demand.
    if (documents || units.was.length || units.now.length || hierarchies) this.issuedCache = undefined;
  }

  // ------------------------------------------------------------------------------------------
  // Files and symbols

  getFile(uri: string): SourceFile | undefined {
    return this.files.get(uri);
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  allFiles(): SourceFile[] {
    return this.uris().map((u) => this.files.get(u)!);
  }

  /** Every file, in no particular order (no sort, no copy: for a pass over 10,000 files whose result does not depend on it). */
  eachFile(): IterableIterator<SourceFile> {
    return this.files.values();
  }

  fileSymbols(uri: string): FileSymbols | undefined {
    return this.symbols.get(uri);
  }

  /** Every declaration of `name` (more than one is a `duplicate-declaration`). */
  declarationsOf(name: string): readonly Located<GlobalDecl>[] {
    return this.globals.get(name) ?? [];
  }

  /** The winning declaration of a global name, of either kind. */
  lookup(name: string): Located<GlobalDecl> | undefined {
    return this.globals.get(name)?.[0];
  }

  // The two lookups below run for every reference in every check: plain loops, no closures.
  lookupUnit(name: string): UnitDecl | undefined {
    const list = this.globals.get(name);
    if (list) for (let i = 0; i < list.length; i++) if (list[i].decl.kind === "unit") return list[i].decl as UnitDecl;
    return undefined;
  }

  lookupDocument(name: string): DocumentDecl | undefined {
    const list = this.globals.get(name);
    if (list) for (let i = 0; i < list.length; i++) if (list[i].decl.kind === "document") return list[i].decl as DocumentDecl;
    return undefined;
  }

  /** The file a declaration lives in. */
  uriOf(decl: GlobalDecl): string | undefined {
    return this.globals.get(decl.name.text)?.find((e) => e.decl === decl)?.uri;
  }

  globalNames(): string[] {
    return [...this.globals.keys()];
  }

  units(): Located<UnitDecl>[] {
    return this.allOfKind("unit");
  }

  documents(): Located<DocumentDecl>[] {
    return this.allOfKind("document");
  }

  /**
   * The names of every declaration of a kind, by position (as `units()`/`documents()`): one
   * shared, cached array (not a copy), so "did you mean" can index it once per workspace state.
   */
  namesOfKind(kind: GlobalDecl["kind"]): readonly string[] {
    let names = this.kindNamesCache.get(kind);
    if (!names) {
      names = this.allOfKind(kind).map((e) => e.decl.name.text);
      this.kindNamesCache.set(kind, names);
    }
    return names;
  }

  /**
   * Every declaration of a kind, by position. Cached until a file that declares globals changes
   * (unresolved-reference asks for all units at each unknown name: on 120,000 units the sort
   * dominated a lint); callers get their own copy.
   */
  private allOfKind<K extends GlobalDecl["kind"]>(kind: K): Located<Extract<GlobalDecl, { kind: K }>>[] {
    let cached = this.kindCache.get(kind) as Located<Extract<GlobalDecl, { kind: K }>>[] | undefined;
    if (!cached) {
      cached = [];
      for (const list of this.globals.values()) {
        for (const e of list) if (e.decl.kind === kind) cached.push(e as Located<Extract<GlobalDecl, { kind: K }>>);
      }
      cached.sort(byPosition);
      this.kindCache.set(kind, cached);
    }
    return cached.slice();
  }

  /**
   * Every document whose issuer resolves, by position, with the issuer and its levelled unit
   * (the issuer itself when it has none). Cached like `subtree`'s index: a pass that asks every
   * document who issued it (`hierarchy-parent` looking for parents, once per finding) was a
   * hash lookup per document per finding, a third of a cold lint's checking.
   */
  issuedDocuments(): readonly IssuedDocument[] {
    if (this.issuedCache) return this.issuedCache;
    const issued: IssuedDocument[] = [];
    for (const { decl, uri } of this.documents()) {
      const issuer = decl.issuer && this.lookupUnit(decl.issuer.text);
      if (issuer) issued.push({ decl, uri, issuer, root: this.levelledUnit(issuer) ?? issuer });
    }
    this.issuedCache = issued;
    return issued;
  }

  // ------------------------------------------------------------------------------------------
  // Hierarchy of levels

  /** The declared hierarchies (more than one is a `duplicate-declaration`), by position. */
  hierarchyDecls(): Located<HierarchyDecl>[] {
    // Cached: the language server asks after every edit, and there are 10,000 files to look through.
    if (!this.hierarchyCache) {
      const out: Located<HierarchyDecl>[] = [];
      for (const [uri, s] of this.symbols) for (const decl of s.hierarchies) out.push({ decl, uri });
      this.hierarchyCache = out.sort(byPosition);
    }
    return this.hierarchyCache.slice();
  }

  /** The levels in force, highest first: the first declared hierarchy, or the built-in default. */
  levels(): LevelInfo[] {
    return this.structure().levels;
  }

  level(name: string): LevelInfo | undefined {
    return this.structure().levelByName.get(name);
  }

  // ------------------------------------------------------------------------------------------
  // Unit structure

  /** The unit a unit belongs to: its block's container, or the unit named by `in`. */
  containerOf(unit: UnitDecl): UnitDecl | undefined {
    if (unit.container) return unit.container;
    return unit.placedIn ? this.lookupUnit(unit.placedIn.text) : undefined;
  }

  /** The containers of a unit, nearest first, stopping at a cycle. */
  containerChain(unit: UnitDecl): UnitDecl[] {
    const cache = this.structure().chains;
    const hit = cache.get(unit);
    if (hit) return hit;
    const chain: UnitDecl[] = [];
    const seen = new Set<UnitDecl>([unit]);
    for (let c = this.containerOf(unit); c && !seen.has(c); c = this.containerOf(c)) {
      chain.push(c);
      seen.add(c);
    }
    cache.set(unit, chain);
    return chain;
  }

  /** The nearest enclosing-or-self unit that declares a `level`. */
  levelledUnit(unit: UnitDecl): UnitDecl | undefined {
    if (unit.level) return unit;
    return this.containerChain(unit).find((c) => c.level !== undefined);
  }

  /** The level a unit is at (its levelled unit's level), if that level exists. */
  levelOf(unit: UnitDecl): LevelInfo | undefined {
    const levelled = this.levelledUnit(unit);
    return levelled?.level ? this.level(levelled.level.text) : undefined;
  }

  /** The unit's own `code`, or the nearest container's. */
  issuerCode(unit: UnitDecl): string | undefined {
    if (unit.code) return unit.code.value;
    return this.containerChain(unit).find((c) => c.code !== undefined)?.code?.value;
  }

  /** Whether `unit` is `root` or lies in its subtree (nested in it or placed in it, transitively). */
  inSubtree(unit: UnitDecl, root: UnitDecl): boolean {
    return unit === root || this.containerChain(unit).includes(root);
  }

  /**
   * Whether a document issued by `parentIssuer` may be the parent of one issued by `issuer`: the
   * parent's issuer, or the levelled unit it is an organ of, contains the issuer
   * (`hierarchy-parent`; completion ranks candidate parents by it).
   */
  mayBeParentIssuer(parentIssuer: UnitDecl, issuer: UnitDecl): boolean {
    const root = this.levelledUnit(parentIssuer) ?? parentIssuer;
    return this.inSubtree(issuer, root) || this.inSubtree(issuer, parentIssuer);
  }

  /** Every unit in the subtree of `root` (itself first). */
  subtree(root: UnitDecl): UnitDecl[] {
    // Walks down from `root` through the units each unit contains (an index built once per
    // structure), instead of testing every unit of the workspace: the same units (those whose
    // container chain reaches `root`, and `root`), in the same order (by position, as `units()`).
    const index = this.subtreeIndex();
    const found: Located<UnitDecl>[] = [];
    const seen = new Set<UnitDecl>();
    const stack: UnitDecl[] = [root];
    while (stack.length) {
      const u = stack.pop()!;
      if (seen.has(u)) continue;
      seen.add(u);
      const located = index.located.get(u);
      if (located) found.push(located);
      const children = index.children.get(u);
      if (children) for (const c of children) stack.push(c);
    }
    return found.sort(byPosition).map((e) => e.decl);
  }

  /**
   * A levelled unit's organs: the units below it that belong to its level (its standing board,
   * its departments), not the levelled units below it nor theirs; by position.
   */
  organsOf(root: UnitDecl): UnitDecl[] {
    const index = this.subtreeIndex();
    const found: Located<UnitDecl>[] = [];
    const seen = new Set<UnitDecl>([root]);
    const stack: UnitDecl[] = [...(index.children.get(root) ?? [])];
    while (stack.length) {
      const u = stack.pop()!;
      if (seen.has(u) || u.level) continue;
      seen.add(u);
      const located = index.located.get(u);
      if (located) found.push(located);
      for (const c of index.children.get(u) ?? []) stack.push(c);
    }
    return found.sort(byPosition).map((e) => e.decl);
  }

  private subtreeIndex(): SubtreeIndex {
    if (this.subtreeCache) return this.subtreeCache;
    const located = new Map<UnitDecl, Located<UnitDecl>>();
    const children = new Map<UnitDecl, UnitDecl[]>();
    for (const e of this.units()) {
      located.set(e.decl, e);
      const c = this.containerOf(e.decl);
      if (!c) continue;
      const list = children.get(c);
      if (list) list.push(e.decl);
      else children.set(c, [e.decl]);
    }
    this.subtreeCache = { located, children };
    return this.subtreeCache;
  }

  private structure(): StructureCache {
    if (this.structureCache) return this.structureCache;
    const declared = this.hierarchyDecls()[0]?.decl;
    const levels: LevelInfo[] = declared
      ? declared.levels.map((l, rank) => ({ name: l.name.text, title: l.title?.value ?? l.name.text, rank, decl: l }))
      : DEFAULT_LEVELS.map((l, rank) => ({ ...l, rank }));
    const levelByName = new Map<string, LevelInfo>();
    for (const l of levels) if (!levelByName.has(l.name)) levelByName.set(l.name, l);
    this.structureCache = { levels, levelByName, chains: new Map() };
    return this.structureCache;
  }

  // ------------------------------------------------------------------------------------------
  // Documents and tasks

  /** Documents whose `parent` names `docName`. */
  childrenOf(docName: string): Located<DocumentDecl>[] {
    if (!this.childrenCache) {
      const map = new Map<string, Located<DocumentDecl>[]>();
      for (const e of this.documents()) {
        const p = e.decl.parent?.text;
        if (!p) continue;
        const list = map.get(p);
        if (list) list.push(e);
        else map.set(p, [e]);
      }
      this.childrenCache = map;
    }
    return this.childrenCache.get(docName) ?? [];
  }

  /** A document's tasks by name (nested included; the first wins on duplicates). */
  taskIndex(doc: DocumentDecl): Map<string, TaskDecl> {
    let index = this.taskIndexCache.get(doc);
    if (!index) {
      index = new Map();
      for (const t of allTasks(doc)) if (!index.has(t.name.text)) index.set(t.name.text, t);
      this.taskIndexCache.set(doc, index);
    }
    return index;
  }

  /** The document a plan's `covers` names look into: its `parent`. */
  parentDocument(doc: DocumentDecl): DocumentDecl | undefined {
    return doc.parent ? this.lookupDocument(doc.parent.text) : undefined;
  }

  /**
   * Resolves a `covers` reference of `plan`: a task of the parent document, or a qualified
   * `DOC.TASK` naming a task of any document (task names may themselves contain dots).
   */
  resolveTask(plan: DocumentDecl, ref: Ident | string): { doc: DocumentDecl; task: TaskDecl } | undefined {
    return this.resolveTaskUnder(this.parentDocument(plan), ref);
  }

  /** `resolveTask` for a plan whose parent were `parent` (a quick fix weighing another parent). */
  resolveTaskUnder(parent: DocumentDecl | undefined, ref: Ident | string): { doc: DocumentDecl; task: TaskDecl } | undefined {
    const text = typeof ref === "string" ? ref : ref.text;
    const direct = parent && this.taskIndex(parent).get(text);
    if (parent && direct) return { doc: parent, task: direct };
    for (let i = text.indexOf("."); i > 0; i = text.indexOf(".", i + 1)) {
      const doc = this.lookupDocument(text.slice(0, i));
      const task = doc && this.taskIndex(doc).get(text.slice(i + 1));
      if (doc && task) return { doc, task };
    }
    return undefined;
  }

  /** The plan-or-directive chain above a document through `parent`, nearest first, stopping at a cycle. */
  parentChain(doc: DocumentDecl): DocumentDecl[] {
    const chain: DocumentDecl[] = [];
    const seen = new Set<DocumentDecl>([doc]);
    for (let p = this.parentDocument(doc); p && !seen.has(p); p = this.parentDocument(p)) {
      chain.push(p);
      seen.add(p);
    }
    return chain;
  }

  /** Whether following `parent` links from `doc` comes back to it. */
  inParentCycle(doc: DocumentDecl): boolean {
    const seen = new Set<DocumentDecl>();
    for (let p = this.parentDocument(doc); p; p = this.parentDocument(p)) {
      if (p === doc) return true;
      if (seen.has(p)) return false;
      seen.add(p);
    }
    return false;
  }
}

/** A document with its resolved issuer (`Workspace.issuedDocuments`). */
export interface IssuedDocument extends Located<DocumentDecl> {
  issuer: UnitDecl;
  /** The issuer's levelled unit, or the issuer when it has none. */
  root: UnitDecl;
}

interface StructureCache {
  levels: LevelInfo[];
  levelByName: Map<string, LevelInfo>;
  chains: Map<UnitDecl, UnitDecl[]>;
}
