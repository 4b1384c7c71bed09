// The formatter's API and its layout decisions, one small case each. Every case also goes through
// assertInvariants (idempotent, same AST, same comments).
import assert from "node:assert/strict";
import { parse } from "../../language/index.js";
import { formatFile, formatText } from "../../language/format/index.js";
import { assertInvariants, format } from "./harness.js";

/** Formats `lines.join("\n")` and compares with `expected.join("\n") + "\n"`. */
function check(input: string | string[], expected: string[]): void {
  const text = Array.isArray(input) ? input.join("\n") : input;
  assert.equal(assertInvariants(text), expected.length ? `${expected.join("\n")}\n` : "");
}

describe("format: API", () => {
  it("formatText returns the text and whether it changed", () => {
    assert.deepEqual(formatText("u", 'unit  a "A"'), { ok: true, text: 'unit a "A"\n', changed: true });
    assert.deepEqual(formatText("u", 'unit a "A"\n'), { ok: true, text: 'unit a "A"\n', changed: false });
  });

  it("formatText refuses a text with syntax problems and returns them", () => {
    const text = 'unit a "A"\nunit b SYNTAX!\n';
    const result = formatText("u", text);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.ok(result.problems.length > 0);
      assert.deepEqual(result.problems, parse("u", text).problems);
    }
  });

  it("refuses an unterminated string, an unterminated comment and an unknown history word", () => {
    for (const text of ['unit a "A', "unit a /* x", "plan P { history { 2024-01-01 flew } }"]) {
      assert.equal(formatText("u", text).ok, false, text);
    }
  });

  it("formatFile throws a clear error on a file with problems", () => {
    assert.throws(() => formatFile(parse("file:///x.plan", "unit {")), /file:\/\/\/x\.plan has \d+ syntax problem/);
  });

  it("formatFile formats a parsed file", () => {
    assert.equal(formatFile(parse("u", "unit a\tlevel x")), "unit a level x\n");
  });
});

describe("format: layout", () => {
  it("an empty or blank file stays empty", () => {
    check("", []);
    check(" \n\n\t\n", []);
  });

  it("ends the file with exactly one line ending", () => {
    check('unit a "A"', ['unit a "A"']);
    check('unit a "A"\n\n\n\n', ['unit a "A"']);
  });

  it("separates declarations with one blank line", () => {
    check(['unit a', 'unit b', '', '', '', 'unit c {', '}'], ["unit a", "", "unit b", "", "unit c {}"]);
  });

  it("indents two spaces per level, one statement per line", () => {
    check("plan P { task A1 \"x\" { task A1.1 \"y\" { lead u } } }", [
      "plan P {",
      '  task A1 "x" {',
      '    task A1.1 "y" {',
      "      lead u",
      "    }",
      "  }",
      "}",
    ]);
  });

  it("joins a statement written over several lines", () => {
    check(["plan P {", "  task A1", '    "x"', "    covers", "      T1", "  {", "    lead u", "  }", "}"], [
      "plan P {",
      '  task A1 "x" covers T1 {',
      "    lead u",
      "  }",
      "}",
    ]);
  });

  it("writes lists with ', '", () => {
    check('plan P { task A "x" covers T1 ,T2,   T3 { support a ,b,c } }', [
      "plan P {",
      '  task A "x" covers T1, T2, T3 {',
      "    support a, b, c",
      "  }",
      "}",
    ]);
  });

  it("keeps one blank line where a block had any, none after '{' or before '}'", () => {
    check(["plan P {", "", "", "  title \"t\"", "", "", "", "  horizon 2030", "  issuer u", "", "}"], [
      "plan P {",
      '  title "t"',
      "",
      "  horizon 2030",
      "  issuer u",
      "}",
    ]);
  });

  it("prints an empty block as {}", () => {
    check(["unit a {", "", "}", "plan P { task A \"x\" {  } approval { } }"], [
      "unit a {}",
      "",
      "plan P {",
      '  task A "x" {}',
      "  approval {}",
      "}",
    ]);
  });

  it("prints literals exactly as written", () => {
    const literals = ["15/6/2023", "05/06/2023", "2023-06-15", "2023-6-5", "6/2024", "2024-06", "Q4/2023", "2030", "ongoing"];
    for (const date of literals) check(`plan P { task A "x" { due   ${date} } }`, ["plan P {", '  task A "x" {', `    due ${date}`, "  }", "}"]);
    check('plan P { task A "a \\"b\\" \\\\ c" { indicator "x"   target   50,5% } }', [
      "plan P {",
      '  task A "a \\"b\\" \\\\ c" {',
      '    indicator "x" target 50,5%',
      "  }",
      "}",
    ]);
  });

  it("writes a duration as its two words with one space", () => {
    check("plan P { approval { step s by u within 30days } }", ["plan P {", "  approval {", "    step s by u within 30 days", "  }", "}"]);
  });

  it("keeps a multi-line string byte for byte, its inner indentation too", () => {
    check('directive D { title   "a\n    b\n\nc" }', ["directive D {", '  title "a\n    b\n\nc"', "}"]);
  });

  it("keeps clause order and repeated clauses", () => {
    check('unit a "A" in b code "C" level x level y', ['unit a "A" in b code "C" level x level y']);
  });

  it("accepts keywords used as names", () => {
    check("plan P { approval { step review   by plan within 1 day } }", ["plan P {", "  approval {", "    step review by plan within 1 day", "  }", "}"]);
  });
});

describe("format: comments", () => {
  it("keeps an end-of-line comment at the end of its line, one space before it", () => {
    check(["unit a {     // x", "  unit b// y", "}   // z"], ["unit a { // x", "  unit b // y", "} // z"]);
  });

  it("keeps own-line comments on their own lines at the block's indentation", () => {
    check(["unit a {", "        // before b", "unit b", "           /* before } */", "}"], [
      "unit a {",
      "  // before b",
      "  unit b",
      "  /* before } */",
      "}",
    ]);
  });

  it("moves a comment between the tokens of a statement to the end of its line", () => {
    check(["plan P { task A \"x\" { lead /* who */ u", "due // when", "2024 } }"], [
      "plan P {",
      '  task A "x" {',
      "    lead u /* who */",
      "    due 2024 // when",
      "  }",
      "}",
    ]);
  });

  it("moves a comment inside a block's header after its '{'", () => {
    check(['unit a /* h */ "A" {', "  unit b", "}"], ['unit a "A" { /* h */', "  unit b", "}"]);
  });

  it("puts all but the last line comment of one statement on lines above it", () => {
    check(["plan P {", "  issuer // one", "  /* two */ u // three", "}"], ["plan P {", "  // one", "  issuer u /* two */ // three", "}"]);
  });

  it("keeps the comments of an empty block on its line", () => {
    check(["unit a { // nothing yet", "}"], ["unit a {} // nothing yet"]);
    check(["unit a { /* x */ } /* y */"], ["unit a {} /* x */ /* y */"]);
  });

  it("keeps a block comment's inner text verbatim", () => {
    check(["unit a {", "      /* one", "         two", "   three */", "  unit b", "}"], ["unit a {", "  /* one", "         two", "   three */", "  unit b", "}"]);
  });

  it("keeps blank lines between comments at the top level, and after every declaration", () => {
    check(["// header", "", "// about a", "unit a", "// after a", "unit b", "// end"], [
      "// header",
      "",
      "// about a",
      "unit a",
      "",
      "// after a",
      "unit b",
      "",
      "// end",
    ]);
  });

  it("keeps a file of comments only", () => {
    check(["   // only", "", "", "   /* comments */   "], ["// only", "", "/* comments */"]);
  });

  it("drops trailing blanks of line comments only", () => {
    check(["unit a // x   \t", "/* y   */"], ["unit a // x", "", "/* y   */"]);
  });

  it("keeps comments on one line together", () => {
    check(["unit a {", "  /* a */ /* b */ // c", "  unit b", "}"], ["unit a {", "  /* a */ /* b */ // c", "  unit b", "}"]);
  });
});

describe("format: line endings and BOM", () => {
  it("uses the line ending the file mostly uses", () => {
    assert.equal(format("unit a\r\nunit b\r\nunit c\nunit d\r\n"), "unit a\r\n\r\nunit b\r\n\r\nunit c\r\n\r\nunit d\r\n");
    assert.equal(format("unit a\r\nunit b\nunit c\nunit d\n"), "unit a\n\nunit b\n\nunit c\n\nunit d\n");
    assert.equal(format("unit a\runit b\r"), "unit a\r\runit b\r");
  });

  it("goes to \\n on a tie or without any line break", () => {
    assert.equal(format("unit a\r\nunit b\n"), "unit a\n\nunit b\n");
    assert.equal(format("unit a"), "unit a\n");
  });

  it("does not count line breaks inside strings and block comments, and keeps them", () => {
    const text = 'directive D {\r\n  title "a\nb\nc\nd"\r\n  /* x\ny\nz */\r\n}\r\n';
    assert.equal(assertInvariants(text), text);
  });

  it("keeps a leading BOM and adds none", () => {
    assert.equal(assertInvariants("\ufeffunit  a"), "\ufeffunit a\n");
    assert.equal(assertInvariants("unit  a"), "unit a\n");
    assert.equal(assertInvariants("\ufeff"), "\ufeff");
  });
});
