// Writing a `.plan` file's new text over the file as it was read — for `fmt` and `lint --fix`
// alike: its byte-order mark kept, atomically (host/atomic-write.ts: temp file, rename, nothing
// written if the file changed since it was read), and never through a symbolic link to outside
// the workspace unless that real path was itself named on the command line.
import { resolve } from "node:path";
import { decodePlan, displayPath, isOutsideFolder, readForReplace, realPathOf, uriToPath, writeFileAtomic, WriteRefused, type ReadForReplace } from "../host/index.js";
import { CliError, ioError } from "./errors.js";
import type { CliIO } from "./io.js";
import type { LoadedWorkspace } from "./workspace.js";

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/** Where a run may write: the workspace's real root, and the paths named on its command line. */
export interface WriteScope {
  root: string;
  rootReal: string;
  named: ReadonlySet<string>;
}

export async function writeScope(io: CliIO, root: string, paths: readonly string[]): Promise<WriteScope> {
  return { root, rootReal: await realPathOf(root), named: new Set(paths.map((p) => resolve(io.cwd, p))) };
}

/** Why a write failed, in the CLI's words: refused (read-only, changed meanwhile) or the fs error. */
export function writeError(error: unknown, shown: string, changed: "changedOnDisk" | "changedWhileFixing" = "changedOnDisk"): CliError {
  if (!(error instanceof WriteRefused)) return ioError("unwritable", shown, error);
  return new CliError(error.reason === "changedOnDisk" ? changed : error.reason, { path: shown });
}

/** Writes `text` over the file `read` came from; the error to report (nothing written), if any. */
export async function writePlanText(
  io: CliIO,
  read: ReadForReplace,
  shown: string,
  text: string,
  scope: WriteScope,
  changed: "changedOnDisk" | "changedWhileFixing" = "changedOnDisk",
): Promise<CliError | undefined> {
  const { target, bytes } = read;
  if (!scope.named.has(target) && isOutsideFolder(scope.rootReal, target)) {
    return new CliError("outsideRoot", { path: shown, target: displayPath(io, target), root: displayPath(io, scope.root) });
  }
  const encoded = new TextEncoder().encode(text);
  const output = hasBom(bytes) ? concat(BOM, encoded) : encoded;
  try {
    await writeFileAtomic(target, output, { read, readFile: io.readFile?.bind(io) });
    return undefined;
  } catch (error) {
    return writeError(error, shown, changed);
  }
}

/** Whether the bytes start with UTF-8's byte-order mark (kept when the text is written back). */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Writes the texts the fixes changed, each only if the file on disk is still what was checked
 * (an editor may have saved it meanwhile); the errors of the files left as they were.
 */
export async function writeFixedFiles(loaded: LoadedWorkspace, fixed: ReadonlyMap<string, string>, paths: readonly string[], io: CliIO): Promise<CliError[]> {
  const errors: CliError[] = [];
  const scope = await writeScope(io, loaded.root, paths);
  for (const [uri, text] of fixed) {
    const path = loaded.paths.get(uri) ?? uriToPath(uri)!;
    const shown = displayPath(io, path);
    try {
      const read = await readForReplace(path, io.readFile?.bind(io));
      const refused =
        decodePlan(read.bytes).text === loaded.texts.get(uri)
          ? await writePlanText(io, read, shown, text, scope, "changedWhileFixing")
          : new CliError("changedWhileFixing", { path: shown });
      if (refused) errors.push(refused);
    } catch (error) {
      errors.push(ioError("unreadable", shown, error));
    }
  }
  return errors;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
