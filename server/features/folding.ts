// textDocument/foldingRange — needs: parsed. The foldable spans of language/ide/folding.ts as
// line ranges: each spanning at least two lines, a block's closing `}` left visible, one range
// per pair of lines.
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from "vscode-languageserver/node.js";
import { lineIndexOf } from "../../language/index.js";
import { foldables } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function foldingRanges(services: Services, params: FoldingRangeParams): FoldingRange[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  const lines = lineIndexOf(file);
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  for (const { span, comment } of foldables(file)) {
    const a = lines.positionAt(span.start).line;
    // A block's closing `}` stays visible when folded.
    const b = lines.positionAt(span.end).line - (file.text[span.end - 1] === "}" ? 1 : 0);
    const key = `${a}:${b}`;
    if (b > a && !seen.has(key)) {
      seen.add(key);
      out.push({ startLine: a, endLine: b, kind: comment ? FoldingRangeKind.Comment : undefined });
    }
  }
  return out.sort((x, y) => x.startLine - y.startLine);
}
