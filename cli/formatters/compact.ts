// `compact` — ESLint's compact format, one line per finding, for editors' problem matchers and
// grep: `/abs/path.plan: line 3, col 5, Error - message (rule-id)`, then `N problems`. The frame
// is English whatever the locale (severity words, summary), so one pattern matches every run —
// VS Code's built-in `$eslint-compact` and the `$plancode` matcher the extension contributes —
// while the message itself is in the user's language. Paths are absolute, as ESLint writes them.
import { singleLine, totals, type Formatter } from "./types.js";

const SEVERITY = { error: "Error", warning: "Warning", info: "Info" } as const;

export const compact: Formatter = (results) => {
  let out = "";
  for (const r of results) {
    for (const m of r.messages) {
      out += `${r.filePath}: line ${m.line}, col ${m.column}, ${SEVERITY[m.severity]} - ${singleLine(m.message)} (${m.ruleId})\n`;
    }
  }
  const { problems } = totals(results);
  return problems ? `${out}\n${problems} problem${problems === 1 ? "" : "s"}\n` : out;
};
