// A command line's workspace, read and parsed into a `Workspace` (see `findWorkspaceFiles` for
// which files): what `plancode lint|status|simulate|graph` work on.
import { markUndecodable, parse, Workspace, type PlancodeConfig } from "../language/index.js";
import type { LoadedConfig } from "./config.js";
import { decodePlan, type PlanText } from "./decode.js";
import { findWorkspaceFiles } from "./discover.js";
import { LoadError } from "./errors.js";
import { pathToUri, uriToPath } from "./paths.js";
import { readPlanFile } from "./plan-file.js";

export interface LoadOptions {
  /** The folder relative paths are resolved against. */
  cwd: string;
  /**
   * Reads a file's bytes; default: from disk, synchronously (reading 11,000 files one
   * `fs.promises.readFile` at a time cost four thread-pool round trips each and was the slowest
   * stage of a cold lint, bench/lint.ts). Tests replace it to simulate I/O failures.
   */
  readFile?(path: string): Promise<Uint8Array>;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** The folder holding plancode.json; without one, the first path's folder. */
  root: string;
  /** The root's plancode.json, if any (its `raw` JSON holds `simulation`). */
  config?: LoadedConfig;
  /** URIs of the files to report on — the given paths expanded — sorted. */
  targets: string[];
  /** The rules in force for a file: those of the nearest plancode.json above it, else the root's. */
  rulesFor(uri: string): PlancodeConfig["rules"];
  /** The absolute path of every loaded file, by URI. */
  paths: Map<string, string>;
  /** The text of every loaded file as parsed (leniently decoded when its bytes were not UTF-8), by URI. */
  texts: Map<string, string>;
  /** Files the parser choked on (an internal error): left out of the workspace, reported by the caller. */
  failures: { path: string; error: unknown }[];
}

/**
 * Loads the workspace of a command line: finds its files, reads and parses every one. A file
 * that is not valid UTF-8 is loaded anyway and gets its `invalidUtf8` syntax problem. A missing
 * path, an unreadable file or folder, an invalid plancode.json → `LoadError`.
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions): Promise<LoadedWorkspace> {
  const files = findWorkspaceFiles(paths, { cwd: options.cwd });
  const workspace = new Workspace();
  const uris = new Map<string, string>();
  const texts = new Map<string, string>();
  const failures: LoadedWorkspace["failures"] = [];
  const targets: string[] = [];
  for (const [list, isTarget] of [
    [files.targets, true],
    [files.others, false],
  ] as const) {
    for (const path of list) {
      const uri = pathToUri(path);
      let read: PlanText;
      try {
        read = options.readFile ? decodePlan(await options.readFile(path)) : readPlanFile(path);
      } catch (error) {
        throw new LoadError({ kind: "unreadable", path, cause: error });
      }
      try {
        if (read.invalidUtf8) workspace.setParsed(markUndecodable(parse(uri, read.text), read.invalidUtf8));
        else workspace.setFile(uri, read.text);
      } catch (error) {
        failures.push({ path, error });
        continue;
      }
      uris.set(uri, path);
      texts.set(uri, read.text);
      if (isTarget) targets.push(uri);
    }
  }
  const rootRules = files.config?.config.rules ?? {};
  return {
    workspace,
    root: files.root,
    config: files.config,
    targets: targets.sort(),
    rulesFor: (uri) => {
      const path = uris.get(uri) ?? uriToPath(uri);
      return (path === undefined ? undefined : files.scopes.nearest(path)?.config.rules) ?? rootRules;
    },
    paths: uris,
    texts,
    failures,
  };
}
