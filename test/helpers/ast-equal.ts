// Compares two parses of a file "ignoring spans": the declarations with every span-like field and
// the back-links (`container`, `parentTask`, which make the AST cyclic) removed, the syntax
// problems by message id, and the comments by text, in order. Used by the formatter's tests
// (parse(fmt(x)) must equal parse(x)) and picked up by the fuzz invariants (fuzz/optional.ts).
import assert from "node:assert/strict";
import type { Comment, SourceFile } from "../../language/index.js";

/** Fields that hold positions or point back up the tree; none of them is meaning. */
export const IGNORED_KEYS: ReadonlySet<string> = new Set(["span", "keySpan", "whichSpan", "coversSpan", "keyword", "container", "parentTask"]);

/** A comment as the formatter promises to keep it: block comments verbatim, line comments without trailing blanks. */
export function commentText(c: Comment): string {
  return c.block ? c.text : c.text.trimEnd();
}

export function commentTexts(file: SourceFile): string[] {
  return file.comments.map(commentText);
}

/** The file's meaning as plain data: declarations without spans or back-links, problem ids, comment texts. */
export function stripAst(file: SourceFile): unknown {
  return {
    decls: strip(file.decls),
    problems: file.problems.map((p) => p.messageId),
    comments: commentTexts(file),
  };
}

/**
 * Arrays that are views of a node's `items` (a subtask sits in its task's `items` and `subtasks`):
 * compared through `items` only, else every nesting level doubles the work (20 levels took 84 s).
 */
export const VIEW_KEYS: ReadonlySet<string> = new Set(["tasks", "objectives", "viewpoints", "leads", "supports", "dues", "indicators", "subtasks", "reports", "reviews"]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (IGNORED_KEYS.has(k) || v === undefined) continue;
    if (VIEW_KEYS.has(k) && Array.isArray(v) && "items" in value) continue;
    out[k] = strip(v);
  }
  return out;
}

/** A description of the first difference between two parses ignoring spans, or undefined when they are equal. */
export function astDiff(a: SourceFile, b: SourceFile): string | undefined {
  return firstDifference(stripAst(a), stripAst(b), "");
}

export function assertAstEqual(a: SourceFile, b: SourceFile, message = "the ASTs differ"): void {
  const diff = astDiff(a, b);
  if (diff !== undefined) assert.fail(`${message}: ${diff}`);
}

function firstDifference(x: unknown, y: unknown, path: string): string | undefined {
  const show = (v: unknown): string => (v === undefined ? "(absent)" : JSON.stringify(v));
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y)) return `${path || "(root)"}: ${show(x)} vs ${show(y)}`;
    if (x.length !== y.length) return `${path}.length: ${x.length} vs ${y.length}`;
    for (let i = 0; i < x.length; i++) {
      const d = firstDifference(x[i], y[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") {
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    for (const k of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
      const d = firstDifference(xo[k], yo[k], `${path}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return Object.is(x, y) ? undefined : `${path || "(root)"}: ${show(x)} vs ${show(y)}`;
}
