// Property tests over the valid fixtures (fast-check):
// 1. the layout does not depend on whitespace: respacing the gaps between tokens at random gives
//    the same output, as long as what the layout reads from whitespace is kept (whether a comment
//    starts its line, and where blank lines are);
// 2. comments dropped into random gaps (line and block comments, between any two tokens) are all
//    kept, in order, and the invariants hold.
import assert from "node:assert/strict";
import fc from "fast-check";
import { lex } from "../../language/index.js";
import { assertInvariants, fixtureNames, format, readFixture } from "./harness.js";

interface Piece {
  start: number;
  end: number;
  comment: boolean;
}

interface Split {
  pieces: string[];
  gaps: string[];
  /** Whether the piece before / after gap i is a comment. */
  nearComment: boolean[];
}

/** The text as pieces (tokens and comments) and the whitespace gaps around them (one more gap than pieces). */
function split(text: string): Split {
  const lexed = lex(text);
  const pieces: Piece[] = [
    ...lexed.tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, comment: false })),
    ...lexed.comments.map((c) => ({ ...c.span, comment: true })),
  ].sort((a, b) => a.start - b.start);
  const gaps: string[] = [];
  const nearComment: boolean[] = [];
  let at = 0;
  pieces.forEach((p, i) => {
    gaps.push(text.slice(at, p.start));
    nearComment.push(p.comment || (i > 0 && pieces[i - 1].comment));
    at = p.end;
  });
  gaps.push(text.slice(at));
  nearComment.push(pieces.length > 0 && pieces[pieces.length - 1].comment);
  return { pieces: pieces.map((p) => text.slice(p.start, p.end)), gaps, nearComment };
}

function join(s: Split, gaps: readonly string[]): string {
  return s.pieces.map((p, i) => gaps[i] + p).join("") + gaps[gaps.length - 1];
}

const breaks = (gap: string): number => (gap.match(/\r\n|\r|\n/g) ?? []).length;
const blanks = (min: number) => fc.array(fc.constantFrom(" ", "\t", "  ", "    "), { minLength: min, maxLength: 3 }).map((a) => a.join(""));
const oneBreak = fc.tuple(blanks(0), blanks(0)).map(([a, b]) => `${a}\n${b}`);
const blankLines = fc.tuple(blanks(0), fc.integer({ min: 2, max: 4 }), blanks(0)).map(([a, n, b]) => `${a}${"\n".repeat(n)}${b}`);

/** Whitespace that the layout reads the same as `gap`. */
function respaced(gap: string, nearComment: boolean, edge: boolean): fc.Arbitrary<string> {
  if (edge) return fc.array(fc.constantFrom(" ", "\t", "\n"), { maxLength: 5 }).map((a) => a.join(""));
  const n = breaks(gap);
  if (n >= 2) return blankLines;
  const same = gap === "" ? blanks(0) : blanks(1);
  // Next to a comment, a line break decides whether it trails a line or has a line of its own.
  if (nearComment) return n === 0 ? same : oneBreak;
  return fc.oneof(same, oneBreak);
}

const names = fixtureNames().formattable;
const sources = new Map(names.map((name) => [name, readFixture(`${name}.plan`)]));

describe("format: properties", () => {
  it("respacing between tokens does not change the output", () => {
    const cases = fc.constantFrom(...names).chain((name) => {
      const s = split(sources.get(name)!);
      const gaps = s.gaps.map((g, i) => respaced(g, s.nearComment[i], i === 0 || i === s.gaps.length - 1));
      return fc.tuple(fc.constant(name), fc.tuple(...gaps).map((g) => join(s, g)));
    });
    const expected = new Map(names.map((name) => [name, format(sources.get(name)!)]));
    fc.assert(
      fc.property(cases, ([name, text]) => {
        assert.equal(format(text), expected.get(name), `${name} respaced:\n${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it("squashing every gap that holds no comment and no blank line onto one line keeps the output", () => {
    for (const name of names) {
      const s = split(sources.get(name)!);
      const gaps = s.gaps.map((g, i) => (s.nearComment[i] || breaks(g) >= 2 || g === "" ? g : " "));
      assert.equal(format(join(s, gaps)), format(sources.get(name)!), name);
    }
  });

  it("comments dropped between any tokens are kept, in order, and the invariants hold", () => {
    const cases = fc.constantFrom(...names).chain((name) => {
      const s = split(sources.get(name)!);
      const inserts = fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: s.gaps.length - 1 }),
          block: fc.boolean(),
          multiline: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6 },
      );
      return inserts.map((list) => {
        const gaps = [...s.gaps];
        list.forEach(({ gap, block, multiline }, i) => {
          const comment = block ? (multiline ? ` /* c${i}\n   more */ ` : ` /* c${i} */ `) : ` // c${i}\n`;
          gaps[gap] = gaps[gap] + comment;
        });
        return join(s, gaps);
      });
    });
    fc.assert(
      fc.property(cases, (text) => {
        assertInvariants(text);
      }),
      { numRuns: 300 },
    );
  });
});
