// A command line's workspace, read and parsed into a `Workspace` (see `findWorkspaceFiles` for
// which files): what `plancode lint|status|simulate|graph` work on. Reading and parsing are two
// steps (`readWorkspaceFiles`, `parseFileBytes`) so that `plancode lint --cache` can read every
// file, hash it, and parse only what changed; `loadWorkspace` does both for every file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { markUndecodable, parse, Workspace, type PlancodeConfig, type SourceFile } from "../language/index.js";
import type { LoadedConfig } from "./config.js";
import { decodePlan } from "./decode.js";
import { findWorkspaceFiles, type WorkspaceFiles } from "./discover.js";
import { LoadError } from "./errors.js";
import { pathToUri, uriToPath } from "./paths.js";

export interface LoadOptions {
  /** The folder relative paths are resolved against. */
  cwd: string;
  /**
   * Reads a file's bytes; default: from disk, synchronously (reading 11,000 files one
   * `fs.promises.readFile` at a time cost four thread-pool round trips each and was the slowest
   * stage of a cold lint, bench/lint.ts). Tests replace it to simulate I/O failures.
   */
  readFile?(path: string): Promise<Uint8Array>;
  /** A file whose bytes are these instead of what is on disk (standard input): a target, existing or not. */
  unsaved?: { path: string; bytes: Uint8Array };
}

/** One file of the workspace, as read. */
export interface FileBytes {
  path: string;
  uri: string;
  bytes: Uint8Array;
  /** Whether the given paths name it (it is reported on), rather than only resolved against. */
  isTarget: boolean;
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
 * Every file of a command line's workspace, targets first, each read once (a missing path, an
 * unreadable file or folder, an invalid plancode.json → `LoadError`).
 */
export async function* readWorkspaceFiles(files: WorkspaceFiles, options: LoadOptions): AsyncGenerator<FileBytes> {
  const unsaved = options.unsaved && resolve(options.cwd, options.unsaved.path);
  for (const [list, isTarget] of [
    [files.targets, true],
    [files.others, false],
  ] as const) {
    for (const path of list) {
      let bytes: Uint8Array;
      try {
        bytes = path === unsaved ? options.unsaved!.bytes : options.readFile ? await options.readFile(path) : readFileSync(path);
      } catch (error) {
        throw new LoadError({ kind: "unreadable", path, cause: error });
      }
      yield { path, uri: pathToUri(path), bytes, isTarget };
    }
  }
}

/** A file's bytes decoded by the one lenient decoder and parsed (bytes that are not UTF-8: a syntax problem). */
export function parseFileBytes(uri: string, bytes: Uint8Array): SourceFile {
  const read = decodePlan(bytes);
  const file = parse(uri, read.text);
  return read.invalidUtf8 ? markUndecodable(file, read.invalidUtf8) : file;
}

/** The files of a command line's workspace (`findWorkspaceFiles`), with the given paths resolved against `cwd`. */
export function findFilesOf(paths: readonly string[], options: LoadOptions): WorkspaceFiles {
  return findWorkspaceFiles(paths, { cwd: options.cwd, unsaved: options.unsaved && resolve(options.cwd, options.unsaved.path) });
}

/**
 * Loads the workspace of a command line: finds its files, reads and parses every one. A file
 * that is not valid UTF-8 is loaded anyway and gets its `invalidUtf8` syntax problem.
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions): Promise<LoadedWorkspace> {
  const files = findFilesOf(paths, options);
  const workspace = new Workspace();
  const loaded = new LoadedFiles(files);
  for await (const entry of readWorkspaceFiles(files, options)) {
    let file: SourceFile;
    try {
      file = parseFileBytes(entry.uri, entry.bytes);
    } catch (error) {
      loaded.failures.push({ path: entry.path, error });
      continue;
    }
    workspace.setParsed(file);
    loaded.add(entry, file.text);
  }
  return loaded.finish(workspace);
}

/** The rules in force for a file of `files`: those of the nearest plancode.json above it, else the root's. */
export function rulesFor(files: WorkspaceFiles, path: string | undefined): PlancodeConfig["rules"] {
  return (path === undefined ? undefined : files.scopes.nearest(path)?.config.rules) ?? files.config?.config.rules ?? {};
}

/** What a loaded workspace says about its files besides their trees: paths, texts, targets, rules. */
export class LoadedFiles {
  readonly paths = new Map<string, string>();
  readonly texts = new Map<string, string>();
  readonly failures: LoadedWorkspace["failures"] = [];
  private readonly targets: string[] = [];

  constructor(private readonly files: WorkspaceFiles) {}

  add(entry: Pick<FileBytes, "path" | "uri" | "isTarget">, text: string): void {
    this.paths.set(entry.uri, entry.path);
    this.texts.set(entry.uri, text);
    if (entry.isTarget) this.targets.push(entry.uri);
  }

  finish(workspace: Workspace): LoadedWorkspace {
    const { files, paths } = this;
    return {
      workspace,
      root: files.root,
      config: files.config,
      targets: this.targets.sort(),
      rulesFor: (uri) => rulesFor(files, paths.get(uri) ?? uriToPath(uri)),
      paths,
      texts: this.texts,
      failures: this.failures,
    };
  }
}
