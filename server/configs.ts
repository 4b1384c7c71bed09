// The `plancode.json` files of the workspace: each applies to the files below its folder (the
// nearest one wins), with its rule severities, locale and ignore patterns.
import { parseConfig, type PlancodeConfig, type ConfigProblem, type PathPattern } from "../language/index.js";
import { globToRegExp } from "./glob.js";

interface Entry {
  /** The folder's URI with a trailing slash. */
  dir: string;
  config: PlancodeConfig;
  /** The parsed JSON as written: workflows/ reads its own `simulation` key from it. */
  raw: unknown;
  problems: ConfigProblem[];
  ignore: PathPattern[];
}

export class Configs {
  private readonly entries = new Map<string, Entry>();

  /** Sets (or, with undefined text, removes) the `plancode.json` at `uri`. Returns whether anything changed. */
  set(uri: string, text: string | undefined): boolean {
    const dir = uri.slice(0, uri.lastIndexOf("/") + 1);
    const old = this.entries.get(dir);
    if (text === undefined) return this.entries.delete(dir);
    const { config, problems } = parseConfig(text);
    const raw = parseJson(text);
    if (old && JSON.stringify(old.config) === JSON.stringify(config) && JSON.stringify(old.raw) === JSON.stringify(raw)) return false;
    this.entries.set(dir, { dir, config, raw, problems, ignore: config.ignore.filter((g) => g.trim() !== "").map(globToRegExp) });
    return true;
  }

  /** The nearest `plancode.json` above a file. */
  entryFor(uri: string): Entry | undefined {
    let best: Entry | undefined;
    for (const e of this.entries.values()) if (uri.startsWith(e.dir) && (!best || e.dir.length > best.dir.length)) best = e;
    return best;
  }

  configFor(uri: string): PlancodeConfig | undefined {
    return this.entryFor(uri)?.config;
  }

  /** Whether a file matches an `ignore` pattern of its `plancode.json` (patterns are relative to its folder). */
  isIgnored(uri: string): boolean {
    for (const e of this.entries.values()) {
      if (!uri.startsWith(e.dir) || !e.ignore.length) continue;
      const rel = decodeURIComponent(uri.slice(e.dir.length));
      if (e.ignore.some((re) => re.test(rel))) return true;
    }
    return false;
  }

  all(): Entry[] {
    return [...this.entries.values()];
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined; // parseConfig reported it
  }
}
