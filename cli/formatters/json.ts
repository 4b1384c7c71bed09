// `json` — exactly the shape of ESLint's JSON formatter (LANGUAGE.md), one entry per file
// reported on, clean files included:
// [{"filePath","messages":[{"ruleId","severity","message","line","column","endLine","endColumn"}],"errorCount","warningCount"}]
// severity 2 = error, 1 = warning. ESLint has no lower level, so an `info` finding is written
// with severity 1 — but it is counted in neither errorCount nor warningCount (and never fails a
// run), so those counts always agree with the exit code.
import type { Formatter } from "./types.js";

export const json: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity === "error" ? 2 : 1,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
    })),
  )}\n`;
