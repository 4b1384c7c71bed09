// How an issued document words dates, deadlines and cadences (DOCUMENT-FORMAT.md, "Dates and
// numbers"; the usage of Vietnamese administrative writing). The document is always Vietnamese.
import { toYMD, type Duration, type Temporal } from "../language/index.js";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `ngày 05 tháng 02 năm 2024`: days below 10 and the months 1 and 2 take a leading zero, the other
 * months do not (`tháng 9`) — so that nothing can be written in front of them afterwards.
 */
export function dateLine(day: number): string {
  const { year, month, day: d } = toYMD(day);
  return `ngày ${pad2(d)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}

/** `12/9/2023`: a date inside running text (the summary, a deadline), without leading zeros. */
export function shortDate(day: number): string {
  const { year, month, day: d } = toYMD(day);
  return `${d}/${month}/${year}`;
}

const QUARTERS = ["I", "II", "III", "IV"];

/**
 * A task's deadline in words: `hoàn thành trước ngày 31/12/2025`, `hoàn thành trong tháng 9/2023`,
 * `hoàn thành trong quý IV/2023`, `hoàn thành trong năm 2025`, `thường xuyên`.
 */
export function deadlineWords(due: Temporal | undefined): string | undefined {
  if (!due) return undefined;
  if (due.kind === "ongoing") return "thường xuyên";
  if (due.last === undefined) return undefined;
  const { year, month } = toYMD(due.last);
  switch (due.kind) {
    case "date":
      return `hoàn thành trước ngày ${shortDate(due.last)}`;
    case "month":
      return `hoàn thành trong tháng ${month}/${year}`;
    case "quarter":
      return `hoàn thành trong quý ${QUARTERS[Math.floor((month - 1) / 3)]}/${year}`;
    case "year":
      return `hoàn thành trong năm ${year}`;
  }
}

/** A deadline for the appendix's column: `Quý IV/2023`, `Thường xuyên`, `31/12/2025`. */
export function deadlineCell(due: Temporal | undefined): string {
  if (!due) return "";
  if (due.kind === "ongoing") return "Thường xuyên";
  if (due.last === undefined) return due.raw;
  const { year, month } = toYMD(due.last);
  switch (due.kind) {
    case "date":
      return shortDate(due.last);
    case "month":
      return `Tháng ${month}/${year}`;
    case "quarter":
      return `Quý ${QUARTERS[Math.floor((month - 1) / 3)]}/${year}`;
    case "year":
      return `Năm ${year}`;
  }
}

/** How often, in words: `hằng tháng`, `hằng quý`, `định kỳ 6 tháng`, `hằng năm`, `định kỳ 2 năm`. */
export function cadenceWords(every: Duration | undefined): string | undefined {
  if (!every || !(every.amount > 0)) return undefined;
  const months = every.unit === "years" ? every.amount * 12 : every.unit === "months" ? every.amount : undefined;
  if (months === undefined) return `định kỳ ${every.amount} ngày`;
  if (months === 1) return "hằng tháng";
  if (months === 3) return "hằng quý";
  if (months === 12) return "hằng năm";
  if (months % 12 === 0) return `định kỳ ${months / 12} năm`;
  return `định kỳ ${months} tháng`;
}

/** A quantity as Vietnamese writes it: `100%`, `1.500` (thousands with dots), `2,5`. */
export function quantityWords(raw: string, value: number, percent: boolean): string {
  if (!Number.isFinite(value)) return raw;
  const [int, frac] = String(value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${grouped}${frac ? `,${frac}` : ""}${percent ? "%" : ""}`;
}

/** The first letter in lower case (a title continuing a sentence: `Về tiếp tục …` → `về tiếp tục …`). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** The first letter in upper case. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** Collapses the spaces and line breaks of a multi-line string into running text. */
export function runningText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Ends a sentence with a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const t = runningText(text);
  return /[.!?:;…]$/.test(t) ? t : `${t}.`;
}
