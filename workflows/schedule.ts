// When periodic reports fall due. LANGUAGE.md: "each periodic report falls due (every N months
// from issuance, on its due day)". Report k (k = 1, 2, ...) of a series falls due on the first
// `due day` on or after issuance + k × N months. With `issued 12/9/2023`, `every 6 months due day
// 10` that is 10/4/2024, 10/10/2024, ... — the dates of LANGUAGE.md's status example. (Taking the
// due day of the month of issuance + k × N instead would give 10/3/2024, which contradicts the
// example.) A due day past the month's end means its last day. Without a due day a report is due
// on issuance + k × N itself.
import { addMonths, daysInMonth, dayNumber, toYMD } from "../language/index.js";
import { addSpan, type ReportSpec } from "./spec.js";

/** The first day numbered `dueDay` (clamped to the month's length) on or after `mark`. */
export function dueDayOnOrAfter(mark: number, dueDay: number): number {
  const { year, month } = toYMD(mark);
  const here = dayNumber(year, month, Math.min(dueDay, daysInMonth(year, month)));
  if (here >= mark) return here;
  const next = addMonths(dayNumber(year, month, 1), 1);
  const n = toYMD(next);
  return dayNumber(n.year, n.month, Math.min(dueDay, daysInMonth(n.year, n.month)));
}

/** The due date of report `k` (1-based) of a series, for a document issued on `issued`. */
export function reportDue(report: ReportSpec, issued: number, k: number): number {
  const mark = addSpan(issued, report.every, k);
  return report.dueDay === undefined ? mark : dueDayOnOrAfter(mark, report.dueDay);
}

export interface ReportInstance {
  /** Which series (index into the document's `reports`). */
  series: number;
  /** 1-based number within its series. */
  k: number;
  due: number;
}

/**
 * Every report instance due on or before `until`, across all series, in order of due date (ties:
 * series order). A `reported` event satisfies the earliest outstanding instance in this order.
 */
export function reportInstances(reports: readonly ReportSpec[], issued: number, until: number): ReportInstance[] {
  const out: ReportInstance[] = [];
  reports.forEach((report, series) => {
    for (let k = 1; k < 10_000; k++) {
      const due = reportDue(report, issued, k);
      if (due > until) break;
      out.push({ series, k, due });
    }
  });
  return out.sort((a, b) => a.due - b.due || a.series - b.series || a.k - b.k);
}
