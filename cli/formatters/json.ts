// `json` — exactly the shape of ESLint's JSON formatter (LANGUAGE.md), one entry per file
// reported on, clean files included:
// [{"filePath","messages":[{"ruleId","severity","message","line","column","endLine","endColumn"}],"errorCount","warningCount"}]
// severity 2 = error, 1 = warning. ESLint has no lower level, so an `info` finding is written
// with severity 1 — but it is counted in neither errorCount nor warningCount (and never fails a
// run), so those counts always agree with the exit code. As in ESLint, a message with a fix that
// `--fix` would apply carries it (`"fix": {"range": [start, end], "text": "…"}`, UTF-16 offsets
// into the file), and a file that `--fix` or `--fix-dry-run` changed carries its new text (`"output"`).
import type { Formatter, LintResult } from "./types.js";

/** The results as ESLint's JSON formatter writes them (shared with `json-with-metadata`). */
export function eslintResults(results: readonly LintResult[]) {
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity === "error" ? 2 : 1,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: m.fix } : {}),
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    ...(r.output !== undefined ? { output: r.output } : {}),
  }));
}

export const json: Formatter = (results) => `${JSON.stringify(eslintResults(results))}\n`;
