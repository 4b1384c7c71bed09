// textDocument/references — needs: indexed (+ the name index). Every occurrence of the symbol at
// the cursor across the workspace. Only files that reference or declare the name are searched;
// levels search every file. Honours cancellation between files.
import type { CancellationToken, Location, ReferenceParams } from "vscode-languageserver/node.js";
import { offsetOf, rangeOf } from "../convert.js";
import { namesToSearch, occurrenceAt, type Occurrence } from "../../language/ide/index.js";
import { yielder } from "../safe.js";
import type { Services } from "../services.js";

export async function references(services: Services, params: ReferenceParams, token?: CancellationToken): Promise<Location[] | null> {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const occurrence = occurrenceAt(services.occurrences(file), offsetOf(file, params.position));
  if (!occurrence) return null;
  const out: Location[] = [];
  for (const { uri, occurrences } of await occurrencesOfKey(services, occurrence.key, token)) {
    const f = services.workspace.getFile(uri)!;
    for (const o of occurrences) {
      if (!o.declaration || params.context?.includeDeclaration !== false) out.push({ uri, range: rangeOf(f, o.span) });
    }
  }
  return out;
}

/** Files holding occurrences of `key`, each with those occurrences (sorted by uri). */
export async function occurrencesOfKey(
  services: Services,
  key: string,
  token?: CancellationToken,
): Promise<{ uri: string; occurrences: Occurrence[] }[]> {
  const pause = yielder();
  const ws = services.workspace;
  const names = namesToSearch(key);
  const uris = names ? [...new Set(names.flatMap((n) => [...services.pipeline.usersOf(n)]))].sort() : ws.uris();
  const out: { uri: string; occurrences: Occurrence[] }[] = [];
  for (const uri of uris) {
    await pause();
    if (token?.isCancellationRequested) break;
    const f = ws.getFile(uri);
    if (!f) continue;
    const found = services.occurrences(f).filter((o) => o.key === key);
    if (found.length) out.push({ uri, occurrences: found });
  }
  return out;
}
