// Which `.plan` files make up a workspace, and which `plancode.json` files apply to them — for a
// command line (`findWorkspaceFiles`: given paths, strict) and for an editor's workspace folder
// (`discoverFiles`: a whole root, tolerant). Both walk with `FolderWalk` and read each
// `plancode.json` once; neither reads a `.plan` file.
import type { Stats } from "node:fs";
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { findWorkspaceRoot, loadConfig, type LoadedConfig } from "./config.js";
import { ConfigScopes } from "./config-scopes.js";
import { LoadError } from "./errors.js";
import { FolderWalk, ignoredBy, withConfig, type IgnoreScope } from "./folder-walk.js";
import { relativeInside } from "./paths.js";

export interface WorkspaceFiles {
  /** The folder holding `plancode.json`; without one, the first path's folder. */
  root: string;
  /** The root's `plancode.json`, if any: its locale and `simulation` are the run's. */
  config?: LoadedConfig;
  /** Every `plancode.json` read: the rules of each file are those of the nearest one above it. */
  scopes: ConfigScopes;
  /** Absolute paths of the files the given paths expand to, in order, without duplicates. */
  targets: string[];
  /** Absolute paths of the other workspace files (below the root, not ignored, not targets). */
  others: string[];
}

/**
 * The files of a command line's workspace. Paths default to `.` (relative ones are resolved
 * against `cwd`); a folder means every `.plan` file below it.
 * - The root is the nearest folder holding `plancode.json`, upwards from the first path. The
 *   workspace is every `.plan` below the root minus the `ignore` patterns in force, plus every
 *   given path (a file named is never ignored, nor is a folder named that a pattern covers).
 *   Without a plancode.json the workspace is just the given paths.
 * - A missing path, an unreadable file or folder, an invalid `plancode.json` → `LoadError`.
 * - `unsaved`: a file whose text the caller has (standard input, `--stdin-filename`): the first
 *   target, found or not on disk, its workspace found upwards from its folder when no path is given.
 */
export function findWorkspaceFiles(paths: readonly string[], options: { cwd: string; unsaved?: string }): WorkspaceFiles {
  const { cwd } = options;
  const unsaved = options.unsaved === undefined ? undefined : resolve(cwd, options.unsaved);
  const given: { shown: string; abs: string; stats: Stats }[] = [];
  for (const shown of paths.length || unsaved ? paths : ["."]) {
    const abs = resolve(cwd, shown);
    let stats: Stats;
    try {
      stats = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new LoadError({ kind: "missingPath", path: abs, given: shown });
      throw new LoadError({ kind: "unreadable", path: abs, given: shown, cause: error });
    }
    if (!stats.isFile() && !stats.isDirectory()) throw new LoadError({ kind: "unreadable", path: abs, given: shown, cause: { code: "NOTREGULAR" } });
    given.push({ shown, abs, stats });
  }

  const scopes = new ConfigScopes();
  const looked = new Set<string>(); // folders whose plancode.json was looked for
  /** The plancode.json of a folder, read and checked once (invalid → LoadError). */
  const configIn = (dir: string): LoadedConfig | undefined => {
    if (!looked.has(dir)) {
      looked.add(dir);
      scopes.set(dir, strictConfig(dir));
    }
    return scopes.at(dir);
  };
  const start = unsaved && !given.length ? dirname(unsaved) : given[0].stats.isDirectory() ? given[0].abs : dirname(given[0].abs);
  const found = findWorkspaceRoot(start);
  const root = found ?? start;
  const config = found ? configIn(root) : undefined;
  const rootScopes = withConfig([], config);
  const walk = new FolderWalk({
    configIn,
    unreadable: (dir, error) => {
      throw new LoadError({ kind: "unreadable", path: dir, cause: error });
    },
  });

  /** The ignore scopes in force in `dir`: the root's, then those of the folders between (only below the root). */
  const scopesAt = (dir: string): readonly IgnoreScope[] => {
    const rel = relativeInside(root, dir);
    let inForce = rootScopes;
    if (!found || rel === undefined || rel === "") return inForce;
    let at = root;
    for (const part of rel.split("/")) {
      at = join(at, part);
      inForce = withConfig(inForce, configIn(at));
    }
    return inForce;
  };
  /** Reads the plancode.json files from `dir` upwards to the nearest one (for the rules of the files below `dir`). */
  const readUpwards = (dir: string): void => {
    for (let d = dir; !configIn(d) && dirname(d) !== d; d = dirname(d));
  };

  const targets: string[] = [];
  if (unsaved) {
    // Its text comes from elsewhere (standard input): a target whether or not it exists, and
    // never read from the disk as one of the others.
    readUpwards(dirname(unsaved));
    walk.addFile(unsaved, targets);
  }
  for (const g of given) {
    if (g.stats.isDirectory()) {
      const above = scopesAt(dirname(g.abs));
      readUpwards(g.abs);
      walk.walk(g.abs, above, !ignoredBy(above, g.abs, true), targets);
    } else {
      readUpwards(dirname(g.abs));
      walk.addFile(g.abs, targets);
    }
  }
  const others: string[] = [];
  if (found) walk.walk(root, rootScopes, true, others);
  return { root, config, scopes, targets, others };
}

/** The plancode.json of `dir`: unreadable or with problems → LoadError. */
function strictConfig(dir: string): LoadedConfig | undefined {
  const loaded = loadConfig(dir);
  if (loaded?.problems.length) throw new LoadError({ kind: "invalidConfig", path: loaded.path, problems: loaded.problems, locale: loaded.config.locale });
  return loaded;
}

export interface DiscoveredFiles {
  /** The `.plan` files below the root that no `ignore` pattern in force covers, sorted. */
  plans: string[];
  /** The `plancode.json` files read on the way (the root's first), as read: invalid ones too. */
  configs: LoadedConfig[];
}

/**
 * Every `.plan` file of an editor's workspace root (the folder of its `plancode.json`, see
 * `findWorkspaceRoot`), with the same walk and the same `ignore` as `findWorkspaceFiles`. Nothing
 * is fatal here: a folder or `plancode.json` that cannot be read is skipped, an invalid
 * `plancode.json` applies what is valid in it.
 */
export function discoverFiles(root: string): DiscoveredFiles {
  const configs: LoadedConfig[] = [];
  const configIn = (dir: string): LoadedConfig | undefined => {
    let loaded: LoadedConfig | undefined;
    try {
      loaded = loadConfig(dir);
    } catch {
      return undefined; // unreadable: as if there were none
    }
    if (loaded) configs.push(loaded);
    return loaded;
  };
  const rootConfig = configIn(root);
  const plans: string[] = [];
  const walk = new FolderWalk({ configIn, unreadable: () => undefined });
  walk.walk(root, withConfig([], rootConfig), true, plans);
  return { plans: plans.sort(), configs };
}
