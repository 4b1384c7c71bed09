// `plancode.json`: rule severities, locale, ignore patterns. Parsed from text handed in by the
// caller; unknown keys and bad values become problems, never exceptions.
import { RULES, ruleById, type SeveritySetting } from "./checks/index.js";
import { closest } from "./text/similarity.js";
import type { Locale } from "./i18n/messages.js";

export const CONFIG_FILE = "plancode.json";

export interface PlancodeConfig {
  rules: Record<string, SeveritySetting>;
  locale?: Locale;
  /** Glob patterns (relative to the folder of plancode.json) the folder walk skips. */
  ignore: string[];
}

export interface ConfigProblem {
  messageId: keyof typeof CONFIG_MESSAGES;
  data: Record<string, string>;
}

export const CONFIG_MESSAGES = {
  invalidJson: { vi: "plancode.json không phải JSON hợp lệ: {detail}", en: "plancode.json is not valid JSON: {detail}" },
  notObject: { vi: "plancode.json phải là một đối tượng JSON", en: "plancode.json must be a JSON object" },
  unknownRule: { vi: "plancode.json: không có quy tắc '{rule}'", en: "plancode.json: unknown rule '{rule}'" },
  unknownRuleGuess: {
    vi: "plancode.json: không có quy tắc '{rule}'; có phải ý bạn là '{guess}'?",
    en: "plancode.json: unknown rule '{rule}'; did you mean '{guess}'?",
  },
  badSeverity: { vi: "plancode.json: mức '{value}' của quy tắc '{rule}' không hợp lệ (off, info, warning, error)", en: "plancode.json: invalid severity '{value}' for rule '{rule}' (off, info, warning, error)" },
  badLocale: { vi: "plancode.json: ngôn ngữ '{value}' không hợp lệ (vi, en)", en: "plancode.json: invalid locale '{value}' (vi, en)" },
  badIgnore: { vi: "plancode.json: 'ignore' phải là danh sách chuỗi", en: "plancode.json: 'ignore' must be a list of strings" },
  badRules: { vi: "plancode.json: 'rules' phải là một đối tượng (tên quy tắc → mức)", en: "plancode.json: 'rules' must be an object (rule id → severity)" },
  unknownKey: { vi: "plancode.json: khóa '{key}' không hợp lệ ('rules', 'locale', 'ignore', 'simulation')", en: "plancode.json: unknown key '{key}' (rules, locale, ignore, simulation)" },
  unknownKeyGuess: {
    vi: "plancode.json: khóa '{key}' không hợp lệ; có phải ý bạn là '{guess}'?",
    en: "plancode.json: unknown key '{key}'; did you mean '{guess}'?",
  },
} as const;

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

/**
 * The top-level keys: `simulation` is read by workflows/ (delays.ts), `$schema` by editors. Any
 * other key is a mistake (a misspelt `rules` would otherwise be ignored without a word).
 */
const KNOWN_KEYS = ["rules", "locale", "ignore", "simulation", "$schema"];

export function emptyConfig(): PlancodeConfig {
  return { rules: {}, ignore: [] };
}

/**
 * Parses `plancode.json`: the settings of `language/` (`config`), what is wrong with them
 * (`problems`), and the JSON value as written (`raw`, undefined when it is not JSON), from which
 * workflows/ reads its own `simulation` key — so the text is parsed once.
 */
export function parseConfig(text: string): { config: PlancodeConfig; problems: ConfigProblem[]; raw: unknown } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    problems.push({ messageId: "invalidJson", data: { detail: e instanceof Error ? e.message : String(e) } });
    return { config, problems, raw: undefined };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    problems.push({ messageId: "notObject", data: {} });
    return { config, problems, raw };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!KNOWN_KEYS.includes(key)) problems.push(unknown("unknownKey", "key", key, KNOWN_KEYS));
  if (obj.rules !== undefined && (typeof obj.rules !== "object" || obj.rules === null || Array.isArray(obj.rules))) {
    problems.push({ messageId: "badRules", data: {} });
  } else if (obj.rules !== undefined) {
    for (const [rule, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!ruleById(rule)) problems.push(unknown("unknownRule", "rule", rule, RULES.map((r) => r.id)));
      else if (typeof value !== "string" || !SEVERITIES.has(value)) {
        problems.push({ messageId: "badSeverity", data: { rule, value: String(value) } });
      } else config.rules[rule] = value as SeveritySetting;
    }
  }
  if (obj.locale !== undefined) {
    if (obj.locale === "vi" || obj.locale === "en") config.locale = obj.locale;
    else problems.push({ messageId: "badLocale", data: { value: String(obj.locale) } });
  }
  if (obj.ignore !== undefined) {
    if (Array.isArray(obj.ignore) && obj.ignore.every((p) => typeof p === "string")) config.ignore = obj.ignore as string[];
    else problems.push({ messageId: "badIgnore", data: {} });
  }
  return { config, problems, raw };
}

/** An unknown key or rule id, with the closest known one when there is one ("did you mean"). */
function unknown(messageId: "unknownKey" | "unknownRule", field: string, name: string, known: readonly string[]): ConfigProblem {
  const guess = closest(name, known);
  return guess ? { messageId: `${messageId}Guess`, data: { [field]: name, guess } } : { messageId, data: { [field]: name } };
}
