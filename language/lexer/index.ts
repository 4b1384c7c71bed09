import { Lexer, type IToken } from "chevrotain";
import type { Comment, SyntaxProblem } from "../ast/nodes.js";
import { KEYWORD_BY_IMAGE, KEYWORD_MAX_LENGTH, lexerTokens, Name } from "./tokens.js";

export * as tokens from "./tokens.js";
export { KEYWORDS } from "./tokens.js";

// One lexer for the whole process (building it analyses every token pattern once).
const lexer = new Lexer(lexerTokens, {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  // Token patterns are validated by the tests; skipping validation saves start-up time.
  skipValidations: true,
});

export interface LexResult {
  tokens: IToken[];
  comments: Comment[];
  problems: SyntaxProblem[];
}

export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  // Keywords are lexed as names (see `lexerTokens`); give them their keyword type.
  const tokens = result.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === Name && t.image.length <= KEYWORD_MAX_LENGTH) {
      const kw = KEYWORD_BY_IMAGE.get(t.image);
      if (kw !== undefined) {
        t.tokenType = kw;
        t.tokenTypeIdx = kw.tokenTypeIdx!;
      }
    }
  }
  const comments: Comment[] = (result.groups.comments ?? []).map((t) => ({
    text: t.image,
    span: { start: t.startOffset, end: t.startOffset + t.image.length },
    block: t.image.startsWith("/*"),
  }));
  const problems: SyntaxProblem[] = result.errors.map((e) => ({
    messageId: unexpectedCharMessage(text, e.offset),
    data: { char: text.slice(e.offset, e.offset + Math.min(e.length, 1)) || " " },
    span: { start: e.offset, end: e.offset + e.length },
  }));
  return { tokens: result.tokens, comments, problems };
}

function unexpectedCharMessage(text: string, offset: number): string {
  if (text[offset] === '"') return "unterminatedString";
  if (text.startsWith("/*", offset)) return "unterminatedComment";
  return "unexpectedChar";
}
