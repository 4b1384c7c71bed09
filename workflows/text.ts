// Plain-text building blocks for the human-readable outputs of status and simulation, shared by
// the CLI and the language server so that both print the same thing: dates, counts and
// percentages in the reader's locale, and column-aligned tables.
import { formatIso, formatVi, parseDayString, type Locale } from "../language/index.js";

/** Emphasis for terminals; the default adds nothing (the server, files, NO_COLOR). */
export interface TextStyle {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

const same = (s: string): string => s;
export const PLAIN: TextStyle = { bold: same, red: same, yellow: same, dim: same };

/** A date as people write it: 30/06/2024 in Vietnamese, 2024-06-30 in English. */
export function showDate(day: number, locale: Locale): string {
  return locale === "vi" ? formatVi(day) : formatIso(day);
}

/** An ISO date string shown in the locale ("—" for none). */
export function showIso(iso: string | null, locale: Locale): string {
  if (iso === null) return "—";
  const day = parseDayString(iso);
  return day === undefined ? iso : showDate(day, locale);
}

/**
 * A probability as a whole percentage: `0.714` → "71%". Never rounded to a certainty it is not:
 * above 0 but under 0.5% is "<1%", under 1 but from 99.5% ">99%" (a plan on time in 997 runs of
 * 1000 is not "100%" on time).
 */
export function percent(p: number | null): string {
  if (p === null) return "—";
  if (p > 0 && p < 0.005) return "<1%";
  if (p < 1 && p >= 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

/** A count with the locale's digit grouping: 10.829 in Vietnamese, 10,829 in English. */
export function count(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Display width: characters after NFC (Vietnamese letters are precomposed, one column each); terminal colours take none. */
function width(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.normalize("NFC").replace(/\u001b\[[0-9;]*m/g, "")].length;
}

/** A plain-text table: a header row, a rule, then the rows; columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + " ".repeat(widths[c] - width(cell))))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
