// Writes a folder of files so that readers never see half of it: everything goes into a sibling
// `DIR.tmp-<pid>` first; only when every file is written does it take DIR's place (DIR moved
// aside to `DIR.old-<pid>`, the new folder renamed to DIR, the old one removed). If anything
// fails before the swap, the temporary folder is removed and DIR is as it was; if the second
// rename fails, the old folder is put back. (Between the two renames DIR is briefly absent: a
// folder cannot be swapped in one step portably.)
//
// A folder that exists is replaced only if `replaceable` says so (`plancode site` replaces an
// empty folder or a site it wrote, never a folder of the user's files given by mistake as -o).
// Node only; the callers turn the errors into their own messages.
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface DirFile {
  /** Relative to the folder, with `/`; no `..`. */
  path: string;
  text: string | Uint8Array;
}

export class NotReplaceableError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: "notAFolder" | "notOurs",
  ) {
    super(`${dir}: ${reason === "notAFolder" ? "exists and is not a folder" : "holds files this tool did not write"}`);
    this.name = "NotReplaceableError";
  }
}

export interface ReplaceOptions {
  /** Whether the existing, non-empty folder `dir` may be replaced. */
  replaceable(dir: string): boolean;
}

/** Where DIR really is: a symbolic link is followed, so the link keeps pointing at the new folder. */
function target(dir: string): string {
  const abs = resolve(dir);
  try {
    return lstatSync(abs).isSymbolicLink() ? realpathSync(abs) : abs;
  } catch {
    return abs;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Replaces (or creates) the folder `dir` with exactly `files`. Throws a Node error or NotReplaceableError; DIR is then unchanged. */
export function replaceDir(dir: string, files: readonly DirFile[], options: ReplaceOptions): void {
  const final = target(dir);
  const present = exists(final);
  if (present) {
    if (!statSync(final).isDirectory()) throw new NotReplaceableError(dir, "notAFolder");
    if (readdirSync(final).length && !options.replaceable(final)) throw new NotReplaceableError(dir, "notOurs");
  }
  for (const f of files) {
    if (f.path.split("/").some((part) => part === ".." || part === "") || f.path.startsWith("/")) throw new Error(`invalid file name in the site: ${f.path}`);
  }
  mkdirSync(dirname(final), { recursive: true });
  const tmp = `${final}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    const made = new Set<string>([tmp]);
    for (const f of files) {
      const path = join(tmp, f.path);
      const folder = dirname(path);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(path, f.text);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (!present) {
    try {
      renameSync(tmp, final);
    } catch (error) {
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
    return;
  }
  const old = `${final}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(final, old);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(tmp, final);
  } catch (error) {
    renameSync(old, final);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** The first `max` characters of a text file, or undefined when it cannot be read (a `replaceable` test reads a marker there). */
export function readFileHead(path: string, max = 2000): string | undefined {
  try {
    return readFileSync(path, "utf8").slice(0, max);
  } catch {
    return undefined;
  }
}
