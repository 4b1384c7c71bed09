// textDocument/selectionRange — needs: parsed. From the word at the cursor outwards through
// every enclosing node (a `covers` name, the task header, the task, the parent task, the
// document) to the whole file.
import type { SelectionRange, SelectionRangeParams } from "vscode-languageserver/node.js";
import { type SourceFile, type Span } from "../../language/index.js";
import { offsetOf, rangeOf } from "../convert.js";
import { walk } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function selectionRanges(services: Services, params: SelectionRangeParams): SelectionRange[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  return params.positions.map((position) => chainAt(file, offsetOf(file, position)));
}

function chainAt(file: SourceFile, offset: number): SelectionRange {
  const spans: Span[] = [{ start: 0, end: file.text.length }];
  walk(file, (node) => {
    if (node.span.start <= offset && offset <= node.span.end && node.span.end > node.span.start) spans.push(node.span);
  });
  // Widest first, then build inside-out; equal spans collapse.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let range: SelectionRange | undefined;
  let last: Span | undefined;
  for (const s of spans) {
    if (last && s.start === last.start && s.end === last.end) continue;
    if (last && !(s.start >= last.start && s.end <= last.end)) continue; // keep a proper nesting
    range = { range: rangeOf(file, s), parent: range };
    last = s;
  }
  return range ?? { range: rangeOf(file, { start: offset, end: offset }) };
}
