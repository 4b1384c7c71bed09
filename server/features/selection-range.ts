// textDocument/selectionRange — needs: parsed. The enclosing spans of language/ide/selection.ts,
// linked inside-out as LSP wants them.
import type { SelectionRange, SelectionRangeParams } from "vscode-languageserver/node.js";
import { enclosingSpans } from "../../language/ide/index.js";
import { offsetOf, rangeOf } from "../convert.js";
import type { Services } from "../services.js";

export function selectionRanges(services: Services, params: SelectionRangeParams): SelectionRange[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  return params.positions.map((position) => {
    const offset = offsetOf(file, position);
    let range: SelectionRange | undefined;
    for (const span of enclosingSpans(file, offset)) range = { range: rangeOf(file, span), parent: range };
    return range ?? { range: rangeOf(file, { start: offset, end: offset }) };
  });
}
