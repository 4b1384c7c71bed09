// textDocument/documentHighlight — needs: indexed. The symbol's occurrences in this file; the
// declaration is a "write", references are "reads".
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from "vscode-languageserver/node.js";
import { offsetOf, rangeOf } from "../convert.js";
import { occurrenceAt } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function documentHighlight(services: Services, params: DocumentHighlightParams): DocumentHighlight[] | null {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const occurrences = services.occurrences(file);
  const at = occurrenceAt(occurrences, offsetOf(file, params.position));
  if (!at) return null;
  return occurrences
    .filter((o) => o.key === at.key)
    .map((o) => ({ range: rangeOf(file, o.span), kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
