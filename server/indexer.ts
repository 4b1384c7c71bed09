// The server's only disk access: finding the `.plan` files and `plancode.json` files of a
// workspace folder, and reading files.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SyntaxProblem } from "../language/index.js";

export interface FolderFiles {
  plans: string[];
  configs: string[];
}

/**
 * Every `.plan` and `plancode.json` below a folder, as file URIs (sorted). Like `plancode lint`:
 * `node_modules` and dot entries are skipped; symbolic links are followed, each real folder
 * walked once (so loops end).
 */
export async function findFiles(folderUri: string): Promise<FolderFiles> {
  const out: FolderFiles = { plans: [], configs: [] };
  const root = uriToPath(folderUri);
  if (!root) return out;
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const path = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) await walk(path);
      else if (isFile && e.name.endsWith(".plan")) out.plans.push(pathToUri(path));
      else if (isFile && e.name === "plancode.json") out.configs.push(pathToUri(path));
    }
  };
  await walk(root);
  out.plans.sort();
  out.configs.sort();
  return out;
}

/** A file's text, or undefined when it cannot be read. A BOM is dropped. */
export async function readText(uri: string): Promise<string | undefined> {
  return (await readPlan(uri))?.text;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * A `.plan` file from disk. Bytes that are not UTF-8 are decoded leniently (U+FFFD) and marked
 * with a `syntax` problem (`invalidUtf8`) at the first bad one, as `plancode lint` does.
 */
export async function readPlan(uri: string): Promise<{ text: string; problem?: SyntaxProblem } | undefined> {
  const path = uriToPath(uri);
  if (!path) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const offset = text.indexOf("\uFFFD");
    const badByte = Math.max(0, Buffer.from(text.slice(0, Math.max(0, offset)), "utf8").length + (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
    const at = Math.max(0, offset);
    return { text, problem: { messageId: "invalidUtf8", data: { byte: String(badByte) }, span: { start: at, end: Math.min(at + 1, text.length) } } };
  }
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** One spelling per file: clients encode URIs differently (`%3A`, `%20`, drive letters). */
export function canonicalUri(uri: string): string {
  const path = uriToPath(uri);
  return path ? pathToUri(path) : uri;
}

/**
 * The folder a workspace folder's plans belong to: the nearest folder at or above it holding
 * `plancode.json` (as `plancode lint` finds its root), else the folder itself.
 */
export async function workspaceRoot(folderUri: string): Promise<string> {
  const start = uriToPath(folderUri);
  if (!start) return folderUri;
  for (let dir = start; ; dir = dirname(dir)) {
    const found = await stat(join(dir, "plancode.json")).catch(() => undefined);
    if (found?.isFile()) return pathToUri(dir);
    if (dirname(dir) === dir) return folderUri;
  }
}
