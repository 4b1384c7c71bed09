// parse(uri, text) → SourceFile. Never throws: syntax problems are data on the result.
import type { IRecognitionException, IToken } from "chevrotain";
import { HISTORY_WORDS, type SourceFile, type SyntaxProblem, type TopDecl } from "../ast/nodes.js";
import { lex } from "../lexer/index.js";
import * as T from "../lexer/tokens.js";
import { decodeParserMessage, PlanParser, tokenSpan } from "./parser.js";

export { PlanParser } from "./parser.js";
export { unescapeString } from "./literals.js";

let shared: PlanParser | undefined;
/** One parser instance for the process, input reset per parse (Chevrotain's advice for speed). */
function parser(): PlanParser {
  return (shared ??= new PlanParser());
}

const TOP_LEVEL = new Set([T.Unit, T.Plan, T.Directive, T.Hierarchy]);

export function parse(uri: string, text: string): SourceFile {
  const lexed = lex(text);
  const problems: SyntaxProblem[] = [...lexed.problems];
  const decls: TopDecl[] = [];
  const p = parser();
  let tokens = lexed.tokens;
  // The `file` rule stops at a token no declaration can start with; report it, skip to the next
  // line that starts a declaration, and parse on, so one stray word does not hide the rest.
  for (;;) {
    p.input = tokens;
    p.valueProblems = [];
    p.stoppedAt = undefined;
    decls.push(...p.file());
    problems.push(...p.valueProblems, ...p.errors.filter((e) => !isRedundantInput(e)).map(toProblem));
    const stop = p.stoppedAt as IToken | undefined;
    if (!stop || stop.tokenType === undefined || stop.tokenType.name === "EOF") break;
    problems.push({
      messageId: "unexpectedToken",
      data: { expected: "Kw_unit|Kw_directive|Kw_plan|Kw_hierarchy", found: stop.image },
      span: tokenSpan(stop),
    });
    const from = tokens.indexOf(stop);
    const next = nextDeclarationStart(text, tokens, from + 1);
    if (next < 0) break;
    tokens = tokens.slice(next);
  }
  checkHistoryWords(decls, problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  return { uri, text, decls, comments: lexed.comments, problems: dedupe(problems) };
}

function isRedundantInput(e: IRecognitionException): boolean {
  return e.name === "NotAllInputParsedException";
}

function toProblem(e: IRecognitionException): SyntaxProblem {
  const { messageId, data } = decodeParserMessage(e.message);
  const t = e.token;
  const usable = t && Number.isFinite(t.startOffset) && t.tokenType?.name !== "EOF";
  const prev = (e as { previousToken?: IToken }).previousToken;
  const span = usable
    ? tokenSpan(t)
    : prev && Number.isFinite(prev.startOffset)
      ? { start: prev.startOffset + prev.image.length, end: prev.startOffset + prev.image.length }
      : { start: 0, end: 0 };
  return { messageId, data, span };
}

/** The index of the next token that starts a line and a declaration, or -1. */
function nextDeclarationStart(text: string, tokens: IToken[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (TOP_LEVEL.has(t.tokenType) && startsLine(text, t.startOffset)) return i;
  }
  return -1;
}

function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const WORDS = new Set<string>(HISTORY_WORDS);

function checkHistoryWords(decls: TopDecl[], problems: SyntaxProblem[]): void {
  for (const decl of decls) {
    if (decl.kind !== "document" || !decl.history) continue;
    for (const event of decl.history.events) {
      if (!WORDS.has(event.word.text)) {
        problems.push({
          messageId: "unknownEvent",
          data: { word: event.word.text, words: HISTORY_WORDS.join(", ") },
          span: event.word.span,
        });
      } else if (event.word.text === "reviewed" && !event.which) {
        problems.push({ messageId: "reviewNeedsKind", data: {}, span: event.word.span });
      }
    }
  }
}

function dedupe(problems: SyntaxProblem[]): SyntaxProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.span.start}:${p.messageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
