// Findings (offset spans, messages in every locale) → LintResults (1-based lines and columns,
// messages in one locale, the safe fix as ESLint's `{range, text}`), the input of every lint
// formatter.
import { LineIndex, replacementOf, safeFix, type Finding, type Locale } from "../language/index.js";
import type { LintMessage, LintResult } from "./formatters/types.js";
import { displayPath, uriToPath } from "../host/index.js";

export function toLintResult(uri: string, text: string, findings: readonly Finding[], locale: Locale, cwd: string): LintResult {
  // Most files have no findings: index their lines only when needed.
  const lines = findings.length ? new LineIndex(text) : undefined;
  const messages: LintMessage[] = findings.map((f) => {
    const start = lines!.positionAt(f.span.start);
    const end = lines!.positionAt(Math.max(f.span.start, f.span.end));
    const fix = safeFix(f);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message[locale],
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      ...(fix ? { fix: replacementOf(text, fix) } : {}),
    };
  });
  const filePath = uriToPath(uri) ?? uri;
  return {
    uri,
    filePath,
    displayPath: displayPath({ cwd }, filePath),
    messages,
    errorCount: messages.filter((m) => m.severity === "error").length,
    warningCount: messages.filter((m) => m.severity === "warning").length,
    infoCount: messages.filter((m) => m.severity === "info").length,
  };
}
