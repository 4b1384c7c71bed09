// Prints the layout: one statement per line, two spaces per block level, tokens separated by
// one space (none before a comma); the layout rules are listed in index.ts.
import type { Comment } from "../ast/nodes.js";
import { commentsOf, commentText, elementsOf, sameLineComments, splitTrailing, trailingText, type Element } from "./comments.js";
import type { LayoutNode } from "./layout.js";
import type { FormatSource, Tok } from "./source.js";

const INDENT = "  ";

/** Prints the file's declarations; returns its lines (without line endings; "" is a blank line). */
export function printLines(decls: readonly LayoutNode[], source: FormatSource): string[] {
  const printer = new Printer(source);
  printer.body(elementsOf(decls, 0, source.text.length, source), 0, 0, 0, true);
  return printer.lines;
}

/** Joins tokens with single spaces, a comma hugging the token before it (`covers A, B`). */
export function joinTokens(tokens: readonly Tok[]): string {
  let out = "";
  for (const t of tokens) {
    if (out !== "" && t.image !== ",") out += " ";
    out += t.image;
  }
  return out;
}

class Printer {
  readonly lines: string[] = [];

  constructor(private readonly source: FormatSource) {}

  /**
   * Prints elements[k..] at `depth`. `at` is where the text before them ended (after `{`, or 0).
   * At the top level every declaration is followed by a blank line; elsewhere a blank line is
   * kept where the source had one (runs collapsed), never first in a block.
   */
  body(elements: readonly Element[], k: number, at: number, depth: number, top: boolean): void {
    let previous: "start" | "node" | "comment" = "start";
    while (k < elements.length) {
      const e = elements[k];
      const blank = previous !== "start" && ((top && previous === "node") || this.source.lineBreaks(at, e.start) >= 2);
      const next = sameLineComments(elements, k + 1, e.end, this.source);
      const following = commentsOf(elements.slice(k + 1, next));
      if (e.kind === "node") {
        this.node(e.node, depth, blank, following);
        previous = "node";
      } else {
        if (blank) this.blank();
        this.line(depth, [e.comment, ...following].map(commentText).join(" "));
        previous = "comment";
      }
      at = elements[next - 1].end;
      k = next;
    }
  }

  /** One statement, preceded by a blank line when `blank`, its line ended by `trailing` comments. */
  private node(node: LayoutNode, depth: number, blank: boolean, trailing: Comment[]): void {
    if (blank) this.blank();
    const { source } = this;
    const block = node.block;
    if (!block) {
      const text = joinTokens(source.tokensIn(node.start, node.end));
      const inner = source.commentsIn(node.start, node.end);
      this.ending(depth, text, [...inner, ...trailing]);
      return;
    }
    const header = joinTokens(source.tokensIn(node.start, block.open.start));
    const headerComments = source.commentsIn(node.start, block.open.start);
    const elements = elementsOf(block.children, block.open.end, block.close.start, source);
    const first = sameLineComments(elements, 0, block.open.end, source);
    const afterOpen = commentsOf(elements.slice(0, first));
    if (first === elements.length) {
      // Nothing on lines of its own inside: `header {}`, every comment at the end of that line.
      this.ending(depth, `${header} {}`, [...headerComments, ...afterOpen, ...trailing]);
      return;
    }
    this.ending(depth, `${header} {`, [...headerComments, ...afterOpen]);
    this.body(elements, first, first > 0 ? elements[first - 1].end : block.open.end, depth + 1, false);
    const { before, after } = splitTrailing(trailing);
    for (const c of before) this.line(depth + 1, commentText(c));
    this.line(depth, `}${trailingText(after)}`);
  }

  /** A line of text ended by comments; those that cannot end it go on lines of their own above. */
  private ending(depth: number, text: string, comments: Comment[]): void {
    const { before, after } = splitTrailing(comments);
    for (const c of before) this.line(depth, commentText(c));
    this.line(depth, text + trailingText(after));
  }

  private line(depth: number, text: string): void {
    this.lines.push(INDENT.repeat(depth) + text);
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }
}
