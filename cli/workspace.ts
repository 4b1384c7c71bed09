// The CLI's side of loading a workspace (host/ does the finding and reading): the run's locale
// (`--locale`, else plancode.json's, else the environment's), and the host's load problems
// turned into the CLI's one-line errors (exit 2).
import { CONFIG_FILE, CONFIG_MESSAGES, format, type Locale } from "../language/index.js";
import {
  displayPath,
  findWorkspaceFiles,
  LoadError,
  loadWorkspace as loadHostWorkspace,
  type LoadedWorkspace as HostWorkspace,
  type LoadProblem,
} from "../host/index.js";
import { CliError, errorDetail, ioError, oneLine, resolveLocale } from "./errors.js";
import type { CliIO } from "./io.js";

export interface LoadOptions {
  /** The `--locale` flag, if given (it wins over plancode.json and the environment). */
  locale?: string;
  /** A file whose bytes come from standard input (`--stdin`, `--stdin-filename`): the one target. */
  unsaved?: { path: string; bytes: Uint8Array };
}

export interface LoadedWorkspace extends Omit<HostWorkspace, "failures"> {
  /** `--locale`, else plancode.json's `locale`, else the environment's, else en. */
  locale: Locale;
  /** The plancode.json in force, if any. */
  configPath?: string;
  /** Internal failures that did not stop loading (a file the parser choked on): print them and exit 2. */
  failures: CliError[];
}

/** Loads the workspace of the given paths (see host/discover.ts `findWorkspaceFiles` for which files). */
export async function loadWorkspace(paths: readonly string[], io: CliIO, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const loaded = await cliErrors(() => loadHostWorkspace(paths, { cwd: io.cwd, readFile: io.readFile?.bind(io), unsaved: options.unsaved }), io);
  return {
    ...loaded,
    locale: resolveLocale(options.locale, loaded.config?.config.locale, io.env),
    configPath: loaded.config?.path,
    failures: loaded.failures.map((f) => new CliError("fileCrashed", { path: displayPath(io, f.path), detail: errorDetail(f.error) })),
  };
}

export interface TargetFiles {
  root: string;
  locale: Locale;
  /** Absolute paths of the files the given paths expand to, in order, without duplicates. */
  targets: string[];
  /** Absolute paths of the other workspace files (below the root, not ignored, not targets). */
  others: string[];
}

/** The files of the given paths' workspace, none of them read (what `fmt` needs). */
export async function findFiles(paths: readonly string[], io: CliIO, options: LoadOptions = {}): Promise<TargetFiles> {
  const files = await cliErrors(async () => findWorkspaceFiles(paths, { cwd: io.cwd, unsaved: options.unsaved?.path }), io);
  return { root: files.root, locale: resolveLocale(options.locale, files.config?.config.locale, io.env), targets: files.targets, others: files.others };
}

/** Runs `load`, turning the host's LoadError into the CLI's error for it. */
export async function cliErrors<T>(load: () => Promise<T>, io: CliIO): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw error instanceof LoadError ? toCliError(error.problem, io) : error;
  }
}

function toCliError(problem: LoadProblem, io: CliIO): CliError {
  switch (problem.kind) {
    case "missingPath":
      return new CliError("missingPath", { path: problem.given });
    case "unreadable":
      return ioError("unreadable", problem.given ?? displayPath(io, problem.path), problem.cause);
    case "invalidConfig": {
      const error = new ConfigError(problem.path, problem.problems, displayPath(io, problem.path));
      error.locale = problem.locale;
      return error;
    }
  }
}

/** One line per plancode.json problem; the whole error exits 2. */
export class ConfigError extends CliError {
  constructor(
    readonly configPath: string,
    readonly problems: { messageId: keyof typeof CONFIG_MESSAGES; data: Record<string, string> }[],
    readonly shownPath: string,
  ) {
    super("invalidConfig", { path: shownPath });
    this.name = "ConfigError";
  }

  override lines(locale: Locale): string[] {
    return this.problems.map((p) => {
      const text = oneLine(format(CONFIG_MESSAGES[p.messageId][locale], p.data));
      return text.startsWith(CONFIG_FILE) ? this.shownPath + text.slice(CONFIG_FILE.length) : `${this.shownPath}: ${text}`;
    });
  }
}
