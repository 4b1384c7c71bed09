// Token → value conversion for literals: strings, dates and periods, durations, quantities.
import type { IToken } from "chevrotain";
import type { Duration, DurationUnit, Quantity, StringLit, SyntaxProblem, Temporal } from "../ast/nodes.js";
import { dayNumber, daysInMonth, isValidDate } from "../ast/calendar.js";
import * as T from "../lexer/tokens.js";

function spanOf(t: IToken) {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

export function unescapeString(raw: string): string {
  const body = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
  return body.indexOf("\\") < 0 ? body : body.replace(/\\([\s\S])/g, "$1");
}

export function stringOf(t: IToken): StringLit {
  return { kind: "string", value: unescapeString(t.image), raw: t.image, span: spanOf(t) };
}

export function quantityOf(t: IToken): Quantity {
  const percent = t.image.endsWith("%");
  const digits = percent ? t.image.slice(0, -1).replace(",", ".") : t.image;
  return { kind: percent ? "percent" : "number", value: Number(digits), raw: t.image, span: spanOf(t) };
}

const UNIT_OF: Record<string, DurationUnit> = {
  day: "days",
  days: "days",
  month: "months",
  months: "months",
  year: "years",
  years: "years",
};

export function durationOf(amount: IToken, unit: IToken): Duration {
  return {
    amount: Number(amount.image),
    unit: UNIT_OF[unit.image] ?? "days",
    raw: `${amount.image} ${unit.image}`,
    span: { start: amount.startOffset, end: unit.startOffset + unit.image.length },
  };
}

/** The numbers written in `raw`, in order (`"15/6/2023"` → 15, 6, 2023): `raw.match(/\d+/g).map(Number)` without the regex. */
function digitRuns(raw: string): number[] {
  const out: number[] = [];
  let value = -1;
  for (let i = 0; i < raw.length; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) value = value < 0 ? d : value * 10 + d;
    else if (value >= 0) {
      out.push(value);
      value = -1;
    }
  }
  if (value >= 0) out.push(value);
  return out;
}

/** Converts a date-like token; an impossible date (`31/2/2024`) is kept without days and reported. */
export function temporalOf(t: IToken, problems: SyntaxProblem[]): Temporal {
  const raw = t.image;
  const span = spanOf(t);
  const invalid = (kind: Temporal["kind"], style: Temporal["style"]): Temporal => {
    problems.push({ messageId: "invalidDate", data: { text: raw }, span });
    return { kind, raw, span, style };
  };
  const nums = digitRuns(raw);
  switch (t.tokenType) {
    case T.IsoDate: {
      const [y, m, d] = nums;
      if (!isValidDate(y, m, d)) return invalid("date", "iso");
      const day = dayNumber(y, m, d);
      return { kind: "date", raw, span, style: "iso", first: day, last: day };
    }
    case T.ViDate: {
      const [d, m, y] = nums;
      if (!isValidDate(y, m, d)) return invalid("date", "vi");
      const day = dayNumber(y, m, d);
      return { kind: "date", raw, span, style: "vi", first: day, last: day };
    }
    case T.IsoMonth:
    case T.ViMonth: {
      const style = t.tokenType === T.IsoMonth ? "iso" : "vi";
      const [y, m] = style === "iso" ? nums : [nums[1], nums[0]];
      if (m < 1 || m > 12) return invalid("month", style);
      return { kind: "month", raw, span, style, first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)) };
    }
    case T.Quarter: {
      const [q, y] = nums;
      const lastMonth = q * 3;
      return {
        kind: "quarter",
        raw,
        span,
        style: "vi",
        first: dayNumber(y, lastMonth - 2, 1),
        last: dayNumber(y, lastMonth, daysInMonth(y, lastMonth)),
      };
    }
    case T.NumberLiteral: {
      if (!(raw.length === 4 && nums.length === 1)) {
        problems.push({ messageId: "expectedDate", data: { text: raw }, span });
        return { kind: "year", raw, span, style: "iso" };
      }
      const y = Number(raw);
      return { kind: "year", raw, span, style: "iso", first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
    }
    default:
      return { kind: "ongoing", raw, span, style: "iso" };
  }
}
