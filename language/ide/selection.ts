// Extend selection: from the word at the cursor outwards through every enclosing node (a `covers`
// name, the task header, the task, the parent task, the document) to the whole file.
import type { SourceFile, Span } from "../index.js";
import { walk } from "./walk.js";

/** The spans around `offset`, each inside the one before: the whole file first, the innermost last. */
export function enclosingSpans(file: SourceFile, offset: number): Span[] {
  const spans: Span[] = [{ start: 0, end: file.text.length }];
  walk(file, (node) => {
    if (node.span.start <= offset && offset <= node.span.end && node.span.end > node.span.start) spans.push(node.span);
  });
  // Widest first; equal spans collapse, and a span not inside the previous one is left out (a proper nesting).
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start === last.start && s.end === last.end) continue;
    if (last && !(s.start >= last.start && s.end <= last.end)) continue;
    out.push(s);
  }
  return out;
}
