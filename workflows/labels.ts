// Words for people: lifecycle states and deadlines in Vietnamese and English (status tables,
// graph labels, simulation reports). Machine-readable output keeps the English state names of
// LANGUAGE.md (`implementing`, `approval:appraise`, `review final`).
import type { Locale } from "../language/index.js";

const STATES: Record<string, Record<Locale, string>> = {
  drafting: { vi: "Đang dự thảo", en: "Drafting" },
  approved: { vi: "Đã phê duyệt", en: "Approved" },
  issued: { vi: "Đã ban hành", en: "Issued" },
  disseminated: { vi: "Đã quán triệt", en: "Disseminated" },
  implementing: { vi: "Đang thực hiện", en: "Implementing" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
};

/** `implementing` → "Đang thực hiện"; `approval:appraise` → "Đang trình: appraise". */
export function stateLabel(state: string, locale: Locale): string {
  if (state.startsWith("approval:")) {
    const step = state.slice("approval:".length);
    return locale === "vi" ? `Đang trình: ${step}` : `In approval: ${step}`;
  }
  return STATES[state]?.[locale] ?? state;
}

const WHATS: Record<string, Record<Locale, string>> = {
  report: { vi: "Báo cáo", en: "Report" },
  "review preliminary": { vi: "Sơ kết", en: "Preliminary review" },
  "review final": { vi: "Tổng kết", en: "Final review" },
  approved: { vi: "Phê duyệt", en: "Approval" },
  issued: { vi: "Ban hành", en: "Issuance" },
  disseminated: { vi: "Quán triệt", en: "Dissemination" },
  closed: { vi: "Kết thúc", en: "Closing" },
};

/** `report` → "Báo cáo"; `approval:draft` → "Bước draft"; with `k`, "Báo cáo kỳ 2". */
export function whatLabel(what: string, locale: Locale, k?: number): string {
  if (what.startsWith("approval:")) {
    const step = what.slice("approval:".length);
    return locale === "vi" ? `Bước ${step}` : `Step ${step}`;
  }
  const base = WHATS[what]?.[locale] ?? what;
  if (k === undefined) return base;
  return locale === "vi" ? `${base} kỳ ${k}` : `${base} ${k}`;
}

/** The words of a deadline inside a sentence ("Quá hạn: báo cáo 10/12/2024"): `report` → "báo cáo", `approval:draft` → "bước draft". */
export function whatInSentence(what: string, locale: Locale): string {
  const words = whatLabel(what, locale);
  return words.charAt(0).toLocaleLowerCase(locale) + words.slice(1);
}

export const WORDS = {
  overdue: { vi: "Quá hạn", en: "Overdue" },
} as const;

const EVENTS: Record<string, Record<Locale, string>> = {
  submitted: { vi: "Trình", en: "Submitted" },
  returned: { vi: "Trả lại", en: "Returned" },
  approved: { vi: "Phê duyệt", en: "Approved" },
  issued: { vi: "Ban hành", en: "Issued" },
  disseminated: { vi: "Quán triệt", en: "Disseminated" },
  reported: { vi: "Báo cáo", en: "Reported" },
  "reviewed preliminary": { vi: "Sơ kết", en: "Preliminary review held" },
  "reviewed final": { vi: "Tổng kết", en: "Final review held" },
  closed: { vi: "Kết thúc", en: "Closed" },
};

/** A `history` event for people: `submitted` → "Trình"; `reviewed final` → "Tổng kết". */
export function eventLabel(word: string, locale: Locale): string {
  return EVENTS[word]?.[locale] ?? word;
}
