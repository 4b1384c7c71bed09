// What `status`, `simulate` and `graph` share: the `--as-of` date (default: today, from the io's
// clock), localized dates and percentages, plain-text tables, and their own usage errors.
import { closest, dayNumber, format, formatIso, formatVi, parseDayString, type Locale, type Localized } from "../../language/index.js";
import { CliError } from "../errors.js";
import type { CliIO } from "../io.js";

const MESSAGES = {
  badDate: {
    vi: "ngày '{value}' của '{flag}' không hợp lệ (cần YYYY-MM-DD hoặc D/M/YYYY)",
    en: "invalid date '{value}' for '{flag}' (expected YYYY-MM-DD or D/M/YYYY)",
  },
  unknownDocument: {
    vi: "không có kế hoạch hay chỉ thị nào tên '{name}'{hint}",
    en: "no plan or directive named '{name}'{hint}",
  },
} satisfies Record<string, Localized>;

/** A usage error of these commands (exit 2), with its own localized message. */
export class WorkflowCliError extends CliError {
  constructor(
    private readonly id: keyof typeof MESSAGES,
    private readonly values: Record<string, string>,
  ) {
    super("internalError", { detail: format(MESSAGES[id].en, { hint: "", ...values }) });
    this.name = "WorkflowCliError";
  }

  override render(locale: Locale): string {
    const hint = this.values.guess === undefined ? "" : locale === "vi" ? `; có phải ý bạn là '${this.values.guess}'?` : `; did you mean '${this.values.guess}'?`;
    return format(MESSAGES[this.id][locale], { hint, ...this.values });
  }
}

export function unknownDocument(name: string, names: readonly string[]): WorkflowCliError {
  const guess = closest(name, names);
  return new WorkflowCliError("unknownDocument", guess ? { name, guess } : { name });
}

/** Problems in plancode.json's `simulation` key: one line each, exit 2 (like an invalid plancode.json). */
export class SimulationConfigError extends CliError {
  constructor(
    private readonly shownPath: string,
    private readonly messages: Localized[],
  ) {
    super("invalidConfig", { path: shownPath });
    this.name = "SimulationConfigError";
  }

  /** Messages start "plancode.json: ..." (as the config loader's do): show the path instead. */
  private line(message: Localized, locale: Locale): string {
    const text = message[locale];
    return text.startsWith("plancode.json") ? this.shownPath + text.slice("plancode.json".length) : `${this.shownPath}: ${text}`;
  }

  override render(locale: Locale): string {
    return this.messages.length ? this.line(this.messages[0], locale) : super.render(locale);
  }

  override lines(locale: Locale): string[] {
    return this.messages.map((m) => this.line(m, locale));
  }
}

/** Today in the local time zone, from the io's clock. */
export function todayOf(io: CliIO): number {
  const now = io.now ? io.now() : new Date();
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The `--as-of` flag's day (default: today). */
export function asOfDay(flag: string | undefined, io: CliIO, name = "--as-of"): number {
  if (flag === undefined) return todayOf(io);
  const day = parseDayString(flag);
  if (day === undefined) throw new WorkflowCliError("badDate", { flag: name, value: flag });
  return day;
}

/** A date as people write it: 30/06/2024 in Vietnamese, 2024-06-30 in English. */
export function showDate(day: number, locale: Locale): string {
  return locale === "vi" ? formatVi(day) : formatIso(day);
}

/** An ISO date string shown in the locale. */
export function showIso(iso: string | null, locale: Locale): string {
  if (iso === null) return "—";
  const day = parseDayString(iso);
  return day === undefined ? iso : showDate(day, locale);
}

/** `0.714` → "71%". */
export function percent(p: number | null): string {
  return p === null ? "—" : `${Math.round(p * 100)}%`;
}

/** Display width: characters after NFC (Vietnamese letters are precomposed, one column each). */
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
