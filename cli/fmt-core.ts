// `plancode fmt` without the formatter itself (handed in, so the file handling is testable on its
// own): finds the files, refuses broken ones, lists (--check) or rewrites the rest — atomically,
// and only if the file did not change since it was read (host/atomic-write.ts). A link is written
// through: its target gets the new text and the link stays.
import { decodePlan, displayPath, pathToUri, readForReplace, type ReadForReplace } from "../host/index.js";
import { LineIndex, syntaxMessage, type Locale, type Localized, type Span } from "../language/index.js";
import { CliError, errorDetail, errorLine, ioError } from "./errors.js";
import type { CliIO } from "./io.js";
import { hasBom, writePlanText, writeScope } from "./plan-writer.js";
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
  // Never write outside the workspace (plan-writer.ts).
  const scope = await writeScope(io, files.root, options.paths);
  for (const path of files.targets) {
    const shown = displayPath(io, path);
    let read: ReadForReplace;
    try {
      read = await readForReplace(path, io.readFile?.bind(io));
    } catch (error) {
      fail(ioError("unreadable", shown, error));
      continue;
    }
    const outcome = formatBytes(io, path, shown, read.bytes, locale, formatText);
    if (outcome.failure) {
      if (outcome.failure.exitCode === 2) fail(outcome.failure);
      else {
        io.stderr(errorLine(outcome.failure.render(locale)));
        code = Math.max(code, 1);
      }
      continue;
    }
    if (!outcome.changed) continue;
    if (options.check) {
      io.stdout(`${shown}\n`);
      code = Math.max(code, 1);
      continue;
    }
    const refused = await writePlanText(io, read, shown, outcome.text, scope);
    if (refused) fail(refused);
    else io.stdout(`${shown}\n`);
  }
  return code;
}

/**
 * `fmt --stdin [--stdin-filename PATH]`: the formatted text on standard output (its byte-order
 * mark kept), the locale from PATH's workspace. A text with syntax errors prints nothing and
 * exits 1, its first error on stderr, as for a file; with --check, exit 1 and the name if it
 * would change, nothing written either way.
 */
export async function runFmtStdin(io: CliIO, options: FmtOptions & { path: string }, formatText: FormatFn): Promise<number> {
  const bytes = (await io.readStdin?.()) ?? new Uint8Array();
  const files = await findFiles([], io, { locale: options.locale, unsaved: { path: options.path, bytes } });
  const path = files.targets[0];
  const shown = displayPath(io, path);
  const outcome = formatBytes(io, path, shown, bytes, files.locale, formatText);
  if (outcome.failure) {
    io.stderr(errorLine(outcome.failure.render(files.locale)));
    return outcome.failure.exitCode;
  }
  if (options.check) {
    if (outcome.changed) io.stdout(`${shown}\n`);
    return outcome.changed ? 1 : 0;
  }
  io.stdout(hasBom(bytes) ? `\uFEFF${outcome.text}` : outcome.text);
  return 0;
}

type Formatted = { failure?: undefined; text: string; changed: boolean } | { failure: CliError };

/** A file's bytes formatted, or why not: syntax errors or bytes that are not UTF-8 (exit 1), a formatter crash (exit 2). */
function formatBytes(io: CliIO, path: string, shown: string, bytes: Uint8Array, locale: Locale, formatText: FormatFn): Formatted {
  const decoded = decodePlan(bytes);
  if (decoded.invalidUtf8) {
    const at = new LineIndex(decoded.text).positionAt(decoded.invalidUtf8.span.start);
    const message = syntaxMessage("invalidUtf8", decoded.invalidUtf8.data, locale);
    return { failure: refusal(shown, at.line + 1, at.character + 1, message, 1) };
  }
  let outcome: FormatOutcome;
  try {
    outcome = formatText(pathToUri(path), decoded.text);
  } catch (error) {
    // A formatter bug (it refuses rather than lose text): report it, leave the file, go on.
    return { failure: new CliError("formatCrashed", { path: shown, detail: errorDetail(error) }) };
  }
  if (!outcome.ok) {
    const lines = new LineIndex(decoded.text);
    const first = [...outcome.problems].sort((a, b) => a.span.start - b.span.start)[0];
    const at = lines.positionAt(first?.span.start ?? 0);
    return { failure: refusal(shown, at.line + 1, at.character + 1, first ? problemMessage(first, locale) : "", outcome.problems.length) };
  }
  return { text: outcome.text, changed: outcome.changed && outcome.text !== decoded.text };
}

function problemMessage(p: FormatProblem, locale: Locale): string {
  if (p.message) return p.message[locale];
  const data = Object.fromEntries(Object.entries(p.data ?? {}).map(([k, v]) => [k, String(v)]));
  return syntaxMessage(p.messageId, data, locale);
}

/** A file left as it was because it does not parse cleanly: exit 1, one line. */
function refusal(path: string, line: number, column: number, message: string, count: number): CliError {
  return new CliError("fmtSyntax", { path, line, column, message, count }, 1);
}
