// Localised message templates. Every user-facing text exists in Vietnamese and English;
// placeholders are `{name}` and are filled by `format`.

export type Locale = "vi" | "en";
export const LOCALES: readonly Locale[] = ["vi", "en"];

export interface Localized {
  vi: string;
  en: string;
}

export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Picks a locale from a setting or environment value (`vi_VN.UTF-8` → vi); English otherwise. */
export function toLocale(value: string | undefined, fallback: Locale = "en"): Locale {
  if (!value) return fallback;
  const v = value.toLowerCase();
  if (v.startsWith("vi")) return "vi";
  if (v.startsWith("en")) return "en";
  return fallback;
}

const DURATION_UNITS_VI: Record<string, string> = { day: "ngày", days: "ngày", month: "tháng", months: "tháng", year: "năm", years: "năm" };

/** A duration as written in a plan (`6 months`) in the reader's words: `6 tháng` in Vietnamese. */
export function durationText(raw: string, locale: Locale): string {
  if (locale !== "vi") return raw;
  const m = /^(\S+)\s+(\S+)$/.exec(raw.trim());
  const unit = m && DURATION_UNITS_VI[m[2]];
  return m && unit ? `${m[1]} ${unit}` : raw;
}
