// parse(uri, text) → SourceFile. Never throws: syntax problems are data on the result.
import { createTokenInstance, type IRecognitionException, type IToken } from "chevrotain";
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

/**
 * Blocks nested deeper than this are skipped and reported once: the recursive-descent parser
 * must never run out of stack (a few hundred levels would), whatever the input.
 */
export const MAX_NESTING = 64;

export function parse(uri: string, text: string): SourceFile {
  const lexed = lex(text);
  const problems: SyntaxProblem[] = [...lexed.problems];
  const decls: TopDecl[] = [];
  const p = parser();
  const tokens = closeOpenBlocks(text, limitNesting(lexed.tokens, problems), problems);
  // The `file` rule stops at a token no declaration can start with; report it, skip to the next
  // line that starts a declaration, and parse on, so one stray word does not hide the rest. The
  // parser restarts in place (its position set to the restart token), never on a copied tail of
  // the tokens: copying made a file of many stray lines quadratic.
  for (let start = 0; ; ) {
    p.input = tokens;
    if (start > 0) (p as unknown as { importLexerState(index: number): void }).importLexerState(start - 1);
    p.valueProblems = [];
    p.stoppedAt = undefined;
    p.parsedDecls = [];
    p.resetRepetitionRecovery();
    const parsed = withoutStackTraces(() => p.file() as TopDecl[] | undefined);
    // When recovery gives up at the top level, `file` returns nothing: keep what it finished.
    // Appended one by one: spreading a file of 200,000 declarations into push() overflows the stack.
    for (const decl of parsed ?? p.parsedDecls) decls.push(decl);
    for (const problem of p.valueProblems) problems.push(problem);
    for (const error of p.errors) if (!isRedundantInput(error)) problems.push(toProblem(error));
    let from: number;
    if (parsed) {
      const stop = p.stoppedAt as IToken | undefined;
      if (!stop || stop.tokenType === undefined || stop.tokenType.name === "EOF") break;
      problems.push({
        messageId: "unexpectedToken",
        data: { expected: "Kw_unit|Kw_directive|Kw_plan|Kw_hierarchy", found: stop.image },
        span: tokenSpan(stop),
      });
      from = indexOfToken(tokens, stop);
    } else {
      // Already reported in `p.errors`; restart after the token it failed on.
      const failed = p.errors[p.errors.length - 1]?.token;
      if (!failed || !Number.isFinite(failed.startOffset) || failed.tokenType?.name === "EOF") break;
      from = indexOfToken(tokens, failed);
    }
    if (from < start) break;
    // When the top-level repetition ended only because MAX_REPETITION_RECOVERIES was reached, do
    // what its recovery would have done: skip to the next token that can start a declaration,
    // wherever it stands, and go on from a fresh stack (`} plan P { }` repeated 50,000 times kept
    // only the first 100 plans). Otherwise restart at the next line that starts a declaration.
    const next = parsed && p.repetitionCapHit ? nextDeclarationToken(tokens, from + 1) : nextDeclarationStart(text, tokens, from + 1);
    if (next < 0) break;
    start = next;
  }
  checkHistoryWords(decls, problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  return { uri, text, decls, comments: lexed.comments, problems: limitProblems(dedupe(problems)) };
}

/**
 * Syntax problems reported per file; past this, one `tooManyProblems` stands for the rest. A file
 * with thousands of syntax errors is not a plan being typed (a wrong file, a wrong encoding), and
 * reporting each one cost seconds per megabyte in every layer above (a megabyte of `\"` gave
 * 350,000 findings, and the language server as many diagnostics in one message).
 */
export const MAX_PROBLEMS = 1000;

function limitProblems(problems: SyntaxProblem[]): SyntaxProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS);
  const start = problems[MAX_PROBLEMS].span.start;
  kept.push({ messageId: "tooManyProblems", data: { count: String(problems.length - MAX_PROBLEMS) }, span: { start, end: start } });
  return kept;
}

/**
 * Runs `fn` with stack traces off: Chevrotain builds an exception (an Error, stack captured) for
 * every syntax error it recovers from, and capturing the stacks was a third of the time of a file
 * full of stray tokens. The parser's exceptions are data to us; none of their stacks is read.
 */
function withoutStackTraces<R>(fn: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Drops the tokens of blocks nested deeper than MAX_NESTING (the braces included), reporting the first. */
function limitNesting(tokens: IToken[], problems: SyntaxProblem[]): IToken[] {
  let depth = 0;
  let kept: IToken[] | undefined;
  let reported = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === T.LBrace) {
      if (depth >= MAX_NESTING) {
        if (!reported) problems.push({ messageId: "nestingTooDeep", data: { max: String(MAX_NESTING) }, span: tokenSpan(t) });
        reported = true;
        kept ??= tokens.slice(0, i);
        for (let inner = 0; i < tokens.length; i++) {
          const type = tokens[i].tokenType;
          if (type === T.LBrace) inner++;
          else if (type === T.RBrace && --inner === 0) break;
        }
        continue;
      }
      depth++;
    } else if (t.tokenType === T.RBrace) depth = Math.max(0, depth - 1);
    kept?.push(t);
  }
  return kept ?? tokens;
}

/**
 * Closes the blocks still open at the end of the text with `}` tokens of no width (reported once
 * as an unexpected end), so a file being typed keeps its last, unfinished declaration.
 */
function closeOpenBlocks(text: string, tokens: IToken[], problems: SyntaxProblem[]): IToken[] {
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === T.LBrace) depth++;
    else if (t.tokenType === T.RBrace) depth = Math.max(0, depth - 1);
  }
  if (depth === 0) return tokens;
  const end = text.length;
  problems.push({ messageId: "unexpectedEnd", data: { expected: "RBrace", found: "" }, span: { start: end, end } });
  const closers = Array.from({ length: depth }, () => createTokenInstance(T.RBrace, "", end, end, NaN, NaN, NaN, NaN));
  return [...tokens, ...closers];
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

/** The index of `token` in `tokens` (ordered by offset), or of the first token at or after its offset. */
function indexOfToken(tokens: IToken[], token: IToken): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].startOffset < token.startOffset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i].startOffset === token.startOffset; i++) if (tokens[i] === token) return i;
  return lo < tokens.length ? lo : -1;
}

/** The index of the next token that can start a declaration (anywhere on its line), or -1. */
function nextDeclarationToken(tokens: IToken[], from: number): number {
  for (let i = from; i < tokens.length; i++) if (TOP_LEVEL.has(tokens[i].tokenType)) return i;
  return -1;
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

/**
 * Marks a file whose bytes were not valid UTF-8 (decoded leniently by the caller): `problem`
 * (`invalidUtf8`, at the first bad character) replaces every syntax problem after it — the
 * decoding there is unreliable (a binary file would give thousands) — but the whole file stays
 * parsed, so its declarations still resolve.
 */
export function markUndecodable(file: SourceFile, problem: SyntaxProblem): SourceFile {
  file.problems = [...file.problems.filter((p) => p.span.start < problem.span.start), problem];
  return file;
}
