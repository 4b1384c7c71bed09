// Which files must be re-checked after one file changed. Pure: the change (the file's symbols
// before and after) and a read-only view of the workspace's dependency graph in, a set of files
// out. `test/server/dependents.test.ts` checks it against a full re-check on random edits. The
// language server re-checks after each edit with it; `plancode lint --cache` after the files that
// changed since its last run (a file's symbols then come from the cache: `SymbolSummary`).
//
// A file's findings can change when
//   1. it is the edited file;
//   2. it references or declares a global name the edited file declared before or after the edit
//      (resolution, duplicates, the parent's tasks for `covers`, the issuer for levels…);
//   3. the unit tree or hierarchy changed (`structureKey`): levels, containers, subtrees and issuer
//      codes may change for any unit, so every file;
//   4. the parent links of the edited file's documents changed and its document lies below one of
//      them (parent cycles run through any number of files);
//   5. the set of declared names changed and it holds an unresolved name ("did you mean" picks
//      from every name of the workspace);
//   6. it declares a hierarchy and so did the edited file, before or after (a second hierarchy is
//      reported with the position of the first, which an edit above it moves).
/**
 * What the dependency logic reads of a file's symbols (`FileSymbols` has it; a cache can keep it
 * without the syntax tree): its global declarations' names and kinds (a document's `parent`),
 * its hierarchies, the names it references and its structure key.
 */
export interface SymbolSummary {
  globals: readonly { kind: "unit" | "document"; name: { text: string }; parent?: { text: string } }[];
  hierarchies: { length: number };
  references: Iterable<string>;
  structureKey: string;
}

export interface FileChange {
  uri: string;
  /** Undefined when the file is new. */
  before?: SymbolSummary;
  /** Undefined when the file was removed. */
  after?: SymbolSummary;
}

export interface DependencyView {
  /** Files that reference or declare `name` (in the workspace after the change). */
  usersOf(name: string): Iterable<string>;
  allFiles(): Iterable<string>;
  /**
   * Files of documents whose parent chain passes through a document of the edited file, before
   * or after the change. Only read when the file's parent links changed.
   */
  descendants(): Iterable<string>;
  /** Files whose findings name an unresolved name (their suggestions read every name). */
  unresolvedFiles(): Iterable<string>;
  /** Files that declare a `hierarchy`. */
  hierarchyFiles(): Iterable<string>;
}

export function affectedFiles(change: FileChange, view: DependencyView): Set<string> {
  return affectedByChanges([summarizeChange(change)], view);
}

/**
 * What `affectedByChanges` needs of a change, without the file's symbols (which hold its syntax
 * tree: a batch of 10,000 changes must not keep 10,000 old trees alive until it is re-checked).
 */
export interface ChangeSummary {
  uri: string;
  /** The global names the file declared before and after the change. */
  names: Set<string>;
  /** The set of declared names changed (a name added or removed). */
  namesChanged: boolean;
  structure: boolean;
  links: boolean;
  hierarchy: boolean;
}

export function summarizeChange(change: FileChange): ChangeSummary {
  const before = declaredNames(change.before);
  const after = declaredNames(change.after);
  return {
    uri: change.uri,
    names: new Set([...before, ...after]),
    namesChanged: !sameSet(before, after),
    structure: structureChanged(change),
    links: parentLinksChanged(change),
    hierarchy: Boolean(change.before?.hierarchies.length || change.after?.hierarchies.length),
  };
}

/**
 * The files to re-check after a batch of changes applied together (a rename's workspace edit, a
 * burst of files changed on disk): the union of what each change affects, each name's users
 * looked up once — 10,000 files renaming one name cost one lookup of that name, not 10,000.
 */
export function affectedByChanges(changes: readonly ChangeSummary[], view: DependencyView): Set<string> {
  const out = new Set<string>(changes.map((c) => c.uri));
  if (changes.some((c) => c.structure)) {
    for (const uri of view.allFiles()) out.add(uri);
    return out;
  }
  const names = new Set<string>();
  for (const change of changes) for (const name of change.names) names.add(name);
  for (const name of names) for (const uri of view.usersOf(name)) out.add(uri);
  if (changes.some((c) => c.links)) for (const uri of view.descendants()) out.add(uri);
  if (changes.some((c) => c.namesChanged)) for (const uri of view.unresolvedFiles()) out.add(uri);
  if (changes.some((c) => c.hierarchy)) for (const uri of view.hierarchyFiles()) out.add(uri);
  return out;
}

export function structureChanged(change: FileChange): boolean {
  return (change.before?.structureKey ?? "") !== (change.after?.structureKey ?? "");
}

export function declaredNames(symbols: SymbolSummary | undefined): Set<string> {
  return new Set(symbols?.globals.map((g) => g.name.text) ?? []);
}

/**
 * A fingerprint of the file's documents and their `parent` links, in source order (the order
 * decides which of two same-named documents in one file wins).
 */
export function parentLinks(symbols: SymbolSummary | undefined): string {
  if (!symbols) return "";
  return symbols.globals
    .map((g) => (g.kind === "document" ? `${g.name.text}>${g.parent?.text ?? ""}` : ""))
    .filter(Boolean)
    .join("\n");
}

export function parentLinksChanged(change: FileChange): boolean {
  return parentLinks(change.before) !== parentLinks(change.after);
}

/** The documents a file declares, by name. */
export function documentNames(symbols: SymbolSummary | undefined): string[] {
  return symbols?.globals.filter((g) => g.kind === "document").map((g) => g.name.text) ?? [];
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** name → files that reference or declare it; updated per file from its symbols. */
export class NameIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly namesOfFile = new Map<string, Set<string>>();

  update(uri: string, symbols: SymbolSummary | undefined): void {
    for (const name of this.namesOfFile.get(uri) ?? []) {
      const users = this.byName.get(name);
      users?.delete(uri);
      if (users && users.size === 0) this.byName.delete(name);
    }
    if (!symbols) {
      this.namesOfFile.delete(uri);
      return;
    }
    const names = new Set<string>(symbols.references);
    for (const g of symbols.globals) names.add(g.name.text);
    this.namesOfFile.set(uri, names);
    for (const name of names) {
      let users = this.byName.get(name);
      if (!users) this.byName.set(name, (users = new Set()));
      users.add(uri);
    }
  }

  usersOf(name: string): ReadonlySet<string> {
    return this.byName.get(name) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * parent document name → the documents naming it as `parent`, and each document's files; updated
 * per file from its symbols. The pipeline walks it to find the documents below a changed one
 * without asking the workspace, whose own child index is rebuilt after every file a mass edit
 * puts in it (64 provincial plans renaming their parent walked all 10,800 documents 64 times).
 * Duplicates count as one name: what it finds is a superset of the workspace's `childrenOf`.
 */
export class ParentIndex {
  private readonly children = new Map<string, Map<string, number>>();
  private readonly filesOf = new Map<string, Set<string>>();
  private readonly linksOfFile = new Map<string, [doc: string, parent: string | undefined][]>();

  update(uri: string, symbols: SymbolSummary | undefined): void {
    for (const [doc, parent] of this.linksOfFile.get(uri) ?? []) {
      const files = this.filesOf.get(doc);
      files?.delete(uri);
      if (files && !files.size) this.filesOf.delete(doc);
      if (parent === undefined) continue;
      const kids = this.children.get(parent);
      const n = (kids?.get(doc) ?? 1) - 1;
      if (n > 0) kids!.set(doc, n);
      else kids?.delete(doc);
      if (kids && !kids.size) this.children.delete(parent);
    }
    const links: [string, string | undefined][] = [];
    for (const g of symbols?.globals ?? []) {
      if (g.kind !== "document") continue;
      const doc = g.name.text;
      const parent = g.parent?.text;
      links.push([doc, parent]);
      let files = this.filesOf.get(doc);
      if (!files) this.filesOf.set(doc, (files = new Set()));
      files.add(uri);
      if (parent === undefined) continue;
      let kids = this.children.get(parent);
      if (!kids) this.children.set(parent, (kids = new Map()));
      kids.set(doc, (kids.get(doc) ?? 0) + 1);
    }
    if (links.length) this.linksOfFile.set(uri, links);
    else this.linksOfFile.delete(uri);
  }

  /** Adds the files of every document below one of `names` (through any number of `parent` links). */
  descendantsInto(names: Iterable<string>, out: Set<string>): void {
    const seen = new Set<string>();
    const todo = [...names];
    while (todo.length) {
      const name = todo.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const child of this.children.get(name)?.keys() ?? []) {
        for (const uri of this.filesOf.get(child) ?? []) out.add(uri);
        todo.push(child);
      }
    }
  }
}
