// textDocument/prepareRename and textDocument/rename — needs: indexed (+ the name index).
// Renames a unit, document, task or level everywhere in the workspace (qualified `KL57.T3`
// references included, each part on its own). Refuses keywords, strings, dates and anything that
// is not a name, and new names that are not names (`checkName`: as the lexer reads them), are
// keywords, or are already taken (in the NFC spelling names are compared in).
import {
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node.js";
import type { Locale } from "../../language/index.js";
import { offsetOf, rangeOf } from "../convert.js";
import { t } from "../messages.js";
import { checkName, occurrenceAt, type Occurrence } from "../../language/ide/index.js";
import type { Services } from "../services.js";
import { occurrencesOfKey } from "./references.js";

export function prepareRename(
  services: Services,
  params: PrepareRenameParams,
): { range: Range; placeholder: string } | ResponseError<void> | null {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const occurrence = occurrenceAt(services.occurrences(file), offsetOf(file, params.position));
  if (!occurrence) return new ResponseError(ErrorCodes.InvalidRequest, t(services.locale(file.uri), "cannotRename"));
  return { range: rangeOf(file, occurrence.span), placeholder: occurrence.name };
}

export async function rename(
  services: Services,
  params: RenameParams,
  token?: CancellationToken,
): Promise<WorkspaceEdit | ResponseError<void> | null> {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const locale = services.locale(file.uri);
  const occurrence = occurrenceAt(services.occurrences(file), offsetOf(file, params.position));
  if (!occurrence) return new ResponseError(ErrorCodes.InvalidRequest, t(locale, "cannotRename"));
  const problem = checkNewName(services, occurrence, params.newName, locale);
  if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, occurrences } of await occurrencesOfKey(services, occurrence.key, token)) {
    const f = services.workspace.getFile(uri)!;
    changes[uri] = occurrences.map((o) => ({ range: rangeOf(f, o.span), newText: params.newName }));
  }
  return { changes };
}

function checkNewName(services: Services, occurrence: Occurrence, typed: string, locale: Locale): string | undefined {
  const checked = checkName(typed);
  if (!checked.ok) return t(locale, checked.problem === "keyword" ? "keywordName" : "badName", { name: String(typed) });
  const newName = checked.name;
  if (newName === occurrence.name) return undefined;
  const ws = services.workspace;
  switch (occurrence.key[0]) {
    case "g":
      if (ws.lookup(newName)) return t(locale, "nameTaken", { name: newName });
      break;
    case "t": {
      const docName = occurrence.key.slice(2, occurrence.key.indexOf("/"));
      const doc = ws.lookupDocument(docName);
      if (doc && ws.taskIndex(doc).has(newName)) return t(locale, "nameTaken", { name: newName });
      break;
    }
    case "l":
      if (ws.level(newName)) return t(locale, "nameTaken", { name: newName });
      break;
  }
  return undefined;
}
