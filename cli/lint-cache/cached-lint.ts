// `plancode lint --cache`: the same findings as a full run, checking again only what changed.
// Every file of the workspace is read and hashed (content, not dates: a checkout or a copy does
// not invalidate anything, and an edit always does); against the cache of the last run:
// - nothing changed and every target was checked before: the stored findings, nothing parsed;
// - files changed, were added or removed: they are parsed, and the files whose findings they may
//   change are found as the language server finds them after an edit (`affectedFiles`, from the
//   stored symbols of the files before and their symbols now); those among the targets, and
//   targets never checked, are checked in a workspace of the files they need (partial-check.ts);
// - a change to the unit tree or the hierarchy (levels, containment and codes may change for any
//   unit), a check that needs the whole workspace, or no usable cache: everything is parsed and
//   checked, as without --cache.
// The cache file is then written whole (host/cache-file.ts). A run whose parser or rules crashed
// is reported as usual and writes no cache.
import { resolve } from "node:path";
import { affectedFiles, collectSymbols, declaredNames, structureChanged, Workspace, type FileChange, type Finding, type SourceFile } from "../../language/index.js";
import {
  contentHash,
  decodePlan,
  findFilesOf,
  isFolder,
  parseFileBytes,
  readCacheFile,
  readWorkspaceFiles,
  rulesFor,
  writeCacheFile,
  type FileBytes,
  type LoadOptions,
} from "../../host/index.js";
import { resolveLocale, type CliError } from "../errors.js";
import type { CliIO } from "../io.js";
import { Checker, lintResults, lintWorkspace, type LintOptions, type LintRun } from "../lint-engine.js";
import { TOOL } from "../meta.js";
import { cliErrors, loadWorkspace, type LoadedWorkspace } from "../workspace.js";
import { cacheKey, cacheValue, declsOf, restoreFindings, storedFiles, storeFindings, storeSymbols, summaryOf, type StoredFile } from "./stored.js";
import { dependencyView, WorkspaceIndex } from "./workspace-index.js";
import { checkPartially } from "./partial-check.js";

/** The default cache file, in the current folder (as ESLint's `.eslintcache`). */
export const CACHE_NAME = ".plancodecache";

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.plancodecache`. */
export function cacheFileOf(io: CliIO, location: string | undefined): string {
  if (location === undefined) return resolve(io.cwd, CACHE_NAME);
  const path = resolve(io.cwd, location);
  return /[\\/]$/.test(location) || isFolder(path) ? resolve(path, CACHE_NAME) : path;
}

export interface CachedLint extends LintRun {
  locale: LoadedWorkspace["locale"];
  /** What the run did, for the tests and the benchmark: how many files it parsed and checked. */
  stats: { parsed: number; checked: number; full: boolean };
}

export async function cachedLint(paths: readonly string[], io: CliIO, options: LintOptions & { locale?: string }, cacheFile: string): Promise<CachedLint> {
  const loadOptions: LoadOptions = { cwd: io.cwd, readFile: io.readFile?.bind(io) };
  const files = await cliErrors(async () => findFilesOf(paths, loadOptions), io);
  const entries = new Map<string, FileBytes & { hash: string }>();
  await cliErrors(async () => {
    for await (const entry of readWorkspaceFiles(files, loadOptions)) entries.set(entry.uri, { ...entry, hash: contentHash(entry.bytes) });
  }, io);
  const locale = resolveLocale(options.locale, files.config?.config.locale, io.env);
  const key = cacheKey({ version: TOOL.version, locale, root: files.root, configs: files.scopes.all().map((c) => ({ path: c.path, raw: c.raw })) });
  const targets = [...entries.values()].filter((e) => e.isTarget).map((e) => e.uri).sort();
  const rules = (uri: string) => rulesFor(files, entries.get(uri)?.path);
  const textOf = (uri: string): string => decodePlan(entries.get(uri)!.bytes).text;
  const parsed = new Map<string, SourceFile>();
  const parseFile = (uri: string): SourceFile => {
    let file = parsed.get(uri);
    if (!file) parsed.set(uri, (file = parseFileBytes(uri, entries.get(uri)!.bytes)));
    return file;
  };

  /** Everything parsed and checked, as without --cache; every file's symbols stored. */
  const full = (): { findings: Map<string, Finding[]>; store: Map<string, StoredFile>; checker: Checker } => {
    const workspace = new Workspace();
    for (const uri of entries.keys()) workspace.setParsed(parseFile(uri));
    const checker = new Checker(rules, io);
    const findings = new Map(targets.map((uri) => [uri, checker.check(workspace, uri)]));
    const store = new Map([...entries].map(([uri, e]) => [uri, storeSymbols(e.hash, workspace.fileSymbols(uri)!)]));
    return { findings, store, checker };
  };

  const before = storedFiles(readCacheFile(cacheFile), key);
  let outcome: Outcome;
  try {
    outcome = incremental(before, entries, targets, parseFile, rules, io) ?? { ...full(), full: true, checked: targets.length, dirty: true };
  } catch {
    // The parser never throws on input; if it did, the run without the cache reports the file as usual.
    return uncached(paths, io, options);
  }
  const failures: CliError[] = outcome.checker?.failures ?? [];
  for (const [uri, findings] of outcome.findings) outcome.store.get(uri)!.f = storeFindings(findings);
  // A cache that cannot be written only makes the next run slower: never an error of this one.
  if (!failures.length && outcome.dirty) await writeCacheFile(cacheFile, cacheValue(key, outcome.store)).catch(() => undefined);
  const findings = new Map(targets.map((uri) => [uri, outcome.findings.get(uri) ?? restoreFindings(uri, outcome.store.get(uri)!.f!)]));
  return {
    results: lintResults(targets, findings, textOf, locale, io, options),
    failures,
    fixed: new Map(),
    locale,
    stats: { parsed: parsed.size, checked: outcome.checked, full: outcome.full },
  };
}

interface Outcome {
  /** The targets checked in this run. */
  findings: Map<string, Finding[]>;
  /** Every file's stored symbols, and the findings kept from before. */
  store: Map<string, StoredFile>;
  checker?: Checker;
  full: boolean;
  checked: number;
  /** Whether the store differs from the cache read. */
  dirty: boolean;
}

/**
 * The findings of the targets that must be checked again, and the new store; undefined when
 * only a full run can tell (no cache, a structural change, a check that reads everything).
 */
function incremental(
  before: Map<string, StoredFile> | undefined,
  entries: ReadonlyMap<string, FileBytes & { hash: string }>,
  targets: readonly string[],
  parseFile: (uri: string) => SourceFile,
  rules: (uri: string) => ReturnType<typeof rulesFor>,
  io: CliIO,
): Outcome | undefined {
  if (!before) return undefined;
  const store = new Map<string, StoredFile>();
  const changes: FileChange[] = [];
  const changedDocs: string[] = [];
  for (const [uri, entry] of entries) {
    const old = before.get(uri);
    if (old && old.h === entry.hash) {
      store.set(uri, old);
      continue;
    }
    const now = storeSymbols(entry.hash, collectSymbols(parseFile(uri)));
    store.set(uri, now);
    changes.push({ uri, before: old && summaryOf(old), after: summaryOf(now) });
    for (const f of [old, now]) for (const [kind, name] of f ? declsOf(f) : []) if (kind === 1) changedDocs.push(name);
  }
  for (const [uri, old] of before) {
    if (entries.has(uri)) continue;
    changes.push({ uri, before: summaryOf(old) });
    for (const [kind, name] of declsOf(old)) if (kind === 1) changedDocs.push(name);
  }
  if (changes.some(structureChanged)) return undefined;

  const index = new WorkspaceIndex(store);
  if (changes.length) {
    const changedNames = new Set(changes.flatMap((c) => [...declaredNames(c.before), ...declaredNames(c.after)]));
    const view = dependencyView(new WorkspaceIndex(before), index, changedDocs, changedNames);
    const stale = new Set<string>();
    for (const change of changes) for (const uri of affectedFiles(change, view)) stale.add(uri);
    for (const uri of stale) {
      const kept = store.get(uri);
      if (kept?.f) store.set(uri, { ...kept, f: undefined });
    }
  }
  const recheck = targets.filter((uri) => !store.get(uri)?.f);
  const dirty = changes.length > 0 || recheck.length > 0;
  if (!recheck.length) return { findings: new Map<string, Finding[]>(), store, full: false, checked: 0, dirty };
  const partial = checkPartially(recheck, index, parseFile, () => new Checker(rules, io));
  return partial && { findings: partial.findings, store, checker: partial.checker, full: false, checked: recheck.length, dirty };
}

/** The run without the cache (a file the parser could not take: reported by the usual load). */
async function uncached(paths: readonly string[], io: CliIO, options: LintOptions & { locale?: string }): Promise<CachedLint> {
  const loaded = await loadWorkspace(paths, io, { locale: options.locale });
  const run = lintWorkspace(loaded, io, options);
  return { ...run, failures: [...loaded.failures, ...run.failures], locale: loaded.locale, stats: { parsed: loaded.targets.length, checked: loaded.targets.length, full: true } };
}
