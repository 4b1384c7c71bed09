// Finds the workspace for a command line and loads it into a `Workspace`.
//
// - Paths default to `.`; a folder means every `.plan` file below it (node_modules and dot
//   entries skipped; symbolic links followed, each real folder walked once, so loops end).
// - The workspace root is the nearest folder holding `plancode.json`, searching upwards from the
//   first path. The workspace is every `.plan` below the root minus the config's `ignore`
//   patterns, plus every given path (a file named on the command line is never ignored, nor is a
//   folder named on the command line that an ignore pattern covers). Without a plancode.json the
//   workspace is just the given paths.
// - A `plancode.json` in a folder below the root applies to the files below it, as in the
//   language server: the nearest one's `rules` to each file, and every `ignore` above a file
//   (each relative to its own folder). The run's locale and `simulation` are the root's.
// - `targets` are the given paths expanded: the files a command reports on.
// - A missing path, an unreadable file or folder, an invalid plancode.json → CliError (exit 2).
//   A file that is not valid UTF-8 is loaded anyway and gets a `syntax` finding (`invalidUtf8`).
import type { Dirent, Stats } from "node:fs";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CONFIG_FILE,
  CONFIG_MESSAGES,
  emptyConfig,
  format,
  parse,
  parseConfig,
  Workspace,
  type Locale,
  type PlancodeConfig,
  type SourceFile,
  type SyntaxProblem,
} from "../language/index.js";
import { CliError, errorDetail, ioError, oneLine, resolveLocale } from "./errors.js";
import { ignoreMatcher } from "./glob.js";
import { readBytes, type CliIO } from "./io.js";
import { decodeUtf8 } from "./utf8.js";

export interface LoadOptions {
  /** The `--locale` flag, if given (it wins over plancode.json and the environment). */
  locale?: string;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** The plancode.json in force (empty when there is none). */
  config: PlancodeConfig;
  /** `--locale`, else plancode.json's `locale`, else the environment's, else en. */
  locale: Locale;
  /** The folder holding plancode.json; without one, the first path's folder. */
  root: string;
  /** The plancode.json in force, if any. */
  configPath?: string;
  /** URIs of the files to report on — the given paths expanded — sorted. */
  targets: string[];
  /** The rules in force for a file: those of the nearest plancode.json above it. */
  rulesFor(uri: string): PlancodeConfig["rules"];
  /** The absolute path of every loaded file, by URI. */
  paths: Map<string, string>;
  /** The raw bytes' decoding of every loaded file, by URI (text as parsed). */
  texts: Map<string, string>;
  /** Internal failures that did not stop loading (a file the parser choked on): print them and exit 2. */
  failures: CliError[];
}

export interface TargetFiles {
  config: PlancodeConfig;
  configPath?: string;
  root: string;
  locale: Locale;
  /** Absolute paths of the files the given paths expand to, in order, without duplicates. */
  targets: string[];
  /** Absolute paths of the other workspace files (below the root, not ignored, not targets). */
  others: string[];
  /** The folders whose plancode.json was looked for (absolute paths): its config, or null when there is none. */
  configAt: Map<string, PlancodeConfig | null>;
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

// The three conversions below run for every file of a lint (11,000 at scale 1, ~0.3 s through
// the URL and path modules). A plain POSIX path — absolute, normalised, of letters, digits and
// `/._-` only, which URLs keep as they are — takes a shortcut with the same result; anything else
// goes through `url`/`path` as before.
const PLAIN_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const PLAIN_URI = /^file:\/\/\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Whether `path` is plain (see above) with no `.`/`..` segment. */
function isPlainPath(path: string): boolean {
  return sep === "/" && PLAIN_PATH.test(path) && !path.includes("/./") && !path.includes("/../") && !/\/\.\.?$/.test(path);
}

/** The file URI the CLI uses for a path. */
export function pathToUri(path: string): string {
  return isPlainPath(path) ? `file://${path}` : pathToFileURL(path).href;
}

export function uriToPath(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  return sep === "/" && PLAIN_URI.test(uri) && isPlainPath(uri.slice(7)) ? uri.slice(7) : fileURLToPath(uri);
}

/** A path or file URI as shown to the user: relative to the cwd when below it, else absolute. */
export function displayPath(io: Pick<CliIO, "cwd">, pathOrUri: string): string {
  const path = uriToPath(pathOrUri);
  // Below a plain cwd, a plain path's relative form is what follows the cwd and a slash.
  if (isPlainPath(path) && isPlainPath(io.cwd) && path.startsWith(io.cwd) && path[io.cwd.length] === "/") return path.slice(io.cwd.length + 1);
  const rel = relative(io.cwd, path);
  if (rel === "") return ".";
  return isOutside(rel) ? path : rel;
}

/** Whether a `relative()` result leaves its base folder. */
function isOutside(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Expands the given paths and finds the workspace's other files without reading any `.plan`
 * (fmt needs only this; `loadWorkspace` builds on it).
 */
export async function findFiles(paths: readonly string[], io: CliIO, options: LoadOptions = {}): Promise<TargetFiles> {
  const given = (paths.length ? paths : ["."]).map((p) => ({ shown: p, abs: resolve(io.cwd, p) }));
  const kinds: { shown: string; abs: string; stats: Stats }[] = []; // the given paths, checked
  for (const g of given) {
    let stats: Stats;
    try {
      stats = await stat(g.abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new CliError("missingPath", { path: g.shown });
      throw ioError("unreadable", g.shown, error);
    }
    if (!stats.isFile() && !stats.isDirectory()) throw ioError("unreadable", g.shown, { code: "NOTREGULAR" });
    kinds.push({ ...g, stats });
  }

  const first = kinds[0];
  const start = first.stats.isDirectory() ? first.abs : dirname(first.abs);
  const found = await findConfig(start, io);
  const configLocale = found?.config.locale;
  const locale = resolveLocale(options.locale, configLocale, io.env);
  const root = found ? dirname(found.path) : start;
  const config = found?.config ?? emptyConfig();
  /** `abs` relative to `base` with `/` separators ("" for the base itself), or undefined outside it. */
  const relTo = (base: string, abs: string): string | undefined => {
    // Asked for every entry of the walk: plain paths below a plain base take the shortcut.
    if (isPlainPath(abs) && isPlainPath(base) && abs.startsWith(base) && abs[base.length] === "/") return abs.slice(base.length + 1);
    if (abs === base) return "";
    const rel = relative(base, abs);
    if (isOutside(rel)) return undefined;
    return rel.split(sep).join("/");
  };

  // The ignore patterns in force in a folder: the root's, then those of every plancode.json met
  // on the way down (each relative to its own folder).
  interface IgnoreScope {
    dir: string;
    test: (relativePath: string) => boolean;
  }
  const rootScopes: IgnoreScope[] = found && config.ignore.length ? [{ dir: root, test: ignoreMatcher(config.ignore) }] : [];
  // Every folder whose plancode.json was looked for: its config, or null when it has none.
  const configAt = new Map<string, PlancodeConfig | null>();
  if (found) configAt.set(root, config);
  /** The plancode.json of a folder, parsed once (invalid → ConfigError). */
  const configIn = async (dir: string): Promise<PlancodeConfig | undefined> => {
    if (!configAt.has(dir)) configAt.set(dir, (await readConfig(join(dir, CONFIG_FILE), io)) ?? null);
    return configAt.get(dir) ?? undefined;
  };
  /** The plancode.json of a folder below the root, if any (the root's own is `config`). */
  const nestedConfigOf = async (dir: string): Promise<PlancodeConfig | undefined> =>
    found && dir !== root && relTo(root, dir) !== undefined ? configIn(dir) : undefined;
  /** Reads the plancode.json files from `dir` upwards to the nearest one (for the rules of the files below `dir`). */
  const readUpwards = async (dir: string): Promise<void> => {
    for (let d = dir; !(await configIn(d)) && dirname(d) !== d; d = dirname(d));
  };
  const withFolder = (scopes: IgnoreScope[], dir: string, here: PlancodeConfig | undefined): IgnoreScope[] =>
    here?.ignore.length ? [...scopes, { dir, test: ignoreMatcher(here.ignore) }] : scopes;
  const ignoredBy = (scopes: IgnoreScope[], abs: string, isDir: boolean): boolean =>
    scopes.some((scope) => {
      const rel = relTo(scope.dir, abs);
      return rel !== undefined && rel !== "" && scope.test(isDir ? `${rel}/` : rel);
    });
  /** The scopes in force in `dir` (below the root), from the plancode.json files between them. */
  const scopesAt = async (dir: string): Promise<IgnoreScope[]> => {
    const rel = relTo(root, dir);
    let scopes = rootScopes;
    if (!found || rel === undefined || rel === "") return scopes;
    let at = root;
    for (const part of rel.split("/")) {
      at = join(at, part);
      scopes = withFolder(scopes, at, await nestedConfigOf(at));
    }
    return scopes;
  };

  const seen = new Map<string, string>(); // real path → path as reached
  const walked = new Set<string>(); // real paths of folders walked
  const targets: string[] = [];
  /** `real`: the file's real path when the caller knows it (a plain file in a walked folder). */
  const addFile = async (abs: string, into: string[], knownReal?: string): Promise<void> => {
    let real: string;
    try {
      real = knownReal ?? realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seen.has(real)) return;
    seen.set(real, abs);
    into.push(abs);
  };

  // Walking and reading use the synchronous fs calls: a CLI run does nothing else meanwhile, and
  // one promise round trip through the thread pool per file and per call was the largest stage
  // of a cold lint of 11,000 files (bench/lint.ts).
  // An entry that is not a symbolic link has the real path of its folder joined with its name:
  // only links (and the folders given) need `realpath`.
  // `scopes`: the ignore patterns in force in `dir`; `applyIgnore` false walks without them (a
  // folder named on the command line that an ignore pattern covers).
  const walk = async (dir: string, scopes: IgnoreScope[], applyIgnore: boolean, into: string[], knownReal?: string): Promise<void> => {
    let real: string;
    try {
      real = knownReal ?? realpathSync(dir);
    } catch (error) {
      throw ioError("unreadable", displayPath(io, dir), error);
    }
    if (walked.has(real)) return;
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw ioError("unreadable", displayPath(io, dir), error);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Every plancode.json applies to its folder's subtree (the root's is in the scopes already).
    if (dir !== root && entries.some((e) => e.name === CONFIG_FILE)) scopes = withFolder(scopes, dir, await configIn(dir));
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
      if (isDir) await walk(abs, scopes, applyIgnore, into, entryReal);
      else if (isFile && entry.name.endsWith(".plan")) await addFile(abs, into, entryReal);
    }
  };

  for (const k of kinds) {
    if (k.stats.isDirectory()) {
      // A folder named on the command line that an ignore pattern covers is walked without them.
      const above = await scopesAt(dirname(k.abs));
      await readUpwards(k.abs);
      await walk(k.abs, above, !ignoredBy(above, k.abs, true), targets);
    } else {
      await readUpwards(dirname(k.abs)); // the nearest plancode.json above it, for its rules
      await addFile(k.abs, targets);
    }
  }
  const others: string[] = [];
  if (found) await walk(root, rootScopes, true, others);
  return { config, configPath: found?.path, root, locale, targets, others, configAt };
}

/**
 * The rules for each file: those of the nearest plancode.json above it, among the folders
 * `findFiles` looked in (every folder walked, and upwards from each path given).
 */
function rulesLookup(config: PlancodeConfig, configAt: Map<string, PlancodeConfig | null>): (path: string) => PlancodeConfig["rules"] {
  const byFolder = new Map<string, PlancodeConfig["rules"]>();
  const lookup = (dir: string): PlancodeConfig["rules"] => {
    let rules = byFolder.get(dir);
    if (rules === undefined) {
      const here = configAt.get(dir);
      rules = here ? here.rules : dirname(dir) === dir ? config.rules : lookup(dirname(dir));
      byFolder.set(dir, rules);
    }
    return rules;
  };
  return (path) => lookup(dirname(path));
}

/** The nearest plancode.json at or above `start`, parsed; invalid → ConfigError. */
async function findConfig(start: string, io: CliIO): Promise<{ path: string; config: PlancodeConfig } | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    const config = await readConfig(path, io);
    if (config) return { path, config };
    if (dirname(dir) === dir) return undefined;
  }
}

/** The plancode.json at `path` parsed, or undefined when there is none; invalid → ConfigError. */
async function readConfig(path: string, io: CliIO): Promise<PlancodeConfig | undefined> {
  let stats: Stats | undefined;
  try {
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw ioError("unreadable", displayPath(io, path), error);
  }
  if (!stats) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(io, path);
  } catch (error) {
    throw ioError("unreadable", displayPath(io, path), error);
  }
  const { config, problems } = parseConfig(decodeUtf8(bytes).text);
  if (problems.length) {
    const error = new ConfigError(path, problems, displayPath(io, path));
    error.locale = config.locale;
    throw error;
  }
  return config;
}

/** Loads the workspace for `paths` (see the top of this file). */
export async function loadWorkspace(paths: readonly string[], io: CliIO, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const files = await findFiles(paths, io, options);
  const workspace = new Workspace();
  const uris = new Map<string, string>();
  const texts = new Map<string, string>();
  const failures: CliError[] = [];
  const targets: string[] = [];
  for (const [list, isTarget] of [
    [files.targets, true],
    [files.others, false],
  ] as const) {
    for (const path of list) {
      const uri = pathToUri(path);
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(io, path);
      } catch (error) {
        throw ioError("unreadable", displayPath(io, path), error);
      }
      const decoded = decodeUtf8(bytes);
      try {
        if (decoded.ok) workspace.setFile(uri, decoded.text);
        else workspace.setParsed(withInvalidUtf8(parse(uri, decoded.text), decoded.offset, decoded.badByte));
      } catch (error) {
        failures.push(new CliError("fileCrashed", { path: displayPath(io, path), detail: errorDetail(error) }));
        continue;
      }
      uris.set(uri, path);
      texts.set(uri, decoded.text);
      if (isTarget) targets.push(uri);
    }
  }
  const rulesOf = rulesLookup(files.config, files.configAt);
  return {
    workspace,
    config: files.config,
    locale: files.locale,
    root: files.root,
    configPath: files.configPath,
    targets: targets.sort(),
    rulesFor: (uri) => rulesOf(uris.get(uri) ?? uriToPath(uri)),
    paths: uris,
    texts,
    failures,
  };
}

/**
 * Marks a leniently decoded file: an `invalidUtf8` problem at the first bad byte. Syntax
 * problems after it are dropped — the decoding there is unreliable (a binary file would give
 * thousands) — but the whole file stays parsed, so its declarations still resolve.
 */
export function withInvalidUtf8(file: SourceFile, offset: number, badByte: number): SourceFile {
  const problem: SyntaxProblem = {
    messageId: "invalidUtf8",
    data: { byte: String(badByte) },
    span: { start: offset, end: Math.min(offset + 1, file.text.length) },
  };
  file.problems = [...file.problems.filter((p) => p.span.start < offset), problem];
  return file;
}
