// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Plans speak in whole days, so
// an integer is exact, cheap to compare, and free of time zones.

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function toYMD(days: number): YMD {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `2023-09-12` */
export function formatIso(days: number): string {
  const { year, month, day } = toYMD(days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `12/09/2023`, the way Vietnamese documents write dates. */
export function formatVi(days: number): string {
  const { year, month, day } = toYMD(days);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Adds calendar months, clamping the day to the target month's length (31/1 + 1 month = 28/2 or 29/2). */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = toYMD(days);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The day `dueDay` of the month that `days` falls in, clamped to the month's length. */
export function dayOfSameMonth(days: number, dueDay: number): number {
  const { year, month } = toYMD(days);
  return dayNumber(year, month, Math.min(Math.max(1, dueDay), daysInMonth(year, month)));
}

/** Parses an ISO date `YYYY-MM-DD` (as used by `--as-of`) or a Vietnamese `D/M/YYYY`; undefined if invalid. */
export function parseDayString(text: string): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (m) return validDay(+m[3], +m[2], +m[1]);
  return undefined;
}

function validDay(year: number, month: number, day: number): number | undefined {
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : undefined;
}

/** Today as a day number (only the CLI and server edges call this; the core takes dates as input). */
export function today(): number {
  return Math.floor(Date.now() / MS_PER_DAY);
}
