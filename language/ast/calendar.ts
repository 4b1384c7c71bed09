// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Plans speak in whole days, so
// an integer is exact, cheap to compare, and free of time zones.

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  // Integer arithmetic (days from civil) for ordinary years — the parser converts every date and
  // Date.UTC showed in its profile. Same result as Date.UTC, which is kept for what it treats
  // specially (years 0-99 mean 1900-1999) and for anything that is not an integer.
  if (year >= 100 && year <= 200_000 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    const m0 = month - 1;
    const y = year + Math.floor(m0 / 12);
    const m = m0 - Math.floor(m0 / 12) * 12 + 1;
    if (y >= 100) return daysFromCivil(y, m, 1) + day - 1;
  }
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Days since 1970-01-01 of a proleptic Gregorian date with 1 <= month <= 12 (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Arithmetic for ordinary years and months; Date for the rest (as dayNumber).
  if (year >= 100 && year <= 200_000 && Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
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

/**
 * The calendar day of `now` in the local time zone (only the CLI and server edges call this; the
 * core takes dates as input). Local, not UTC: in Vietnam (UTC+7) the UTC day is yesterday until
 * 07:00, and the editor must agree with `plancode status`.
 */
export function today(now: Date = new Date()): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
