// When a document's reports fall due depends only on its report series, its last simulated day
// and its issuance date, and issuance falls in a short range (as-of .. the end). Rather than
// calendar arithmetic for every report of every document in every run, the kernel looks the due
// dates up by issuance day: one table per (series, first day, last day), shared by the documents
// that have the same (in the nationwide cascade ~40 tables for 10,829 documents), each slot (one
// issuance day) filled the first time a run issues on that day, so that a run reads a document's
// due dates at one offset. `DueSchedules` registers the schedules when compiling; `duesProgram`
// is the run-time part, self-contained like the run loop it belongs to (kernel-run.ts), with its
// own calendar arithmetic, which the tests check against `reportInstances` (schedule.ts, the one
// definition of due dates).
import type { ReportSpec } from "./spec.js";

/** The schedules, as KernelData carries them (per schedule s; its series are seriesOf[s] .. seriesOf[s + 1]). */
export interface DueScheduleData {
  /** Slots in all: one per issuance day lo .. last of each schedule. */
  dueSlots: number;
  schedLo: Int32Array;
  schedLast: Int32Array;
  /** Nothing due after this day. */
  schedEnd: Int32Array;
  /** First slot of each schedule. */
  schedBase: Int32Array;
  seriesOf: Int32Array;
  /** Per series: every N months and M days, due day (0: none). */
  seriesMonths: Int32Array;
  seriesDays: Int32Array;
  seriesDueDay: Int32Array;
}

export class DueSchedules {
  private readonly byKey = new Map<string, number>();
  private readonly lo: number[] = [];
  private readonly last: number[] = [];
  private readonly end: number[] = [];
  private readonly base: number[] = [];
  private readonly seriesOf: number[] = [0];
  private readonly months: number[] = [];
  private readonly days: number[] = [];
  private readonly dueDay: number[] = [];
  private slots = 0;

  /**
   * The schedule of `reports` for issuance on lo .. last, nothing due after `end`; returns its id.
   * (A simulated issuance: as-of .. end, since issuing later leaves nothing due; a recorded one: its day.)
   */
  add(reports: readonly ReportSpec[], lo: number, last: number, end: number): number {
    const series = reports.map((r) => [r.every.months, r.every.days, r.dueDay ?? 0]);
    const key = `${JSON.stringify(series)}|${lo}|${last}|${end}`;
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const id = this.lo.length;
    this.lo.push(lo);
    this.last.push(last);
    this.end.push(end);
    this.base.push(this.slots);
    this.slots += Math.max(0, last - lo + 1);
    for (const [m, d, dd] of series) {
      this.months.push(m);
      this.days.push(d);
      this.dueDay.push(dd);
    }
    this.seriesOf.push(this.months.length);
    this.byKey.set(key, id);
    return id;
  }

  data(): DueScheduleData {
    return {
      dueSlots: this.slots,
      schedLo: Int32Array.from(this.lo),
      schedLast: Int32Array.from(this.last),
      schedEnd: Int32Array.from(this.end),
      schedBase: Int32Array.from(this.base),
      seriesOf: Int32Array.from(this.seriesOf),
      seriesMonths: Int32Array.from(this.months),
      seriesDays: Int32Array.from(this.days),
      seriesDueDay: Int32Array.from(this.dueDay),
    };
  }
}

/** The run-time due tables (self-contained: see kernel-run.ts). */
export function duesProgram() {
  /** (year, month 1-12, day) of a day number (days since 1970-01-01; Howard Hinnant's civil_from_days). */
  function civil(days: number): [number, number, number] {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
  }

  /** The day number of (year, month 1-12, day) (days_from_civil). */
  function dayOf(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }

  function monthLength(year: number, month: number): number {
    if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }

  /** Day `day` (clamped to the month's length) of the month `months` after the month of (year, month). */
  function dayInMonth(year: number, month: number, months: number, day: number): number {
    const total = year * 12 + month - 1 + months;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    return dayOf(y, m, Math.min(day, monthLength(y, m)));
  }

  /**
   * Due dates of report series for issuance on `issued`, up to `hi`, in due order (ties: series
   * order), as schedule.ts defines them (`reportInstances`; the tests compare the two): report k
   * of `every N months M days due day D` falls on the first day D (clamped) on or after
   * issuance + k×N months (clamped) + k×M days; without a due day on that mark itself.
   */
  function dueDates(months: ArrayLike<number>, days: ArrayLike<number>, dueDay: ArrayLike<number>, from: number, to: number, issued: number, hi: number): number[] {
    const out: number[] = [];
    const [y0, m0, d0] = civil(issued);
    for (let s = from; s < to; s++) {
      for (let k = 1; k < 10_000; k++) {
        const mark = (months[s] ? dayInMonth(y0, m0, months[s] * k, d0) : issued) + days[s] * k;
        let due = mark;
        if (dueDay[s]) {
          const [y, m] = civil(mark);
          due = dayInMonth(y, m, 0, dueDay[s]);
          if (due < mark) due = dayInMonth(y, m, 1, dueDay[s]);
        }
        if (due > hi) break;
        let at = out.length;
        while (at > 0 && out[at - 1] > due) at--;
        out.splice(at, 0, due);
      }
    }
    return out;
  }

  /** The due-date tables of kernel-dues.ts: slots filled the first time a run needs them. */
  class DueTables {
    /**
     * Per slot, two ints: offset of its due dates in `pool` (-1 until filled) and their count.
     * Side by side, so a lookup touches one cache line (the run loop is bound by such misses).
     */
    readonly slots: Int32Array;
    /** Due dates, appended as slots are filled (reallocated as it grows). */
    pool = new Int32Array(1024);
    private used = 0;

    constructor(private readonly d: DueScheduleData) {
      this.slots = new Int32Array(2 * Math.max(1, d.dueSlots)).fill(-1);
    }

    /** Fills `slot` of schedule `id` (issuance on its first day + slot − its first slot); returns its offset in `pool`. */
    fill(id: number, slot: number): number {
      const d = this.d;
      const dues = dueDates(d.seriesMonths, d.seriesDays, d.seriesDueDay, d.seriesOf[id], d.seriesOf[id + 1], d.schedLo[id] + slot - d.schedBase[id], d.schedEnd[id]);
      if (this.used + dues.length > this.pool.length) {
        const bigger = new Int32Array(Math.max(this.pool.length * 2, this.used + dues.length));
        bigger.set(this.pool);
        this.pool = bigger;
      }
      const at = this.used;
      for (let k = 0; k < dues.length; k++) this.pool[at + k] = dues[k];
      this.used += dues.length;
      this.slots[2 * slot] = at;
      this.slots[2 * slot + 1] = dues.length;
      return at;
    }
  }

  return { DueTables, dueDates };
}

/** For the tests: the kernel's due dates of report series. */
export const dueDates = duesProgram().dueDates;
