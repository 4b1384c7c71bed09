// `plancode fmt` without the formatter itself (handed in, so the file handling is testable on its
// own): finds the files, refuses broken ones, lists (--check) or rewrites the rest — atomically,
// and only if the file did not change since it was read (host/atomic-write.ts). A link is written
// through: its target gets the new text and the link stays.
import { resolve } from "node:path";
import { decodePlan, displayPath, isOutsideFolder, pathToUri, readForReplace, realPathOf, writeFileAtomic, WriteRefused, type ReadForReplace } from "../host/index.js";
import { LineIndex, syntaxMessage, type Locale, type Localized, type Span } from "../language/index.js";
import { CliError, cliMessage, errorDetail, errorLine, ioError } from "./errors.js";
import type { CliIO } from "./io.js";
import { findFiles } from "./workspace.js";

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
  const rootReal = await realPathOf(files.root);
  const named = new Set(options.paths.map((p) => resolve(io.cwd, p)));
  for (const path of files.targets) {
    const shown = displayPath(io, path);
    let read: ReadForReplace;
    try {
      read = await readForReplace(path, io.readFile?.bind(io));
    } catch (error) {
      fail(ioError("unreadable", shown, error));
      continue;
    }
    const { target, bytes } = read;
    const decoded = decodePlan(bytes);
    if (decoded.invalidUtf8) {
      const at = new LineIndex(decoded.text).positionAt(decoded.invalidUtf8.span.start);
      const message = syntaxMessage("invalidUtf8", decoded.invalidUtf8.data, locale);
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
    if (!named.has(target) && isOutsideFolder(rootReal, target)) {
      fail(new CliError("outsideRoot", { path: shown, target: displayPath(io, target), root: displayPath(io, files.root) }));
      continue;
    }
    const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const encoded = new TextEncoder().encode(outcome.text);
    const output = hadBom ? concat(BOM, encoded) : encoded;
    try {
      await writeFileAtomic(target, output, { read, readFile: io.readFile?.bind(io) });
      io.stdout(`${shown}\n`);
    } catch (error) {
      fail(error instanceof WriteRefused ? new CliError(error.reason, { path: shown }) : ioError("unwritable", shown, error));
    }
  }
  return code;
}

function problemMessage(p: FormatProblem, locale: Locale): string {
  if (p.message) return p.message[locale];
  const data = Object.fromEntries(Object.entries(p.data ?? {}).map(([k, v]) => [k, String(v)]));
  return syntaxMessage(p.messageId, data, locale);
}

function refusal(path: string, line: number, column: number, message: string, count: number, locale: Locale): string {
  return cliMessage("fmtSyntax", { path, line, column, message, count }, locale);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
