// Walking folders for `.plan` files, as the CLI and the language server both do: `node_modules`
// and dot entries skipped; symbolic links followed, each real folder walked once (so loops end)
// and each real file taken once; entries in name order; `ignore` patterns applied on the way
// down, a `plancode.json` met in a folder adding its own for that folder's subtree.
//
// The synchronous fs calls are deliberate: a CLI run does nothing else meanwhile, and one promise
// round trip through the thread pool per file and per call was the largest stage of a cold lint
// of 11,000 files (bench/lint.ts). An entry that is not a symbolic link has the real path of its
// folder joined with its name: only links (and the folders given) need `realpath`.
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE } from "../language/index.js";
import type { LoadedConfig } from "./config.js";
import { relativeInside } from "./paths.js";

/** The `ignore` patterns of one `plancode.json`, relative to its folder. */
export interface IgnoreScope {
  dir: string;
  ignores(relativePath: string): boolean;
}

/** The scopes in force below `dir`: `scopes` plus those of `config` (the config of `dir`), if it ignores anything. */
export function withConfig(scopes: readonly IgnoreScope[], config: LoadedConfig | undefined): readonly IgnoreScope[] {
  return config?.config.ignore.length ? [...scopes, { dir: config.dir, ignores: config.ignores }] : scopes;
}

/** Whether one of `scopes` ignores the entry `abs` (a folder when `isDir`). */
export function ignoredBy(scopes: readonly IgnoreScope[], abs: string, isDir: boolean): boolean {
  return scopes.some((scope) => {
    const rel = relativeInside(scope.dir, abs);
    return rel !== undefined && rel !== "" && scope.ignores(isDir ? `${rel}/` : rel);
  });
}

export interface WalkHandlers {
  /** The `plancode.json` of a folder walked that has one (read once per folder by the caller). */
  configIn(dir: string): LoadedConfig | undefined;
  /** A folder that cannot be listed: throw to stop the walk (the CLI), return to skip it (the server). */
  unreadable(dir: string, error: unknown): void;
}

/** One walk's memory: what was reached already (so links and repeated paths count once). */
export class FolderWalk {
  /** Real path of each file taken → the path it was reached by. */
  private readonly seen = new Map<string, string>();
  /** Real paths of the folders walked. */
  private readonly walked = new Set<string>();

  constructor(private readonly handlers: WalkHandlers) {}

  /** Adds a `.plan` file to `into` unless its real path was reached before. `knownReal`: its real path, when known. */
  addFile(abs: string, into: string[], knownReal?: string): void {
    let real: string;
    try {
      real = knownReal ?? realpathSync(abs);
    } catch {
      real = abs;
    }
    if (this.seen.has(real)) return;
    this.seen.set(real, abs);
    into.push(abs);
  }

  /**
   * Adds the `.plan` files below `dir` to `into`. `scopes`: the `ignore` patterns in force in
   * `dir`; `applyIgnore` false walks without any (a folder named on the command line that a
   * pattern covers).
   */
  walk(dir: string, scopes: readonly IgnoreScope[], applyIgnore: boolean, into: string[], knownReal?: string): void {
    let real: string;
    let entries: Dirent[];
    try {
      real = knownReal ?? realpathSync(dir);
      if (this.walked.has(real)) return;
      this.walked.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.handlers.unreadable(dir, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A plancode.json here applies to this folder's subtree (unless its scope came in with `scopes`: the root's).
    if (entries.some((e) => e.name === CONFIG_FILE) && !scopes.some((s) => s.dir === dir)) scopes = withConfig(scopes, this.handlers.configIn(dir));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const abs = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const s = statSync(abs);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // a dangling link or a link loop: nothing to read
        }
      }
      if (applyIgnore && scopes.length && ignoredBy(scopes, abs, isDir)) continue;
      const entryReal = link ? undefined : join(real, entry.name);
      if (isDir) this.walk(abs, scopes, applyIgnore, into, entryReal);
      else if (isFile && entry.name.endsWith(".plan")) this.addFile(abs, into, entryReal);
    }
  }
}
