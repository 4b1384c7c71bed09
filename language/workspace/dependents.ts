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
  const out = new Set<string>([change.uri]);
  if (structureChanged(change)) {
    for (const uri of view.allFiles()) out.add(uri);
    return out;
  }
  const namesBefore = declaredNames(change.before);
  const namesAfter = declaredNames(change.after);
  for (const name of new Set([...namesBefore, ...namesAfter])) for (const uri of view.usersOf(name)) out.add(uri);
  if (parentLinksChanged(change)) for (const uri of view.descendants()) out.add(uri);
  if (!sameSet(namesBefore, namesAfter)) for (const uri of view.unresolvedFiles()) out.add(uri);
  if (change.before?.hierarchies.length || change.after?.hierarchies.length) for (const uri of view.hierarchyFiles()) out.add(uri);
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
