// The extension's own words — panel titles, pickers, notifications, the Plancode view — in the
// drafter's language, which is not necessarily VS Code's: a Vietnamese workspace (`"locale": "vi"`
// in plancode.json, or `plancode.locale: vi`) is worded in Vietnamese under an English VS Code.
// `vscode.l10n.t` follows VS Code's display language only, so the Vietnamese bundle
// (l10n/bundle.l10n.vi.json, keyed by the English text as vscode.l10n's bundles are) is read here
// and applied for the language in force, which the server resolves (`plancode/locale`:
// `plancode.locale`, else plancode.json, else VS Code's display language).
//
// What an extension cannot change: VS Code words the command palette's titles, the settings UI
// and its own menus from package.nls.<language>.json in VS Code's display language.
import { readFileSync } from "node:fs";
import * as vscode from "vscode";

export type Locale = "vi" | "en";

let locale: Locale = fromLanguage(vscode.env.language);
let vietnamese: Record<string, string> = {};
const changed = new vscode.EventEmitter<Locale>();

/** Fires when the language of the extension's words changes (views re-render their labels). */
export const onDidChangeLocale = changed.event;

/** Reads the Vietnamese bundle shipped with the extension (an unreadable one leaves the English words). */
export function loadWords(context: vscode.ExtensionContext): void {
  try {
    vietnamese = JSON.parse(readFileSync(context.asAbsolutePath("l10n/bundle.l10n.vi.json"), "utf8")) as Record<string, string>;
  } catch {
    vietnamese = {};
  }
}

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  changed.fire(next);
}

/** The `plancode.locale` setting when it names a language; undefined for `auto`. */
export function configuredLocale(): Locale | undefined {
  const value = vscode.workspace.getConfiguration("plancode").get<string>("locale");
  return value === "vi" || value === "en" ? value : undefined;
}

/** VS Code's display language as one of ours (`vi`, `vi-VN` → vi; anything else → en). */
export function fromLanguage(language: string): Locale {
  return language.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** `message` (the English text, with `{0}`, `{1}` … placeholders) in the language in force. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = locale === "vi" ? (vietnamese[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}
