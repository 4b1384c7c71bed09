// Dates, numbers, probabilities and lifecycle words in the reader's language: the workflow
// engine's own helpers (workflows/text.ts, workflows/labels.ts), so the dashboard says what
// `plancode status` and `plancode simulate` say (30/06/2024; 10.829; "<1%"; "Đang thực hiện").
import type { Locale } from "../../language/index.js";
import { count, eventLabel, percent, showDate, stateLabel, whatLabel } from "../../workflows/index.js";

export interface Format {
  date(day: number | null): string;
  count(n: number): string;
  percent(p: number | null): string;
  /** A percentage on a chart's axis: as precise as the ticks need (0,5% · 1% · 1,5%). */
  percentTick(p: number): string;
  state(state: string): string;
  what(what: string, k?: number | null): string;
  event(word: string): string;
}

export function formatFor(locale: Locale): Format {
  return {
    date: (day) => (day === null ? "—" : showDate(day, locale)),
    count: (n) => count(n, locale),
    percent: (p) => percent(p),
    percentTick: (p) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(p),
    state: (s) => stateLabel(s, locale),
    what: (w, k) => whatLabel(w, locale, k ?? undefined),
    event: (w) => eventLabel(w, locale),
  };
}

const MS_PER_DAY = 86_400_000;

/** A day number as a Date (UTC midnight) for the charts' time scales. */
export function dateOf(day: number): Date {
  return new Date(day * MS_PER_DAY);
}
