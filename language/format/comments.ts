// Where comments go. Inside a block (or the file) the printer walks "elements": the statements
// and the comments that are not inside any statement, in source order. A comment that follows
// the previous thing on its line (no line break in between) trails that line; one that starts a
// line stays on its own line before what follows it (or before `}`). Comments between the
// tokens of one statement move to the end of that statement's line.
import type { Comment } from "../ast/nodes.js";
import type { LayoutNode } from "./layout.js";
import type { FormatSource } from "./source.js";

export type Element = { kind: "node"; node: LayoutNode; start: number; end: number } | { kind: "comment"; comment: Comment; start: number; end: number };

/** The statements and free comments of the range [from, to), in source order. */
export function elementsOf(nodes: readonly LayoutNode[], from: number, to: number, source: FormatSource): Element[] {
  const out: Element[] = [];
  let n = 0;
  for (const comment of source.commentsIn(from, to)) {
    while (n < nodes.length && nodes[n].start <= comment.span.start) {
      out.push(nodeElement(nodes[n++]));
    }
    const inside = n > 0 && comment.span.start < nodes[n - 1].end;
    if (!inside) out.push({ kind: "comment", comment, start: comment.span.start, end: comment.span.end });
  }
  while (n < nodes.length) out.push(nodeElement(nodes[n++]));
  return out;
}

function nodeElement(node: LayoutNode): Element {
  return { kind: "node", node, start: node.start, end: node.end };
}

/**
 * Takes the comments that continue the line ending at `at`: from `elements[k]` on, each comment
 * with no line break before it. Returns the index after the last one taken.
 */
export function sameLineComments(elements: readonly Element[], k: number, at: number, source: FormatSource): number {
  let end = at;
  while (k < elements.length) {
    const e = elements[k];
    if (e.kind !== "comment" || source.lineBreaks(end, e.start) > 0) break;
    end = e.end;
    k++;
  }
  return k;
}

export function commentsOf(elements: readonly Element[]): Comment[] {
  return elements.flatMap((e) => (e.kind === "comment" ? [e.comment] : []));
}

/**
 * Splits the comments bound for the end of one line: a line comment must be last there, so
 * every comment up to the last line comment that is not last goes on its own line before it.
 */
export function splitTrailing(comments: readonly Comment[]): { before: Comment[]; after: Comment[] } {
  let cut = 0;
  for (let i = 0; i < comments.length - 1; i++) if (!comments[i].block) cut = i + 1;
  return { before: comments.slice(0, cut), after: comments.slice(cut) };
}

/** A comment as printed: block comments verbatim; line comments without trailing blanks. */
export function commentText(comment: Comment): string {
  return comment.block ? comment.text : comment.text.trimEnd();
}

/** `" /* a *\/ // b"` for the comments ending a line, `""` for none. */
export function trailingText(comments: readonly Comment[]): string {
  return comments.map((c) => ` ${commentText(c)}`).join("");
}
