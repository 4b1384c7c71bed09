// `plancode/locale` {uri?} → {locale} — needs: nothing but the settings and the `plancode.json`
// files in force. The language the extension's own words follow (its panels, pickers, messages):
// the one the server words that file in — `plancode.locale` when `vi` or `en`, else the nearest
// `plancode.json`, else the editor's display language. Without a file, the workspace root's.
import { RequestType } from "vscode-languageserver/node.js";
import type { Services } from "../services.js";
import { LOCALE_METHOD, type LocaleParams, type LocaleResult } from "../protocol.js";

export const LOCALE_REQUEST = new RequestType<LocaleParams, LocaleResult, void>(LOCALE_METHOD);

/** `rootFile`: a file at the workspace root, whose `plancode.json` answers when no file is given. */
export function uiLocale(services: Services, params: LocaleParams | undefined, rootFile: string | undefined): LocaleResult {
  const uri = typeof params?.uri === "string" ? params.uri : rootFile;
  return { locale: services.locale(uri ?? "") };
}
