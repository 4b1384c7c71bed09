// The tokens of the plan language, defined once and exported as the ordered list the lexer tries.
//
// Keywords are English and "soft": each keyword token is also in the `Name` category, so wherever
// the grammar expects a name a keyword is accepted too (a step may be called `review`, a unit
// `plan`). Names are Unicode (`\p{L}`); Chevrotain cannot analyse regexes with the `u` flag, so the
// Name pattern is a custom matcher with an explicit start-character hint (which keeps the lexer's
// first-character optimisation on).
import { createToken, Lexer, type TokenType } from "chevrotain";

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{M}\p{N}_.\-]/u;

// The Name matcher runs on every word of every file, so it scans char codes instead of running a
// Unicode regex: ASCII from two small tables, other BMP code units from a table filled lazily
// from the same character classes, astral code points (surrogate pairs) through the regexes. It
// matches exactly what `/[\p{L}_][\p{L}\p{M}\p{N}_.\-]*/uy` matched before, V8 quirks included.
const ASCII_START = new Uint8Array(128);
const ASCII_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_START[c] = NAME_START.test(ch) ? 1 : 0;
  ASCII_PART[c] = NAME_PART.test(ch) ? 1 : 0;
}
const START = 1;
const PART = 2;
const KNOWN = 4;
/** Classes of BMP code units, 0 until first seen. */
const BMP_CLASS = new Uint8Array(0x10000);

function bmpClass(c: number): number {
  let k = BMP_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (NAME_START.test(ch) ? START : 0) | (NAME_PART.test(ch) ? PART : 0);
    BMP_CLASS[c] = k;
  }
  return k;
}

const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point at `i` (a lead surrogate followed by a trail) is in `re`'s class. */
function astralIs(text: string, i: number, re: RegExp): boolean {
  return re.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** The end of the name-part run starting at `i`. */
function scanPart(text: string, i: number): number {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_PART[c] === 0) break;
      i++;
    } else if (isLead(c)) {
      if (i + 1 < len && isTrail(text.charCodeAt(i + 1)) && astralIs(text, i, NAME_PART)) i += 2;
      else break;
    } else if (bmpClass(c) & PART) i++;
    else break;
  }
  return i;
}

/** One result array, reused: Chevrotain reads `[0]` right away and keeps nothing. */
const RESULT = [""] as unknown as RegExpExecArray;

function matchName(text: string, offset: number): RegExpExecArray | null {
  let start = offset;
  let c = text.charCodeAt(start);
  // A sticky Unicode regex asked to match at the trail half of a surrogate pair matches from its
  // lead (V8); only the lexer's error resync ever asks that.
  if (isTrail(c) && start > 0 && isLead(text.charCodeAt(start - 1))) c = text.charCodeAt(--start);
  let i: number;
  if (c < 128) {
    if (ASCII_START[c] === 0) return null;
    i = start + 1;
  } else if (isLead(c)) {
    if (!(start + 1 < text.length && isTrail(text.charCodeAt(start + 1)) && astralIs(text, start, NAME_START))) return null;
    i = start + 2;
  } else if (Number.isNaN(c) || !(bmpClass(c) & START)) return null;
  else i = start + 1;
  // LANGUAGE.md: a letter or `_`, then letters, digits, `_`, `-`, `.` — a name may end in `-` or `.`.
  i = scanPart(text, i);
  RESULT[0] = text.substring(start, i);
  return RESULT;
}

/** Every UTF-16 code unit a name may start with (BMP letters, `_`, and high surrogates for astral letters). */
function nameStartChars(): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) codes.push(c);
    else if (c < 0xd800 || c > 0xdfff) {
      if (NAME_START.test(String.fromCharCode(c))) codes.push(c);
    }
  }
  return codes;
}

export const Name = createToken({
  name: "Name",
  pattern: { exec: matchName },
  line_breaks: false,
  start_chars_hint: nameStartChars(),
});

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff\u2028\u2029]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n\r]*/, group: "comments" });

// Strings and block comments are matched by hand. A regex is retried at every `"` (or `/*`) of a
// text, and when none closes, each try scans to the end of the text: quadratic, minutes for a
// 1 MB file full of stray quotes. Once an opening at `p` finds no close, none after `p` does
// either (a later `"` that the scan from `p` saw is escaped, so the escapes stay aligned; a later
// `/*` looks for the same `*/`), so one failed scan answers every later try in the same text.
let unclosed: { text: string; string: number; comment: number } | undefined;

function unclosedFor(text: string): { text: string; string: number; comment: number } {
  if (unclosed?.text !== text) unclosed = { text, string: Infinity, comment: Infinity };
  return unclosed;
}

function image(text: string): RegExpExecArray {
  return [text] as unknown as RegExpExecArray;
}

function matchString(text: string, offset: number): RegExpExecArray | null {
  if (text.charCodeAt(offset) !== 34) return null;
  const memo = unclosedFor(text);
  if (offset >= memo.string) return null;
  for (let i = offset + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++; // a backslash escapes the next character, whatever it is
    else if (c === 34) return image(text.slice(offset, i + 1));
  }
  memo.string = offset;
  return null;
}

function matchBlockComment(text: string, offset: number): RegExpExecArray | null {
  if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
  const memo = unclosedFor(text);
  if (offset >= memo.comment) return null;
  const end = text.indexOf("*/", offset + 2);
  if (end < 0) {
    memo.comment = offset;
    return null;
  }
  return image(text.slice(offset, end + 2));
}

export const BlockComment = createToken({
  name: "BlockComment",
  pattern: { exec: matchBlockComment },
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["/"],
});
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: { exec: matchString },
  line_breaks: true,
  start_chars_hint: ['"'],
});

/** Category of every date-like token (a date, month, quarter); plain numbers are years in date positions. */
export const TemporalLiteral = createToken({ name: "TemporalLiteral", pattern: Lexer.NA });
export const IsoDate = createToken({ name: "IsoDate", pattern: /\d{4}-\d{1,2}-\d{1,2}/, categories: [TemporalLiteral] });
export const IsoMonth = createToken({ name: "IsoMonth", pattern: /\d{4}-\d{1,2}/, categories: [TemporalLiteral] });
export const ViDate = createToken({ name: "ViDate", pattern: /\d{1,2}\/\d{1,2}\/\d{4}/, categories: [TemporalLiteral] });
export const ViMonth = createToken({ name: "ViMonth", pattern: /\d{1,2}\/\d{4}/, categories: [TemporalLiteral] });
export const Quarter = createToken({ name: "Quarter", pattern: /Q[1-4]\/\d{4}/, categories: [TemporalLiteral] });
export const Percent = createToken({ name: "Percent", pattern: /\d+(?:[.,]\d+)?%/ });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /\d+(?:\.\d+)?/ });

export const LBrace = createToken({ name: "LBrace", pattern: "{" });
export const RBrace = createToken({ name: "RBrace", pattern: "}" });
export const Comma = createToken({ name: "Comma", pattern: "," });

const keywordTokens: TokenType[] = [];
function keyword(word: string, ...categories: TokenType[]): TokenType {
  const t = createToken({
    name: `Kw_${word}`,
    pattern: new RegExp(word),
    longer_alt: Name,
    categories: [Name, ...categories],
  });
  keywordTokens.push(t);
  return t;
}

// Declarations
export const Hierarchy = keyword("hierarchy");
export const Level = keyword("level");
export const Unit = keyword("unit");
export const Code = keyword("code");
export const In = keyword("in");
export const Directive = keyword("directive");
export const Plan = keyword("plan");
// Document fields
export const Number_ = keyword("number");
export const Title = keyword("title");
export const Issuer = keyword("issuer");
export const Issued = keyword("issued");
export const Implements = keyword("implements");
export const Parent = keyword("parent");
export const Continues = keyword("continues");
export const Horizon = keyword("horizon");
export const Objective = keyword("objective");
export const Viewpoint = keyword("viewpoint");
// Tasks
export const Task = keyword("task");
export const Covers = keyword("covers");
export const Lead = keyword("lead");
export const Support = keyword("support");
export const Due = keyword("due");
export const Indicator = keyword("indicator");
export const Target = keyword("target");
// Approval, reporting, history
export const Approval = keyword("approval");
export const Step = keyword("step");
export const By = keyword("by");
export const Within = keyword("within");
export const Reporting = keyword("reporting");
export const Report = keyword("report");
export const Every = keyword("every");
/** Category of the duration units (`day(s)`, `month(s)`, `year(s)`). */
export const DurationUnitWord = createToken({ name: "DurationUnitWord", pattern: Lexer.NA });
// `day` is also the keyword of `due day 10`.
export const Day = keyword("day", DurationUnitWord);
export const DurationUnitTokens = ["days", "months", "years", "month", "year"].map((w) => keyword(w, DurationUnitWord));
export const To = keyword("to");
export const Review = keyword("review");
export const Preliminary = keyword("preliminary");
export const Final = keyword("final");
export const History = keyword("history");
export const Ongoing = keyword("ongoing");
// The parts of the issued document (all optional): on units, the place of the date line and the
// header lines as printed; on documents, prose sections, the signature and the recipients.
export const Place = keyword("place");
export const Superior = keyword("superior");
export const Heading = keyword("heading");
export const Preamble = keyword("preamble");
export const Purpose = keyword("purpose");
export const Requirement = keyword("requirement");
export const Organization = keyword("organization");
export const Section = keyword("section");
export const Paragraph = keyword("paragraph");
export const Detail = keyword("detail");
export const Signature = keyword("signature");
export const Authority = keyword("authority");
export const Position = keyword("position");
export const Signer = keyword("signer");
export const Recipients = keyword("recipients");
export const KEYWORDS: readonly string[] = keywordTokens.map((t) => t.name.slice(3));

// Longer keywords first where one is a prefix of another (`issued`/`issuer` differ in the last
// letter; `day`/`days`, `month`/`months`, `year`/`years` need ordering).
keywordTokens.sort((a, b) => b.name.length - a.name.length);

/**
 * The tokens the lexer tries: every token but the keywords. A keyword is exactly a Name whose
 * whole image is the keyword (that is what `longer_alt: Name` meant), so `lex` finds the words
 * with the one Name matcher and then retypes those that are keywords (`KEYWORD_BY_IMAGE`),
 * instead of trying each keyword's regex and then the Name matcher again at every word.
 */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  BlockComment,
  LineComment,
  StringLiteral,
  IsoDate,
  IsoMonth,
  ViDate,
  ViMonth,
  Quarter,
  Percent,
  NumberLiteral,
  LBrace,
  RBrace,
  Comma,
  Name,
];

/** Keyword token type by its word. */
export const KEYWORD_BY_IMAGE: ReadonlyMap<string, TokenType> = new Map(keywordTokens.map((t) => [t.name.slice(3), t]));
/** The longest keyword's length: longer names need no lookup. */
export const KEYWORD_MAX_LENGTH = Math.max(...keywordTokens.map((t) => t.name.length - 3));

/** Every token type, keywords included: the parser's vocabulary. */
export const allTokens: TokenType[] = [
  // The lexer's tokens in their order, with the keywords before Name.
  ...lexerTokens.filter((t) => t !== Name),
  ...keywordTokens,
  Name,
];
