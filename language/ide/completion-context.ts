// Where the cursor is, for completion: which block it is in and what the grammar expects next.
// Works on the lexer's tokens, not on the AST, because the text being typed rarely parses; what
// the tokens mean comes from the grammar itself (`grammarFacts`: which keyword opens which block,
// what follows each keyword in each block) and from what each reference site must name
// (`REFERENCE_KINDS`, the table `forEachReference` uses), never from a second grammar here. Pure.
import type { IToken } from "chevrotain";
import { grammarFacts, lex, REFERENCE_KINDS, type Follow, type GrammarFacts, type ReferenceKind, type ReferenceSite, type Span } from "../index.js";

/** A block: a rule with a `{ … }` body (`document` for plans and directives), or the file itself (`top`). */
export type BlockKind = "top" | "hierarchy" | "unit" | "document" | "task" | "approval" | "reporting" | "history" | "recipients" | "signature" | "section";

export type Expect =
  | "statement" // a new line in the current block: the keywords a statement starts with (`words`)
  | "covers" // tasks of the parent document
  | "role" // bodies for `lead` / `support`
  | "unit" // `issuer`, `by` (approval), `to`, `in`, a line of `recipients`
  | "level" // `level` in a unit header
  | "document" // `parent`, `continues`
  | "directive" // `implements`
  | "date" // `issued`, `horizon`, `review ... by`, a new history line
  | "due" // `due`: a date, a period or `ongoing`
  | "event" // after a date in `history`
  | "duration" // `every`, `within`
  | "words" // one of `CursorContext.words` (`review` → preliminary | final, a report's `due` → day)
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
  /** For `expect: "words"` and `"statement"`: the keywords the grammar allows there, in its order. */
  words?: string[];
  /** Where a reference is expected (`issuer`, `parent`, `to`, a line of `recipients`…): completion ranks by it. */
  site?: ReferenceSite;
}

type Expectation = { expect: Expect; words?: string[]; site?: ReferenceSite };

/** A token that a word being typed can be: a name (keywords are names too) or a number/date. */
function isWordish(facts: GrammarFacts, t: IToken): boolean {
  const type = t.tokenType.name;
  return type === "Name" || type.startsWith("Kw_") || facts.startsValue("temporal", t);
}

const end = (t: IToken): number => t.startOffset + t.image.length;
const isKeyword = (t: IToken): boolean => t.tokenType.name.startsWith("Kw_");
/** A list's separator (`,` between names): a token after which a name must come that is not a keyword. */
const isSeparator = (facts: GrammarFacts, t: IToken): boolean => !isKeyword(t) && facts.takesName(t);

export function cursorContext(text: string, offset: number): CursorContext {
  const facts = grammarFacts();
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

  const tokens = lexed.tokens;
  // The word under the cursor, if any, and the tokens before it.
  let wordTok: IToken | undefined;
  let before = 0;
  for (; before < tokens.length; before++) {
    const t = tokens[before];
    if (end(t) >= offset) {
      if (t.startOffset < offset && t.tokenType.name === "StringLiteral") return none();
      if (t.startOffset < offset && isWordish(facts, t)) wordTok = t;
      break;
    }
  }
  const prior = tokens.slice(0, before);

  // The block stack over the tokens before the cursor: a keyword that opens a block (and is not
  // a name here: a unit may be called `task`) makes the next `{` open that block.
  const stack: { block: BlockKind; document?: string }[] = [{ block: "top" }];
  let opening: BlockKind | undefined;
  let openingName: string | undefined;
  for (let i = 0; i < prior.length; i++) {
    const t = prior[i];
    const opens = facts.blockOpenedBy(t.tokenType) as BlockKind | undefined;
    if (opens && !(i > 0 && facts.takesName(prior[i - 1]))) {
      opening = opens;
      const next = prior[i + 1];
      openingName = next && (next.tokenType.name === "Name" || next.tokenType.name.startsWith("Kw_")) ? next.image : undefined;
    } else if (t.tokenType.name === "LBrace") {
      const outer = stack[stack.length - 1];
      const block = opening ?? "top";
      stack.push({ block, document: block === "document" ? openingName : outer.document });
      opening = undefined;
    } else if (t.tokenType.name === "RBrace") {
      if (stack.length > 1) stack.pop();
      opening = undefined;
    }
  }
  const { block, document } = stack[stack.length - 1];
  const word = wordTok ? { start: wordTok.startOffset, end: end(wordTok) } : { start: offset, end: offset };
  const ctx = ({ expect, words, site }: Expectation): CursorContext => ({ expect, block, document, word, lineStart, ...(words ? { words } : {}), ...(site ? { site } : {}) });

  const prev = prior[prior.length - 1];
  const sameLine = prev !== undefined && end(prev) > lineStart;
  if (prev && (sameLine || isSeparator(facts, prev))) {
    const after = afterToken(facts, prior, block);
    if (after) return ctx(after);
  }
  // Nothing but whitespace before the word on this line: a new statement (or, in a block whose
  // statements start with a date, that date; in one whose statements may be a bare name, that name).
  const lineValue = facts.statementValue(block);
  if (!sameLine) {
    if (lineValue && (!wordTok || facts.startsValue(lineValue.rule, wordTok))) return ctx({ expect: "date" });
    const lineName = facts.statementReference(block);
    if (lineName && lineName in REFERENCE_KINDS) return ctx(referenceExpectation(lineName as ReferenceSite));
    return ctx({ expect: "statement", words: facts.statementKeywords(block) });
  }
  // After the date at the start of such a line: what follows it (a history line's event).
  if (lineValue && prev && prev.startOffset >= lineStart && facts.startsValue(lineValue.rule, prev)) {
    const after = expectOf(facts, lineValue.then, undefined);
    if (after) return ctx(after);
  }
  return ctx({ expect: "none" });
}

/** What follows the last token before the cursor (a keyword, or the `,` of a list of names). */
function afterToken(facts: GrammarFacts, prior: IToken[], block: BlockKind): Expectation | undefined {
  const prev = prior[prior.length - 1];
  if (!isKeyword(prev)) return isSeparator(facts, prev) ? listOwner(facts, prior, block) : undefined;
  const follow = facts.follow(block, prev.tokenType);
  return follow && expectOf(facts, follow, prev.image);
}

/** For `covers T1, T2, |`: walks back over `name ,` pairs to the keyword the list follows. */
function listOwner(facts: GrammarFacts, prior: IToken[], block: BlockKind): Expectation | undefined {
  let i = prior.length - 1;
  while (i >= 1 && isSeparator(facts, prior[i]) && isWordish(facts, prior[i - 1])) {
    i -= 2;
    if (i >= 0 && !isSeparator(facts, prior[i])) break;
  }
  const keyword = prior[i];
  if (!keyword || !isKeyword(keyword)) return undefined;
  const follow = facts.follow(block, keyword.tokenType);
  return follow?.kind === "name" && follow.list ? expectOf(facts, follow, keyword.image) : undefined;
}

/** What completion offers for what the grammar says comes next (after `keyword`, if any). */
function expectOf(facts: GrammarFacts, follow: Follow, keyword: string | undefined): Expectation | undefined {
  switch (follow.kind) {
    case "name":
      if (follow.role === "event") return { expect: "event" };
      if (follow.role === "declaration" || keyword === undefined) return { expect: "none" };
      return referenceExpectation(keyword);
    case "value":
      // `ongoing` is a deadline's word: only `due` offers it.
      if (follow.rule === "temporal") return { expect: keyword === "due" ? "due" : "date" };
      return { expect: follow.rule === "duration" ? "duration" : "none" };
    case "words":
      return { expect: "words", words: follow.words };
    case "other":
      return undefined;
  }
}

/** What a reference after `keyword` (or at a site without one) must name, as completion offers it. */
function referenceExpectation(keyword: string): Expectation {
  const kind: ReferenceKind | undefined = (REFERENCE_KINDS as Readonly<Record<string, ReferenceKind>>)[keyword];
  if (kind === undefined) return { expect: "none" };
  const site = keyword as ReferenceSite;
  if (keyword === "lead" || keyword === "support") return { expect: "role", site }; // bodies of the issuer's own unit
  if (keyword === "implements") return { expect: "directive", site };
  return { expect: kind === "task" ? "covers" : kind, site };
}

function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}
