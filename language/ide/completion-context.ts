// Where the cursor is, for completion: which block it is in and what the grammar expects next.
// Works on tokens, not on the AST, because the text being typed rarely parses. Pure.
import { lex, type Span } from "../index.js";

export type BlockKind = "top" | "hierarchy" | "unit" | "document" | "task" | "approval" | "reporting" | "history";

export type Expect =
  | "statement" // a new line in the current block: keywords and snippets
  | "covers" // tasks of the parent document
  | "role" // bodies for `lead` / `support`
  | "unit" // `issuer`, `by` (approval), `to`, `in`
  | "level" // `level` in a unit header
  | "document" // `parent`, `continues`
  | "directive" // `implements`
  | "date" // `issued`, `horizon`, `review ... by`, a new history line
  | "due" // `due`: a date, a period or `ongoing`
  | "event" // after a date in `history`
  | "duration" // `every`, `within`
  | "review" // after `review`: preliminary | final
  | "dueDay" // `due` inside a report: the word `day`
  | "none";

export interface CursorContext {
  expect: Expect;
  block: BlockKind;
  /** The document (plan or directive) the cursor is inside, by name. */
  document?: string;
  /** The word being typed (replaced by the chosen item); empty at the cursor when none. */
  word: Span;
  /** The start of the line the cursor is on. */
  lineStart: number;
}

interface Tok {
  type: string;
  image: string;
  start: number;
  end: number;
}

const BLOCK_KEYWORDS: Record<string, BlockKind> = {
  Kw_hierarchy: "hierarchy",
  Kw_unit: "unit",
  Kw_plan: "document",
  Kw_directive: "document",
  Kw_task: "task",
  Kw_approval: "approval",
  Kw_reporting: "reporting",
  Kw_history: "history",
};

const TEMPORAL = new Set(["IsoDate", "IsoMonth", "ViDate", "ViMonth", "Quarter", "NumberLiteral"]);

/** A token that a word being typed can be: a name (keywords are names too) or a number/date. */
function isWordish(t: Tok): boolean {
  return t.type === "Name" || t.type.startsWith("Kw_") || TEMPORAL.has(t.type);
}

export function cursorContext(text: string, offset: number): CursorContext {
  const lexed = lex(text);
  const lineStart = lineStartOf(text, offset);
  const none = (block: BlockKind = "top", document?: string): CursorContext => ({
    expect: "none",
    block,
    document,
    word: { start: offset, end: offset },
    lineStart,
  });
  // Inside a comment: nothing to complete.
  for (const c of lexed.comments) {
    if (c.span.start < offset && (offset < c.span.end || (!c.block && offset === c.span.end))) return none();
  }

  const tokens: Tok[] = lexed.tokens.map((t) => ({
    type: t.tokenType.name,
    image: t.image,
    start: t.startOffset,
    end: t.startOffset + t.image.length,
  }));
  // The word under the cursor, if any, and the tokens before it.
  let wordTok: Tok | undefined;
  let before = 0;
  for (; before < tokens.length; before++) {
    const t = tokens[before];
    if (t.end >= offset) {
      if (t.start < offset && t.type === "StringLiteral") return none();
      if (t.start < offset && isWordish(t)) wordTok = t;
      break;
    }
  }
  const prior = tokens.slice(0, before);

  // The block stack over the tokens before the cursor.
  const stack: { block: BlockKind; document?: string }[] = [{ block: "top" }];
  let lastBlockKw: Tok | undefined;
  let lastBlockKwName: string | undefined;
  for (let i = 0; i < prior.length; i++) {
    const t = prior[i];
    if (BLOCK_KEYWORDS[t.type] && !isValuePosition(prior, i)) {
      lastBlockKw = t;
      lastBlockKwName = prior[i + 1]?.type === "Name" || prior[i + 1]?.type.startsWith("Kw_") ? prior[i + 1].image : undefined;
    } else if (t.type === "LBrace") {
      const block = lastBlockKw ? BLOCK_KEYWORDS[lastBlockKw.type] : "top";
      const outer = stack[stack.length - 1];
      stack.push({ block, document: block === "document" ? lastBlockKwName : outer.document });
      lastBlockKw = undefined;
    } else if (t.type === "RBrace") {
      if (stack.length > 1) stack.pop();
      lastBlockKw = undefined;
    }
  }
  const { block, document } = stack[stack.length - 1];
  const word = wordTok ? { start: wordTok.start, end: wordTok.end } : { start: offset, end: offset };
  const ctx = (expect: Expect): CursorContext => ({ expect, block, document, word, lineStart });

  const prev = prior[prior.length - 1];
  const sameLine = prev !== undefined && prev.end > lineStart;
  if (prev && (sameLine || prev.type === "Comma")) {
    const expect = afterToken(prior, block);
    if (expect) return ctx(expect);
  }
  // Nothing but whitespace before the word on this line: a new statement.
  if (!sameLine) {
    if (block === "history" && !wordTok) return ctx("date");
    if (block === "history" && wordTok && TEMPORAL.has(wordTok.type)) return ctx("date");
    return ctx("statement");
  }
  // After a date at the start of a history line: the event.
  if (block === "history" && prev && TEMPORAL.has(prev.type) && prev.start >= lineStart) return ctx("event");
  return ctx("none");
}

/** Whether token i is a name in a value position (a unit called `task` after `lead`). */
function isValuePosition(tokens: Tok[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && VALUE_KEYWORDS.has(p.type);
}

const VALUE_KEYWORDS = new Set([
  "Kw_covers",
  "Kw_lead",
  "Kw_support",
  "Kw_issuer",
  "Kw_by",
  "Kw_to",
  "Kw_in",
  "Kw_parent",
  "Kw_implements",
  "Kw_continues",
  "Kw_level",
  "Kw_unit",
  "Kw_plan",
  "Kw_directive",
  "Kw_task",
  "Kw_step",
  "Comma",
]);

function afterToken(prior: Tok[], block: BlockKind): Expect | undefined {
  const prev = prior[prior.length - 1];
  switch (prev.type) {
    case "Kw_covers":
      return "covers";
    case "Kw_lead":
    case "Kw_support":
      return "role";
    case "Kw_issuer":
    case "Kw_to":
    case "Kw_in":
      return "unit";
    case "Kw_by":
      return block === "reporting" ? "date" : "unit";
    case "Kw_level":
      return block === "hierarchy" ? "none" : "level";
    case "Kw_parent":
    case "Kw_continues":
      return "document";
    case "Kw_implements":
      return "directive";
    case "Kw_issued":
    case "Kw_horizon":
      return "date";
    case "Kw_due":
      return block === "reporting" ? "dueDay" : "due";
    case "Kw_every":
    case "Kw_within":
      return "duration";
    case "Kw_review":
      return "review";
    case "Comma":
      return listOwner(prior);
    default:
      return undefined;
  }
}

/** For `covers T1, T2, |`: walks back over `Name ,` pairs to the list's keyword. */
function listOwner(prior: Tok[]): Expect | undefined {
  let i = prior.length - 1;
  while (i >= 1 && prior[i].type === "Comma" && isWordish(prior[i - 1])) {
    i -= 2;
    if (i >= 0 && prior[i].type !== "Comma") break;
  }
  const kw = prior[i];
  if (!kw) return undefined;
  if (kw.type === "Kw_covers") return "covers";
  if (kw.type === "Kw_lead" || kw.type === "Kw_support") return "role";
  return undefined;
}

function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}
