// `stylish` — ESLint's default look: the findings grouped under each file's path, aligned
// columns (line:column, severity, message, rule id), then a summary line
// "✖ N problems (E errors, W warnings)" in the locale. Colours only when the context says so.
// Nothing at all for a clean run.
import type { Locale, Severity } from "../../language/index.js";
import { paint } from "../color.js";
import { singleLine, totals, type Formatter } from "./types.js";

const SEVERITY_WORDS: Record<Locale, Record<Severity, string>> = {
  en: { error: "error", warning: "warning", info: "info" },
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
};

export const stylish: Formatter = (results, context) => {
  const p = paint(context.color);
  const words = SEVERITY_WORDS[context.locale];
  let out = "";
  for (const result of results) {
    if (!result.messages.length) continue;
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, words[m.severity], singleLine(m.message), m.ruleId, m.severity] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => width(r[i]))));
    out += `\n${p.underline(result.displayPath)}\n`;
    for (const [pos, sev, message, rule, severity] of rows) {
      const colour = severity === "error" ? p.red : severity === "warning" ? p.yellow : p.cyan;
      out += `  ${p.dim(pad(pos, widths[0]))}  ${colour(pad(sev, widths[1]))}  ${pad(message, widths[2])}  ${p.dim(rule)}\n`;
    }
  }
  const t = totals(results);
  if (t.problems === 0) return out;
  const summary = `✖ ${summaryText(t, context.locale)}`;
  const colour = t.errors ? p.red : t.warnings ? p.yellow : p.cyan;
  return `${out}\n${colour(p.bold(summary))}\n`;
};

export function summaryText(t: { errors: number; warnings: number; infos: number; problems: number }, locale: Locale): string {
  if (locale === "vi") {
    const info = t.infos ? `, ${t.infos} thông tin` : "";
    return `${t.problems} vấn đề (${t.errors} lỗi, ${t.warnings} cảnh báo${info})`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const info = t.infos ? `, ${t.infos} info` : "";
  return `${plural(t.problems, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}${info})`;
}

/** Display width: code points, combining marks count 0, wide East Asian characters 2. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (/\p{M}/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function pad(s: string, to: number): string {
  return s + " ".repeat(Math.max(0, to - width(s)));
}
