// The formatter behind `plancode fmt` and the language server's document formatting: one
// canonical layout for a `.plan` file, computed from its AST (statements and their spans), its
// tokens and its comments. Pure: text in, text out.
//
// The layout:
// - Two spaces of indentation per block level; one statement per line; single spaces between
//   tokens, none before a comma (`covers T1, T2`, `support a, b`); no trailing blanks.
// - Top level: exactly one blank line after each declaration (before the next declaration or
//   comment); between a comment and what follows it, a blank line only where the source had one.
// - Inside blocks: a blank line where the source had one or more (runs collapse to one), never
//   right after `{` or before `}`. A block with nothing on lines of its own inside prints `{}`.
// - Tokens are printed exactly as written: strings (escapes and line breaks included), dates
//   (`15/6/2023` stays, `Q4/2023` stays), numbers, percentages; a duration is its two tokens
//   (`30 days`). Statement order and clause order are kept, repeated clauses too.
// - Comments are never lost and keep their order. One that followed code on its line stays at
//   the end of that line (one space before it); one on its own line stays on its own line at the
//   block's indentation, before the statement (or `}`) that followed it. A comment between the
//   tokens of one statement (or of a block's header) moves to the end of that statement's line
//   (after `{` for a header); as only one line comment can end a line, earlier line comments bound
//   there go on their own lines just above it. Block comments keep their text verbatim (inner
//   lines are not re-indented); line comments lose trailing blanks.
// - The file ends with exactly one line ending; an empty file stays empty. The line ending is the
//   one the file mostly uses between tokens (`\n`, `\r\n` or `\r`; ties go to `\n`); line breaks
//   inside strings and block comments are text and kept as they are. A leading BOM is kept.
//
// Invariants (test/format): idempotent; the output parses to the same AST (spans aside) with the
// same comments in the same order. formatFile also checks its output's tokens and comments
// against the input's and throws rather than return a text that lost anything.
import type { SourceFile, SyntaxProblem } from "../ast/nodes.js";
import { lex } from "../lexer/index.js";
import { parse } from "../parser/index.js";
import { layoutOf } from "./layout.js";
import { printLines } from "./printer.js";
import { FormatSource } from "./source.js";

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; problems: SyntaxProblem[] };

const BOM = "\ufeff";

/** The canonical layout of a file without syntax problems (callers check `file.problems` first). */
export function formatFile(file: SourceFile): string {
  if (file.problems.length > 0) {
    throw new Error(`formatFile: ${file.uri} has ${file.problems.length} syntax problem(s); only a file without syntax problems can be formatted`);
  }
  const source = new FormatSource(file);
  const lines = printLines(layoutOf(file.decls, source), source);
  const eol = source.lineEnding();
  const body = lines.length === 0 ? "" : lines.join(eol) + eol;
  const out = (file.text.startsWith(BOM) ? BOM : "") + body;
  verify(file, out);
  return out;
}

/** Formats a text, or refuses (`ok: false`) when it has syntax problems. */
export function formatText(uri: string, text: string): FormatResult {
  const file = parse(uri, text);
  if (file.problems.length > 0) return { ok: false, problems: file.problems };
  const formatted = formatFile(file);
  return { ok: true, text: formatted, changed: formatted !== text };
}

/** Throws when the output's tokens or comments differ from the input's (a formatter bug). */
function verify(file: SourceFile, out: string): void {
  const before = lex(file.text);
  const after = lex(out);
  const tokens = (r: typeof before): string[] => r.tokens.map((t) => t.image);
  const comments = (r: typeof before): string[] => r.comments.map((c) => (c.block ? c.text : c.text.trimEnd()));
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  if (after.problems.length > 0 || !same(tokens(before), tokens(after)) || !same(comments(before), comments(after))) {
    throw new Error(`formatFile: internal error, the layout of ${file.uri} would change its tokens or comments; not formatted`);
  }
}
