// What the cache knows of the whole workspace from its stored files, without a syntax tree:
// which files declare a name, which reference it, the declared names of a kind in workspace
// order, the files holding a unit's subtree, and the documents below a document. It serves both
// halves of an incremental run: telling which files an edit affects (as the language server's
// `DependencyView`: only for the names the changed files declare), and telling which files
// checking them reads (partial-check.ts).
import type { DependencyView, GlobalDecl, WorkspaceNames } from "../../language/index.js";
import { declsOf, placedOf, referencesOf, type StoredFile } from "./stored.js";

export class WorkspaceIndex implements WorkspaceNames {
  // Each table is built on first use: a run without changes needs none of them, a run with a few
  // changes needs some, and a full table of 11,000 files' references costs a tenth of a second.
  /** Name of a unit → files with a unit placed `in` it. */
  private placedIn?: Map<string, string[]>;
  /** Parent document name → files declaring a document with that parent. */
  private childFiles?: Map<string, string[]>;
  private readonly names = new Map<GlobalDecl["kind"], readonly string[]>();
  private hierarchies?: string[];

  constructor(readonly files: ReadonlyMap<string, StoredFile>) {}

  /** Files declaring a `hierarchy`. */
  get hierarchyFiles(): readonly string[] {
    return (this.hierarchies ??= [...this.files].filter(([, f]) => f.y).map(([uri]) => uri));
  }

  /** Files declaring each of `names` (more than one: a duplicate), in one pass over the files. */
  declarersOf(names: Iterable<string>): Map<string, string[]> {
    const wanted = new Set(names);
    const out = new Map<string, string[]>();
    if (!wanted.size) return out;
    const few = wanted.size <= 64 ? [...wanted] : undefined;
    for (const [uri, f] of this.files) {
      if (few && !few.some((name) => f.d.includes(name))) continue;
      for (const g of declsOf(f)) if (wanted.has(g[1])) push(out, g[1], uri);
    }
    return out;
  }

  /** Files referencing or declaring one of `names`, by name (one pass over the files for them all). */
  usersOf(names: ReadonlySet<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!names.size) return out;
    const few = names.size <= 64 ? [...names] : undefined;
    for (const [uri, f] of this.files) {
      // Splitting every file's lists is most of the cost: a few names are looked for as text first.
      if (few && !few.some((name) => f.r.includes(name) || f.d.includes(name))) continue;
      for (const name of referencesOf(f)) if (names.has(name)) push(out, name, uri);
      for (const g of declsOf(f)) if (names.has(g[1])) push(out, g[1], uri);
    }
    return out;
  }

  /** Every declared name of a kind, duplicates included, by (file URI, offset), as the whole workspace lists them. */
  namesOfKind(kind: GlobalDecl["kind"]): readonly string[] {
    let names = this.names.get(kind);
    if (!names) {
      const code = kind === "unit" ? 0 : 1;
      const all: [string, number, string][] = [];
      for (const [uri, f] of this.files) for (const [k, name, offset] of declsOf(f)) if (k === code) all.push([uri, offset, name]);
      all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      names = all.map((e) => e[2]);
      this.names.set(kind, names);
    }
    return names;
  }

  /**
   * The files that may declare a unit of `root`'s subtree: its declarers, then, transitively, the
   * files placing a unit `in` a unit those files declare (nested units share their container's
   * file; only `in` crosses files). More than the subtree (every unit of such a file counts), never less.
   */
  subtreeFiles(root: string): Set<string> {
    const out = new Set<string>();
    const queue = [...(this.declarersOf([root]).get(root) ?? NONE)];
    while (queue.length) {
      const uri = queue.pop()!;
      if (out.has(uri)) continue;
      out.add(uri);
      for (const [kind, name] of declsOf(this.files.get(uri)!)) if (kind === 0) queue.push(...(this.placedInTable().get(name) ?? NONE));
    }
    return out;
  }

  /** Files of the documents whose `parent` chain passes through one of `docs` (transitively). */
  descendantFiles(docs: Iterable<string>): Set<string> {
    const out = new Set<string>();
    const seen = new Set<string>();
    const queue = [...docs];
    while (queue.length) {
      const doc = queue.pop()!;
      if (seen.has(doc)) continue;
      seen.add(doc);
      for (const uri of this.childTable().get(doc) ?? NONE) {
        out.add(uri);
        for (const [kind, name, , parent] of declsOf(this.files.get(uri)!)) if (kind === 1 && parent === doc) queue.push(name);
      }
    }
    return out;
  }

  private placedInTable(): Map<string, string[]> {
    if (!this.placedIn) {
      this.placedIn = new Map();
      for (const [uri, f] of this.files) for (const name of placedOf(f)) push(this.placedIn, name, uri);
    }
    return this.placedIn;
  }

  private childTable(): Map<string, string[]> {
    if (!this.childFiles) {
      this.childFiles = new Map();
      for (const [uri, f] of this.files) for (const g of declsOf(f)) if (g[3] !== undefined) push(this.childFiles, g[3], uri);
    }
    return this.childFiles;
  }
}

/**
 * The dependency view of a change from the cached workspace (`before`) to the current one
 * (`after`), for `affectedFiles`: users from the current index (a file that used a name before
 * and no longer does has changed itself, so it is checked anyway); descendants and hierarchies
 * from both; unresolved names from the findings stored before (a file without them is never a
 * target whose stored findings are kept).
 */
export function dependencyView(before: WorkspaceIndex, after: WorkspaceIndex, changedDocs: readonly string[], changedNames: ReadonlySet<string>): DependencyView {
  let users: Map<string, string[]> | undefined;
  return {
    usersOf: (name) => (users ??= after.usersOf(changedNames)).get(name) ?? NONE,
    allFiles: () => after.files.keys(),
    descendants: () => new Set([...before.descendantFiles(changedDocs), ...after.descendantFiles(changedDocs)]),
    unresolvedFiles: () => [...before.files].filter(([, f]) => f.f?.some((x) => x.ruleId === "unresolved-reference" || "suggestion" in x.data)).map(([uri]) => uri),
    hierarchyFiles: () => new Set([...before.hierarchyFiles, ...after.hierarchyFiles]),
  };
}

const NONE: readonly string[] = [];

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
