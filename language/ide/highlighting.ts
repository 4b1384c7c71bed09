// Highlighting: what each piece of a file is, for colouring. Names by what they name (unit,
// document, task, level, from the occurrence index), history event words, step and objective
// names; keywords only where they are keywords (a unit may be called `plan`); strings, numbers,
// dates, comments. Pieces never overlap and come in source order.
import { lex, type SourceFile, type Span } from "../index.js";
import type { Occurrence } from "./occurrences.js";

export type HighlightKind = "keyword" | "string" | "number" | "comment" | "unit" | "document" | "task" | "level" | "event" | "name";

export interface Highlight {
  span: Span;
  kind: HighlightKind;
  /** A declaration's own name. */
  declaration?: boolean;
}

const NUMERIC = new Set(["IsoDate", "IsoMonth", "ViDate", "ViMonth", "Quarter", "NumberLiteral", "Percent"]);

/** `occurrences`: the file's occurrence index (`collectOccurrences`). */
export function highlights(file: SourceFile, occurrences: readonly Occurrence[]): Highlight[] {
  const named = new Map<number, Highlight[]>();
  const put = (p: Highlight): void => {
    const list = named.get(p.span.start);
    if (list) list.push(p);
    else named.set(p.span.start, [p]);
  };
  for (const o of occurrences) put({ span: o.span, kind: o.kind, declaration: o.declaration });
  for (const decl of file.decls) {
    if (decl.kind !== "document") continue;
    for (const e of decl.history?.events ?? []) put({ span: e.word.span, kind: "event" });
    for (const s of decl.approval?.steps ?? []) put({ span: s.name.span, kind: "name", declaration: true });
    for (const l of [...decl.objectives, ...decl.viewpoints]) put({ span: l.name.span, kind: "name", declaration: true });
  }
  const out: Highlight[] = [];
  const lexed = lex(file.text);
  for (const tok of lexed.tokens) {
    const span = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
    const type = tok.tokenType.name;
    if (type === "Name" || type.startsWith("Kw_")) {
      // Names (and keywords used as names): every named piece inside the token.
      const inside: Highlight[] = [];
      for (let i = span.start; i < span.end; i++) for (const p of named.get(i) ?? []) if (p.span.end <= span.end) inside.push(p);
      if (inside.length) out.push(...inside.sort((a, b) => a.span.start - b.span.start).filter((p, i, a) => i === 0 || p.span.start >= a[i - 1].span.end));
      else out.push({ span, kind: type === "Name" ? "name" : "keyword" });
    } else if (type === "StringLiteral") out.push({ span, kind: "string" });
    else if (NUMERIC.has(type)) out.push({ span, kind: "number" });
  }
  for (const c of lexed.comments) out.push({ span: c.span, kind: "comment" });
  return out.sort((a, b) => a.span.start - b.span.start);
}
