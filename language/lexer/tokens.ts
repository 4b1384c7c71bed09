// The tokens of the plan language, defined once and exported as the ordered list the lexer tries.
//
// Keywords are English and "soft": each keyword token is also in the `Name` category, so wherever
// the grammar expects a name a keyword is accepted too (a step may be called `review`, a unit
// `plan`). Names are Unicode (`\p{L}`); Chevrotain cannot analyse regexes with the `u` flag, so the
// Name pattern is a custom matcher with an explicit start-character hint (which keeps the lexer's
// first-character optimisation on).
import { createToken, Lexer, type TokenType } from "chevrotain";

const NAME_START = /[\p{L}_]/u;
const NAME_STICKY = /[\p{L}_][\p{L}\p{M}\p{N}_.\-]*/uy;

function matchName(text: string, offset: number): RegExpExecArray | null {
  NAME_STICKY.lastIndex = offset;
  const m = NAME_STICKY.exec(text);
  if (m === null) return null;
  // A name never ends in `.` or `-`: `KL57.` at a sentence end is the name `KL57`.
  let s = m[0];
  while (s.length > 1 && (s.endsWith(".") || s.endsWith("-"))) s = s.slice(0, -1);
  if (s.length !== m[0].length) m[0] = s;
  return m;
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
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//,
  group: "comments",
  line_breaks: true,
});
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\]|\\[\s\S])*"/,
  line_breaks: true,
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
export const KEYWORDS: readonly string[] = keywordTokens.map((t) => t.name.slice(3));

// Longer keywords first where one is a prefix of another (`issued`/`issuer` differ in the last
// letter; `day`/`days`, `month`/`months`, `year`/`years` need ordering).
keywordTokens.sort((a, b) => b.name.length - a.name.length);

export const allTokens: TokenType[] = [
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
  ...keywordTokens,
  Name,
  TemporalLiteral,
  DurationUnitWord,
];
