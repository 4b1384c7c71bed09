// textDocument/semanticTokens/full — needs: indexed. Colours names by what they name (unit,
// document, task, level, history event, step), keywords only where they are keywords (a unit
// may be called `plan`), and strings, numbers, dates, comments.
import {
  SemanticTokensBuilder,
  type SemanticTokens,
  type SemanticTokensLegend,
  type SemanticTokensParams,
} from "vscode-languageserver/node.js";
import { lex, lineIndexOf, type SourceFile, type Span } from "../../language/index.js";
import type { SymbolKind } from "../../language/ide/index.js";
import type { Services } from "../services.js";

const TYPES = ["keyword", "string", "number", "comment", "class", "namespace", "function", "enumMember", "event", "variable"] as const;
const MODIFIERS = ["declaration", "readonly"] as const;
type TokenType = (typeof TYPES)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const typeIndex = new Map<TokenType, number>(TYPES.map((t, i) => [t, i]));
const BY_KIND: Record<SymbolKind, TokenType> = { unit: "class", document: "namespace", task: "function", level: "enumMember" };
const NUMERIC = new Set(["IsoDate", "IsoMonth", "ViDate", "ViMonth", "Quarter", "NumberLiteral", "Percent"]);

interface Piece {
  span: Span;
  type: TokenType;
  declaration?: boolean;
}

export function semanticTokens(services: Services, params: SemanticTokensParams): SemanticTokens {
  const file = services.file(params.textDocument.uri);
  if (!file) return { data: [] };
  return encode(file, pieces(services, file));
}

function pieces(services: Services, file: SourceFile): Piece[] {
  const named = new Map<number, Piece[]>();
  const put = (p: Piece): void => {
    const list = named.get(p.span.start);
    if (list) list.push(p);
    else named.set(p.span.start, [p]);
  };
  for (const o of services.occurrences(file)) put({ span: o.span, type: BY_KIND[o.kind], declaration: o.declaration });
  for (const decl of file.decls) {
    if (decl.kind !== "document") continue;
    for (const e of decl.history?.events ?? []) put({ span: e.word.span, type: "event" });
    for (const s of decl.approval?.steps ?? []) put({ span: s.name.span, type: "variable", declaration: true });
    for (const l of [...decl.objectives, ...decl.viewpoints]) put({ span: l.name.span, type: "variable", declaration: true });
  }
  const out: Piece[] = [];
  const lexed = lex(file.text);
  for (const tok of lexed.tokens) {
    const span = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
    const type = tok.tokenType.name;
    if (type === "Name" || type.startsWith("Kw_")) {
      // Names (and keywords used as names): every named piece inside the token.
      const inside: Piece[] = [];
      for (let i = span.start; i < span.end; i++) for (const p of named.get(i) ?? []) if (p.span.end <= span.end) inside.push(p);
      if (inside.length) out.push(...inside.sort((a, b) => a.span.start - b.span.start).filter((p, i, a) => i === 0 || p.span.start >= a[i - 1].span.end));
      else out.push({ span, type: type === "Name" ? "variable" : "keyword" });
    } else if (type === "StringLiteral") out.push({ span, type: "string" });
    else if (NUMERIC.has(type)) out.push({ span, type: "number" });
  }
  for (const c of lexed.comments) out.push({ span: c.span, type: "comment" });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Encodes pieces as LSP tokens, one per line for pieces that span lines (strings, comments). */
function encode(file: SourceFile, list: Piece[]): SemanticTokens {
  const lines = lineIndexOf(file);
  const builder = new SemanticTokensBuilder();
  for (const p of list) {
    const mods = p.declaration ? 1 : 0;
    const type = typeIndex.get(p.type)!;
    const a = lines.positionAt(p.span.start);
    const b = lines.positionAt(p.span.end);
    for (let line = a.line; line <= b.line; line++) {
      const lineStart = lines.lineStart(line);
      const startChar = line === a.line ? a.character : 0;
      const endOffset = line === b.line ? p.span.end : lines.lineEnd(line);
      const length = endOffset - (lineStart + startChar);
      if (length > 0) builder.push(line, startChar, length, type, mods);
    }
  }
  return builder.build();
}
