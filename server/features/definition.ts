// textDocument/definition — needs: indexed. From a name to its declaration(s); a duplicate name
// lists every declaration, the one in force first.
import type { DefinitionParams, Location } from "vscode-languageserver/node.js";
import { offsetOf, rangeOf } from "../convert.js";
import { occurrenceAt, targetName, targetsOf } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function definition(services: Services, params: DefinitionParams): Location[] | null {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const occurrence = occurrenceAt(services.occurrences(file), offsetOf(file, params.position));
  if (!occurrence) return null;
  const out: Location[] = [];
  for (const target of targetsOf(services.workspace, occurrence.key)) {
    const name = targetName(target);
    const target_file = target.uri ? services.workspace.getFile(target.uri) : undefined;
    if (name && target_file) out.push({ uri: target_file.uri, range: rangeOf(target_file, name.span) });
  }
  return out.length ? out : null;
}
