// What `status`, `simulate` and `graph` share: the `--as-of` date (default: today, from the io's
// clock) and their own usage errors. Localized dates, percentages and tables are workflows/text.ts
// (the server prints the same), re-exported here.
import { closest, format, parseDayString, today, type Locale, type Localized } from "../../language/index.js";
import { CliError } from "../errors.js";
import type { CliIO } from "../io.js";

export { percent, showDate, showIso, table } from "../../workflows/index.js";

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
    /** What went wrong (`badDate`, `unknownDocument`): the API's error code. */
    readonly id: keyof typeof MESSAGES,
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
  return today(io.now ? io.now() : new Date());
}

/** The `--as-of` flag's day (default: today). */
export function asOfDay(flag: string | undefined, io: CliIO, name = "--as-of"): number {
  if (flag === undefined) return todayOf(io);
  const day = parseDayString(flag);
  if (day === undefined) throw new WorkflowCliError("badDate", { flag: name, value: flag });
  return day;
}
