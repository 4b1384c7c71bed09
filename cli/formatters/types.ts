// What a lint formatter gets: per-file results with 1-based positions and messages already in the
// chosen locale, and the context (locale, cwd, colours, the rules). A formatter is one function,
// results → string (ESLint's shape for formatters).
import type { Locale, Rule } from "../../language/index.js";

/** One finding as the formatters and the API show it: declared once, with the API's public types. */
export type { LintMessage } from "../../api/types.js";
import type { LintMessage } from "../../api/types.js";

export interface LintResult {
  uri: string;
  /** Absolute file-system path. */
  filePath: string;
  /** The path as shown to the user: relative to the cwd when below it, else absolute. */
  displayPath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** Findings at `info` severity: shown, but counted neither as errors nor as warnings. */
  infoCount: number;
  /** The file's text after `--fix` or `--fix-dry-run`, when fixes changed it (ESLint's `output`). */
  output?: string;
}

export interface FormatterContext {
  locale: Locale;
  cwd: string;
  /** Use ANSI colours (human-readable formats only). */
  color: boolean;
  /** Every rule, in registry order (SARIF lists them all). */
  rules: readonly Rule[];
  tool: { name: string; version: string; informationUri: string };
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/** Totals over all results. */
export function totals(results: readonly LintResult[]): { errors: number; warnings: number; infos: number; problems: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
  }
  return { errors, warnings, infos, problems: errors + warnings + infos };
}

/** A message on one line (a message may quote text that spans lines). */
export function singleLine(s: string): string {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
}
