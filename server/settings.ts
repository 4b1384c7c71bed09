// Editor settings (`plancode.*`), from initializationOptions and workspace/configuration.
import { parseDayString, ruleById, toLocale, type Locale, type SeveritySetting } from "../language/index.js";

export type InlayDates = "vi" | "iso" | "off";

export interface Settings {
  /** `auto` defers to `plancode.json`, then the environment. */
  locale: Locale | "auto";
  /** `vi`: show the Vietnamese form after ISO dates; `iso`: the ISO form after Vietnamese dates. */
  inlayDates: InlayDates;
  /** A fixed "today" (day number) for status and code lens; for demos and tests. */
  asOf?: number;
  /** Rule severities from the editor, over those of `plancode.json`. */
  rules: Record<string, SeveritySetting>;
  /**
   * The editor's display language (LSP `initialize` `locale`, e.g. VS Code's `vi`): what `auto`
   * falls back to when no `plancode.json` says, before the server's environment. Not a setting.
   */
  uiLocale?: Locale;
}

export const DEFAULT_SETTINGS: Settings = { locale: "auto", inlayDates: "vi", rules: {} };

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

/**
 * Reads settings from any of the shapes clients send: `{plancode: {...}}`, `{...}`, or flat
 * `{"plancode.locale": ...}`. Unknown or bad values keep the current setting.
 */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const out: Settings = { ...base };
  if (!raw || typeof raw !== "object") return out;
  const obj = raw as Record<string, unknown>;
  const section = (obj.plancode && typeof obj.plancode === "object" ? obj.plancode : obj) as Record<string, unknown>;
  const get = (k: string): unknown => section[k] ?? obj[`plancode.${k}`];
  const locale = get("locale");
  if (locale === "auto" || locale === "vi" || locale === "en") out.locale = locale;
  const inlay = get("inlayHints");
  const dates = inlay && typeof inlay === "object" ? (inlay as Record<string, unknown>).dates : get("inlayHints.dates");
  if (dates === "vi" || dates === "iso" || dates === "off") out.inlayDates = dates;
  const asOf = get("asOf");
  if (typeof asOf === "string") out.asOf = parseDayString(asOf) ?? out.asOf;
  const rules = get("rules");
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    out.rules = {};
    for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
      if (ruleById(id) && typeof value === "string" && SEVERITIES.has(value)) out.rules[id] = value as SeveritySetting;
    }
  }
  return out;
}

/** The locale for a file: the setting, else the file's `plancode.json`, else the editor's display language, else the environment. */
export function resolveLocale(settings: Settings, configLocale: Locale | undefined): Locale {
  if (settings.locale !== "auto") return settings.locale;
  return configLocale ?? settings.uiLocale ?? toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG, "en");
}

/** The editor's display language as a locale (`vi`, `vi-VN` → vi; `en-US` → en), if it is one of ours. */
export function displayLocale(language: unknown): Locale | undefined {
  if (typeof language !== "string") return undefined;
  const base = language.toLowerCase().split(/[-_]/)[0];
  return base === "vi" || base === "en" ? base : undefined;
}
