// textDocument/semanticTokens/full — needs: indexed. The pieces of language/ide/highlighting.ts
// (names by what they name, keywords only where they are keywords, strings, numbers, comments)
// in the legend's token types, one LSP token per line of a piece.
import {
  SemanticTokensBuilder,
  type SemanticTokens,
  type SemanticTokensLegend,
  type SemanticTokensParams,
} from "vscode-languageserver/node.js";
import { lineIndexOf, type SourceFile } from "../../language/index.js";
import { highlights, type Highlight, type HighlightKind } from "../../language/ide/index.js";
import type { Services } from "../services.js";

const TYPES = ["keyword", "string", "number", "comment", "class", "namespace", "function", "enumMember", "event", "variable"] as const;
const MODIFIERS = ["declaration", "readonly"] as const;
type TokenType = (typeof TYPES)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const typeIndex = new Map<TokenType, number>(TYPES.map((t, i) => [t, i]));
/** The legend's token type for each kind of piece of language/ide/highlighting.ts. */
const TOKEN_TYPE: Record<HighlightKind, TokenType> = {
  keyword: "keyword",
  string: "string",
  number: "number",
  comment: "comment",
  unit: "class",
  document: "namespace",
  task: "function",
  level: "enumMember",
  event: "event",
  name: "variable",
};

export function semanticTokens(services: Services, params: SemanticTokensParams): SemanticTokens {
  const file = services.file(params.textDocument.uri);
  if (!file) return { data: [] };
  return encode(file, highlights(file, services.occurrences(file)));
}

/** Encodes pieces as LSP tokens, one per line for pieces that span lines (strings, comments). */
function encode(file: SourceFile, list: Highlight[]): SemanticTokens {
  const lines = lineIndexOf(file);
  const builder = new SemanticTokensBuilder();
  for (const p of list) {
    const mods = p.declaration ? 1 : 0;
    const type = typeIndex.get(TOKEN_TYPE[p.kind])!;
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
