// The `plancode.json` files in force: each applies to the files below its folder. The nearest one
// above a file gives its rules and locale (and `simulation`); the `ignore` patterns of every one
// above a file apply to it, each relative to its own folder. Pure bookkeeping over paths (no
// I/O): the CLI fills it while walking folders, the language server from its walk and its file
// watcher.
import { dirname } from "node:path";
import type { LoadedConfig } from "./config.js";
import { relativeInside } from "./paths.js";

export class ConfigScopes {
  private readonly byDir = new Map<string, LoadedConfig>();
  /** The nearest config of a folder (null: none above it), until the set of configs changes. */
  private readonly nearestOf = new Map<string, LoadedConfig | null>();

  /**
   * Sets (or, with undefined, removes) the config of the folder `dir`. Returns whether anything
   * changed: a config read again with the same content is no change.
   */
  set(dir: string, loaded: LoadedConfig | undefined): boolean {
    const old = this.byDir.get(dir);
    if (!loaded) {
      if (!old) return false;
      this.byDir.delete(dir);
    } else {
      if (old && JSON.stringify(old.config) === JSON.stringify(loaded.config) && JSON.stringify(old.raw) === JSON.stringify(loaded.raw)) return false;
      this.byDir.set(dir, loaded);
    }
    this.nearestOf.clear();
    return true;
  }

  /** The config of the folder `dir` itself, if it has one. */
  at(dir: string): LoadedConfig | undefined {
    return this.byDir.get(dir);
  }

  /** The nearest config above a file (in its folder or any folder above). */
  nearest(path: string): LoadedConfig | undefined {
    return this.nearestInFolder(dirname(path)) ?? undefined;
  }

  private nearestInFolder(dir: string): LoadedConfig | null {
    let found = this.nearestOf.get(dir);
    if (found === undefined) {
      found = this.byDir.get(dir) ?? (dirname(dir) === dir ? null : this.nearestInFolder(dirname(dir)));
      this.nearestOf.set(dir, found);
    }
    return found;
  }

  /** Whether an `ignore` pattern of a config above the file matches it. */
  isIgnored(path: string): boolean {
    for (const loaded of this.byDir.values()) {
      const rel = relativeInside(loaded.dir, path);
      if (rel !== undefined && rel !== "" && loaded.ignores(rel)) return true;
    }
    return false;
  }

  all(): LoadedConfig[] {
    return [...this.byDir.values()];
  }
}
