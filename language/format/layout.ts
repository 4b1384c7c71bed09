// The shape the printer lays out, taken from the AST: every statement is a node with its source
// range; a statement written with `{ ... }` also has its braces and the statements inside. What a
// statement says is not interpreted here: the printer prints its tokens as written, so clause
// order, repeated clauses and literal spellings (`15/6/2023`, `Q4/2023`, `"..."`) are kept.
import type { Span, TopDecl } from "../ast/nodes.js";
import type { FormatSource, Tok } from "./source.js";

export interface LayoutNode {
  start: number;
  end: number;
  block?: LayoutBlock;
}

export interface LayoutBlock {
  open: Tok;
  close: Tok;
  children: LayoutNode[];
}

/** Any AST statement: the node kinds that own statements, and the leaves. */
interface Statement {
  kind: string;
  span: Span;
}

/** The statements written inside a statement's block, in source order (empty for leaves). */
function innerStatements(node: Statement): readonly Statement[] {
  const n = node as unknown as Record<string, unknown>;
  switch (node.kind) {
    case "hierarchy":
      return n.levels as Statement[];
    case "unit":
      return [...(n.children as Statement[]), ...(n.texts as Statement[])];
    case "document":
    case "task":
    case "reporting":
      return n.items as Statement[];
    case "approval":
      return n.steps as Statement[];
    case "section":
      return n.paragraphs as Statement[];
    case "signature":
      return n.parts as Statement[];
    case "recipients":
      return n.items as Statement[];
    case "history":
      return n.events as Statement[];
    default:
      return [];
  }
}

export function layoutOf(decls: readonly TopDecl[], source: FormatSource): LayoutNode[] {
  return decls.map((d) => nodeOf(d, source));
}

function nodeOf(statement: Statement, source: FormatSource): LayoutNode {
  const { start, end } = statement.span;
  const tokens = source.tokensIn(start, end);
  const last = tokens[tokens.length - 1];
  if (!last || last.image !== "}") return { start, end };
  const open = tokens.find((t) => t.image === "{");
  if (!open) throw new Error(`plancode fmt: a block at offset ${start} has '}' but no '{'`);
  const children = [...innerStatements(statement)]
    .sort((a, b) => a.span.start - b.span.start)
    .map((child) => nodeOf(child, source));
  return { start, end, block: { open, close: last, children } };
}
