// File paths ↔ file URIs, and paths as shown to a person. The workspace model keys files by URI
// (what the language server receives); the disk wants paths.
//
// These conversions run for every file of a lint (11,000 at scale 1, ~0.3 s through the URL and
// path modules). A plain POSIX path — absolute, normalised, of letters, digits and `/._-` only,
// which URLs keep as they are — takes a shortcut with the same result; anything else goes through
// `url`/`path` (test/cli/paths.test.ts compares the two on 20,000 random and tricky paths).
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PLAIN_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const PLAIN_URI = /^file:\/\/\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Whether `path` is plain (see above) with no `.`/`..` segment. */
function isPlainPath(path: string): boolean {
  return sep === "/" && PLAIN_PATH.test(path) && !path.includes("/./") && !path.includes("/../") && !/\/\.\.?$/.test(path);
}

/** The file URI of an absolute path. */
export function pathToUri(path: string): string {
  return isPlainPath(path) ? `file://${path}` : pathToFileURL(path).href;
}

/** The path of a `file:` URI; undefined for another scheme (`untitled:`) or a URI that names no file. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  if (sep === "/" && PLAIN_URI.test(uri) && isPlainPath(uri.slice(7))) return uri.slice(7);
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A path or file URI as shown to the user: relative to the cwd when below it, else absolute. */
export function displayPath(from: { readonly cwd: string }, pathOrUri: string): string {
  const path = uriToPath(pathOrUri) ?? pathOrUri;
  const cwd = from.cwd;
  // Below a plain cwd, a plain path's relative form is what follows the cwd and a slash.
  if (isPlainPath(path) && isPlainPath(cwd) && path.startsWith(cwd) && path[cwd.length] === "/") return path.slice(cwd.length + 1);
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return isOutside(rel) ? path : rel;
}

/** `abs` relative to `base` with `/` separators ("" for the base itself), or undefined outside it. */
export function relativeInside(base: string, abs: string): string | undefined {
  // Asked for every entry of a folder walk: plain paths below a plain base take the shortcut.
  if (isPlainPath(abs) && isPlainPath(base) && abs.startsWith(base) && abs[base.length] === "/") return abs.slice(base.length + 1);
  if (abs === base) return "";
  const rel = relative(base, abs);
  if (isOutside(rel)) return undefined;
  return rel.split(sep).join("/");
}

/** Whether `path` lies outside the folder `root` (both absolute). */
export function isOutsideFolder(root: string, path: string): boolean {
  return isOutside(relative(root, path));
}

/** Whether a `relative()` result leaves its base folder. */
function isOutside(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
