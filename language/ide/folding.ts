// What can be folded: every block (documents, units, tasks, approval, reporting, history,
// hierarchy, and the issued document's section, signature and recipients), a text statement
// whose strings run over several lines (a long `purpose`), block comments, and runs of line
// comments each alone on consecutive lines. Spans in source order; the server turns them into
// line ranges (and drops those within one line).
import { lineIndexOf, type SourceFile, type Span } from "../index.js";
import { walk } from "./walk.js";

const BLOCKS = new Set(["document", "unit", "task", "approval", "reporting", "history", "hierarchy", "section", "signature", "recipients", "text"]);

export interface Foldable {
  span: Span;
  comment: boolean;
}

export function foldables(file: SourceFile): Foldable[] {
  const lines = lineIndexOf(file);
  const out: Foldable[] = [];
  walk(file, (node) => {
    if (node.kind && BLOCKS.has(node.kind)) out.push({ span: node.span, comment: false });
  });
  let run: { start: number; end: number; line: number } | undefined;
  const flush = (): void => {
    if (run) out.push({ span: { start: run.start, end: run.end }, comment: true });
    run = undefined;
  };
  for (const c of file.comments) {
    if (c.block) {
      flush();
      out.push({ span: c.span, comment: true });
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
  return out;
}
