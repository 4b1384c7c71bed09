// The cache file of `plancode lint --cache` and what it keeps of each file. Versioned: a file of
// another format, another plancode version, other plancode.json contents (rule severities,
// ignore, locale …), another run locale or another workspace root is no cache at all (`key`).
//
// Per file, what telling the dependents of an edit needs without parsing the file again (its
// content hash, the names it declares and references, its structure key, what its units are
// placed in), and, when it was checked, its findings exactly as `checkFile` returned them.
import { contentHash } from "../../host/index.js";
import type { FileSymbols, Finding, SymbolSummary } from "../../language/index.js";

/** Bump when the layout below changes: an older cache is then ignored, never misread. */
export const CACHE_FORMAT = 1;

export interface CacheFile {
  format: typeof CACHE_FORMAT;
  key: string;
  files: Record<string, StoredFile>;
}

export interface StoredFile {
  /** Content hash of the file's bytes. */
  h: string;
  /**
   * Global declarations in source order, one per line: `0|1 TAB name TAB offset [TAB parent]`
   * (0 a unit, 1 a document with its `parent`). Lists are kept as one string each and split only
   * when a run needs them (`declsOf`…): a run without changes reads 11,000 files' entries and
   * needs none, and one string parses far faster than 100,000 small ones.
   */
  d: string;
  /** The global names it references (with every dotted prefix of a qualified `covers`), one per line. */
  r: string;
  /** A hash of its structure key (units, containers, levels, codes, hierarchy); "" when it has none. */
  s: string;
  /** How many `hierarchy` blocks it declares. */
  y: number;
  /** The names its units are placed `in`, one per line (a unit's subtree reaches the files placed in its units). */
  p: string;
  /** Its findings when it was last checked (undefined: never checked, or stale). */
  f?: StoredFinding[];
}

/** A global declaration as stored: unit or document, name, offset, and a document's parent. */
export type StoredDecl = [kind: 0 | 1, name: string, offset: number, parent?: string];

const decls = new WeakMap<StoredFile, StoredDecl[]>();
const lists = new WeakMap<StoredFile, Record<"r" | "p", string[]>>();

export function declsOf(f: StoredFile): StoredDecl[] {
  let out = decls.get(f);
  if (!out) {
    out = f.d ? f.d.split("\n").map((line) => {
      const [kind, name, offset, parent] = line.split("\t");
      return parent === undefined ? [kind === "0" ? 0 : 1, name, Number(offset)] : [1, name, Number(offset), parent];
    }) : [];
    decls.set(f, out);
  }
  return out;
}

/** The names it references. */
export function referencesOf(f: StoredFile): string[] {
  return listOf(f, "r");
}

/** The names its units are placed `in`. */
export function placedOf(f: StoredFile): string[] {
  return listOf(f, "p");
}

function listOf(f: StoredFile, key: "r" | "p"): string[] {
  let split = lists.get(f);
  if (!split) lists.set(f, (split = { r: f.r ? f.r.split("\n") : [], p: f.p ? f.p.split("\n") : [] }));
  return split[key];
}

export type StoredFinding = Omit<Finding, "uri">;

/** The cache key of a run: the tool, its settings and the workspace they apply to. */
export function cacheKey(parts: { version: string; locale: string; root: string; configs: { path: string; raw: unknown }[] }): string {
  const configs = [...parts.configs].sort((a, b) => (a.path < b.path ? -1 : 1)).map((c) => [c.path, c.raw]);
  return contentHash(JSON.stringify([CACHE_FORMAT, parts.version, parts.locale, parts.root, configs]));
}

/** The stored files of a cache value read from disk, or undefined when it is not this run's cache. */
export function storedFiles(value: unknown, key: string): Map<string, StoredFile> | undefined {
  const cache = value as Partial<CacheFile> | undefined;
  if (!cache || typeof cache !== "object" || cache.format !== CACHE_FORMAT || cache.key !== key) return undefined;
  if (!cache.files || typeof cache.files !== "object") return undefined;
  return new Map(Object.entries(cache.files));
}

export function cacheValue(key: string, files: ReadonlyMap<string, StoredFile>): CacheFile {
  return { format: CACHE_FORMAT, key, files: Object.fromEntries(files) };
}

/** What the cache keeps of a parsed file's symbols. */
export function storeSymbols(hash: string, symbols: FileSymbols): StoredFile {
  const d = symbols.globals
    .map((g) => (g.kind === "unit" ? `0\t${g.name.text}\t${g.span.start}` : `1\t${g.name.text}\t${g.span.start}${g.parent ? `\t${g.parent.text}` : ""}`))
    .join("\n");
  const placed = new Set<string>();
  for (const g of symbols.globals) if (g.kind === "unit" && g.placedIn) placed.add(g.placedIn.text);
  const key = symbols.structureKey;
  return { h: hash, d, r: [...symbols.references].join("\n"), s: key ? contentHash(key) : "", y: symbols.hierarchies.length, p: [...placed].join("\n") };
}

/** A stored file as the dependency logic reads symbols (language/workspace/dependents.ts). */
export function summaryOf(stored: StoredFile): SymbolSummary {
  return {
    globals: declsOf(stored).map(([kind, name, , parent]) => ({
      kind: kind === 0 ? ("unit" as const) : ("document" as const),
      name: { text: name },
      ...(parent !== undefined ? { parent: { text: parent } } : {}),
    })),
    hierarchies: { length: stored.y },
    references: referencesOf(stored),
    structureKey: stored.s,
  };
}

export function storeFindings(findings: readonly Finding[]): StoredFinding[] {
  return findings.map(({ uri: _uri, ...rest }) => rest);
}

export function restoreFindings(uri: string, stored: readonly StoredFinding[]): Finding[] {
  return stored.map((f) => ({ ...f, uri }));
}
