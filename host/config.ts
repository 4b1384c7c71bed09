// `plancode.json` on disk: where the nearest one is, and reading one (its JSON parsed once:
// `language/`'s settings and problems, plus the raw value for workflows/' `simulation` key).
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { CONFIG_FILE, ignoreMatcher, parseConfig, type ConfigProblem, type PlancodeConfig } from "../language/index.js";
import { decodeUtf8 } from "./decode.js";
import { LoadError } from "./errors.js";

/** One `plancode.json`, read and parsed. */
export interface LoadedConfig {
  /** The file's path. */
  path: string;
  /** Its folder: the config applies to the files below it. */
  dir: string;
  config: PlancodeConfig;
  /** What is wrong with it (empty when valid); the valid parts are in `config` all the same. */
  problems: ConfigProblem[];
  /** The JSON value as written (undefined when it is not JSON). */
  raw: unknown;
  /** Whether a path relative to `dir` (`/`-separated, a folder with a trailing `/`) matches an `ignore` pattern. */
  ignores(relativePath: string): boolean;
}

/** Parses the text of the `plancode.json` at `path`. */
export function parseConfigFile(path: string, text: string): LoadedConfig {
  const { config, problems, raw } = parseConfig(text);
  return { path, dir: dirname(path), config, problems, raw, ignores: ignoreMatcher(config.ignore) };
}

/**
 * Whether `dir` holds a `plancode.json` (of any kind: one that is a folder is found, and then
 * cannot be read). A failure other than "not there" is a LoadError.
 */
function hasConfig(dir: string): boolean {
  const path = join(dir, CONFIG_FILE);
  try {
    statSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new LoadError({ kind: "unreadable", path, cause: error });
  }
}

/**
 * The `plancode.json` of `dir` read and parsed (problems included), or undefined when there is
 * none. A file that cannot be read is a LoadError.
 */
export function loadConfig(dir: string): LoadedConfig | undefined {
  if (!hasConfig(dir)) return undefined;
  const path = join(dir, CONFIG_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new LoadError({ kind: "unreadable", path, cause: error });
  }
  return parseConfigFile(path, decodeUtf8(bytes).text);
}

/**
 * The workspace root for `start` (a folder): the nearest folder at or above it holding
 * `plancode.json`, or undefined when there is none up to the file system's root. A
 * `plancode.json` that cannot even be looked for is a LoadError.
 */
export function findWorkspaceRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (hasConfig(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
