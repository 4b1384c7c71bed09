// A generic walk over the AST: every node (an object with a `span`) once, parents before
// children. Back-links (`container`, `parentTask`) are not followed. Pure.
import type { SourceFile, Span } from "../index.js";

export interface AnyNode {
  kind?: string;
  span: Span;
  [key: string]: unknown;
}

const BACK_LINKS = new Set(["container", "parentTask"]);

export function walk(file: SourceFile, visit: (node: AnyNode, depth: number) => void): void {
  const seen = new Set<object>();
  const go = (value: unknown, depth: number): void => {
    if (!value || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) go(v, depth);
      return;
    }
    const node = value as AnyNode;
    const isNode = typeof node.span === "object" && node.span !== null && typeof node.span.start === "number";
    if (isNode) visit(node, depth);
    for (const [key, child] of Object.entries(node)) {
      if (key === "span" || BACK_LINKS.has(key)) continue;
      if (child && typeof child === "object") go(child, isNode ? depth + 1 : depth);
    }
  };
  go(file.decls, 0);
}
