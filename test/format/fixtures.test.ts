// Prettier-style fixtures: test/format/fixtures/<name>.plan is formatted and compared with
// <name>.formatted.plan beside it (UPDATE_FIXTURES=1 rewrites the expected files). Each fixture is
// also checked for idempotency, an unchanged AST and unchanged comments, and run again with CRLF
// and CR line endings and with a BOM. `refused-*.plan` fixtures have syntax errors: refused.
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../language/index.js";
import { formatFile, formatText } from "../../language/format/index.js";
import { assertInvariants, FIXTURES, fixtureNames, format, readFixture, UPDATE, withLineEnding } from "./harness.js";

const { formattable, refused } = fixtureNames();

describe("format fixtures", () => {
  it("has fixtures of both kinds", () => {
    assert.ok(formattable.length >= 10, `only ${formattable.length} fixtures`);
    assert.ok(refused.length >= 1);
  });

  for (const name of formattable) {
    describe(name, () => {
      const input = readFixture(`${name}.plan`);
      const expectedPath = join(FIXTURES, `${name}.formatted.plan`);
      const expected = (): string => readFixture(`${name}.formatted.plan`);

      it(`formats to ${name}.formatted.plan`, () => {
        const actual = format(input);
        if (UPDATE) writeFileSync(expectedPath, actual);
        assert.ok(existsSync(expectedPath), `missing ${name}.formatted.plan (run with UPDATE_FIXTURES=1 to write it)`);
        assert.equal(actual, expected());
      });

      it("is idempotent, keeps the AST and every comment", () => {
        assertInvariants(input);
        assert.equal(format(expected()), expected(), "the expected output is not a fixed point");
      });

      for (const eol of ["\r\n", "\r"] as const) {
        it(`gives the same layout with ${eol === "\r\n" ? "CRLF" : "CR"} line endings, and keeps them`, () => {
          const out = assertInvariants(withLineEnding(input, eol));
          assert.equal(out, withLineEnding(expected(), eol));
        });
      }

      it("keeps a leading BOM", () => {
        const out = assertInvariants(`\ufeff${input}`);
        assert.equal(out, `\ufeff${expected()}`);
      });
    });
  }

  for (const name of refused) {
    it(`refuses ${name} (syntax errors)`, () => {
      const input = readFixture(`${name}.plan`);
      const result = formatText("file:///bad.plan", input);
      assert.equal(result.ok, false);
      const problems = parse("file:///bad.plan", input).problems;
      assert.ok(problems.length > 0);
      if (!result.ok) assert.deepEqual(result.problems, problems);
      assert.throws(() => formatFile(parse("file:///bad.plan", input)), /syntax problem/);
      assert.ok(!existsSync(join(FIXTURES, `${name}.formatted.plan`)), "a refused fixture has no expected output");
    });
  }
});
