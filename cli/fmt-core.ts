// `plancode fmt` without the formatter itself (handed in, so the file handling is testable on its
// own): finds the files, refuses broken ones, lists (--check) or rewrites (atomically) the rest.
//
// Writing a file: a temporary file in the same folder (a dot-file, which folder walks skip),
// written, given the original's mode (and owner, when running as root), fsynced, then renamed
// over the original — so a reader sees the old or the new text, never half. Just before the
// rename the original is compared with what was read (mtime, size and bytes); if anything changed
// meanwhile (an editor saved it) nothing is written. A link is written through: its target gets
// the new text and the link stays. A file with no write permission is refused (even for root),
// and any failure removes the temporary file and leaves the original untouched.
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { access, constants, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { LineIndex, syntaxMessage, type Locale, type Localized, type Span } from "../language/index.js";
import { CliError, cliMessage, errorDetail, errorLine, ioError } from "./errors.js";
import { readBytes, type CliIO } from "./io.js";
import { displayPath, findFiles, pathToUri } from "./load-workspace.js";
import { decodeUtf8 } from "./utf8.js";

export interface FormatProblem {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  /** The message in every locale, when the formatter renders it; else it is a syntax message id. */
  message?: Localized;
}

export type FormatOutcome = { ok: true; text: string; changed: boolean } | { ok: false; problems: readonly FormatProblem[] };

export type FormatFn = (uri: string, text: string) => FormatOutcome;

export interface FmtOptions {
  paths: readonly string[];
  check: boolean;
  locale?: string;
}

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/**
 * Formats the files the paths expand to. Exit code: 0 all formatted (or, with --check, all
 * already formatted); 1 some file would change (--check) or has syntax errors (it is left as
 * is); 2 a file could not be read or written (the others are still done).
 */
export async function runFmt(io: CliIO, options: FmtOptions, formatText: FormatFn): Promise<number> {
  const files = await findFiles(options.paths, io, { locale: options.locale });
  const locale = files.locale;
  let code = 0;
  const fail = (error: CliError): void => {
    io.stderr(errorLine(error.render(locale)));
    code = 2;
  };
  // Never write outside the workspace: a file whose real path (a symbolic link's target) lies
  // outside the root is not rewritten — unless that real path itself was named on the command line.
  const rootReal = await realpath(files.root).catch(() => files.root);
  const named = new Set(options.paths.map((p) => resolve(io.cwd, p)));
  for (const path of files.targets) {
    const shown = displayPath(io, path);
    let target: string;
    let before: Stats;
    let bytes: Uint8Array;
    try {
      target = await realpath(path);
      before = await stat(target);
      bytes = await readBytes(io, target);
    } catch (error) {
      fail(ioError("unreadable", shown, error));
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const at = new LineIndex(decoded.text).positionAt(decoded.offset);
      const message = syntaxMessage("invalidUtf8", { byte: String(decoded.badByte) }, locale);
      io.stderr(errorLine(refusal(shown, at.line + 1, at.character + 1, message, 1, locale)));
      code = Math.max(code, 1);
      continue;
    }
    let outcome: FormatOutcome;
    try {
      outcome = formatText(pathToUri(path), decoded.text);
    } catch (error) {
      // A formatter bug (it refuses rather than lose text): report it, leave the file, go on.
      fail(new CliError("formatCrashed", { path: shown, detail: errorDetail(error) }));
      continue;
    }
    if (!outcome.ok) {
      const lines = new LineIndex(decoded.text);
      const first = [...outcome.problems].sort((a, b) => a.span.start - b.span.start)[0];
      const at = lines.positionAt(first?.span.start ?? 0);
      const message = first ? problemMessage(first, locale) : "";
      io.stderr(errorLine(refusal(shown, at.line + 1, at.character + 1, message, outcome.problems.length, locale)));
      code = Math.max(code, 1);
      continue;
    }
    if (!outcome.changed || outcome.text === decoded.text) continue;
    if (options.check) {
      io.stdout(`${shown}\n`);
      code = Math.max(code, 1);
      continue;
    }
    if (!named.has(target) && isOutside(rootReal, target)) {
      fail(new CliError("outsideRoot", { path: shown, target: displayPath(io, target), root: displayPath(io, files.root) }));
      continue;
    }
    const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const encoded = new TextEncoder().encode(outcome.text);
    const output = hadBom ? concat(BOM, encoded) : encoded;
    try {
      await replaceFile(io, target, shown, before, bytes, output);
      io.stdout(`${shown}\n`);
    } catch (error) {
      fail(error instanceof CliError ? error : ioError("unwritable", shown, error));
    }
  }
  return code;
}

function isOutside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function problemMessage(p: FormatProblem, locale: Locale): string {
  if (p.message) return p.message[locale];
  const data = Object.fromEntries(Object.entries(p.data ?? {}).map(([k, v]) => [k, String(v)]));
  return syntaxMessage(p.messageId, data, locale);
}

function refusal(path: string, line: number, column: number, message: string, count: number, locale: Locale): string {
  return cliMessage("fmtSyntax", { path, line, column, message, count }, locale);
}

/** Atomically replaces `target` (a real path) with `output`, unless it changed since it was read as `original`. */
async function replaceFile(io: CliIO, target: string, shown: string, before: Stats, original: Uint8Array, output: Uint8Array): Promise<void> {
  if ((before.mode & 0o222) === 0) throw new CliError("readOnly", { path: shown });
  try {
    await access(target, constants.W_OK);
  } catch {
    throw new CliError("readOnly", { path: shown });
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.plancode-tmp`);
  let created = false;
  try {
    const handle = await open(temp, "wx", before.mode & 0o7777);
    created = true;
    try {
      await handle.writeFile(output);
      await handle.chmod(before.mode & 0o7777); // the mode given to open() is narrowed by the umask
      if (process.getuid?.() === 0) await handle.chown(before.uid, before.gid).catch(() => undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Refuse if someone else wrote the file since it was read.
    const now = await stat(target);
    const current = await readBytes(io, target);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino || !sameBytes(current, original)) {
      throw new CliError("changedOnDisk", { path: shown });
    }
    await rename(temp, target);
    created = false;
    await syncFolder(dirname(target));
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not every file system lets a folder be fsynced; the rename is done either way
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
