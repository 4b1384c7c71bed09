// textDocument/foldingRange — needs: parsed. Every block that spans lines (documents, units
// with nested units, tasks with a body, approval, reporting, history, hierarchy), block
// comments, and runs of two or more line comments.
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from "vscode-languageserver/node.js";
import { lineIndexOf } from "../../language/index.js";
import { walk } from "../../language/ide/index.js";
import type { Services } from "../services.js";

const BLOCKS = new Set(["document", "unit", "task", "approval", "reporting", "history", "hierarchy"]);

export function foldingRanges(services: Services, params: FoldingRangeParams): FoldingRange[] {
  const file = services.file(params.textDocument.uri);
  if (!file) return [];
  const lines = lineIndexOf(file);
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, kind?: FoldingRangeKind): void => {
    const a = lines.positionAt(start).line;
    // A block's closing `}` stays visible when folded.
    const b = lines.positionAt(end).line - (file.text[end - 1] === "}" ? 1 : 0);
    const key = `${a}:${b}`;
    if (b > a && !seen.has(key)) {
      seen.add(key);
      out.push({ startLine: a, endLine: b, kind });
    }
  };
  walk(file, (node) => {
    if (node.kind && BLOCKS.has(node.kind)) add(node.span.start, node.span.end);
  });
  let run: { start: number; end: number; line: number } | undefined;
  const flush = (): void => {
    if (run) add(run.start, run.end, FoldingRangeKind.Comment);
    run = undefined;
  };
  for (const c of file.comments) {
    if (c.block) {
      flush();
      add(c.span.start, c.span.end, FoldingRangeKind.Comment);
      continue;
    }
    const line = lines.positionAt(c.span.start).line;
    if (file.text.slice(lines.lineStart(line), c.span.start).trim() !== "") {
      flush(); // a comment after code on the same line
      continue;
    }
    if (run && line === run.line + 1) {
      run.end = c.span.end;
      run.line = line;
    } else {
      flush();
      run = { start: c.span.start, end: c.span.end, line };
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine);
}
