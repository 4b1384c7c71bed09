import assert from "node:assert/strict";
import { syntax } from "../../language/checks/syntax.js";
import { checkFile, lineIndexOf, Workspace } from "../../language/index.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(syntax, {
  valid: [
    { name: "a well-formed plan", code: plan(`\n  task A1 "Quán triệt \\"Kết luận 57\\"" covers T1 {\n    lead btg-tu-a\n    support so-tttt-a, vp-tu-a\n    due 05/06/2024\n  }`) },
    { name: "comments and an empty file", code: "// chỉ có chú thích\n/* khối\n chú thích */\n" },
  ],
  invalid: [
    {
      name: "a missing comma between two bodies",
      allowSyntaxErrors: true,
      code: plan(`\n  task A1 "a" {\n    lead btg-tu-a\n    support so-tttt-a vp-tu-a\n  }`),
      errors: [
        {
          messageId: "expectedToken",
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 30,
          text: "vp-tu-a",
          en: "Expected '}' but found 'vp-tu-a'",
          vi: "Cần '}' nhưng gặp 'vp-tu-a'",
        },
      ],
    },
    {
      name: "a date that does not exist",
      allowSyntaxErrors: true,
      code: plan(`\n  task A1 "a" { due 31/2/2024 }`),
      errors: [{ messageId: "invalidDate", line: 9, column: 21, endLine: 9, endColumn: 30, en: "Not a valid date: 31/2/2024", vi: "Ngày không tồn tại: 31/2/2024" }],
    },
    {
      name: "an unknown history word, and `reviewed` without its kind",
      allowSyntaxErrors: true,
      code: plan(`\n  history {\n    2023-09-01 signed\n    2023-09-02 reviewed\n  }`),
      errors: [
        { messageId: "unknownEvent", line: 10, column: 16, endLine: 10, endColumn: 22, text: "signed", data: { word: "signed" } },
        { messageId: "reviewNeedsKind", line: 11, column: 16, endLine: 11, endColumn: 24, en: "'reviewed' must say which review: preliminary or final" },
      ],
    },
    {
      // LANGUAGE.md: "a lexical or parse error" — a character no token starts with.
      name: "a lexical error: a character outside the language",
      allowSyntaxErrors: true,
      code: plan(`\n  task A1 "a" { lead btg-tu-a @ }`),
      errors: [{ messageId: "unexpectedChar", line: 9, column: 31, endLine: 9, endColumn: 32, text: "@", en: "Unexpected character '@'" }],
    },
    {
      name: "a stray closing brace",
      allowSyntaxErrors: true,
      code: `unit a "A" }\nunit b "B"\n`,
      errors: [{ messageId: "expectedToken", line: 1, column: 12, endLine: 1, endColumn: 13, text: "}", en: "Expected end of file but found '}'" }],
    },
  ],
});

// LANGUAGE.md: "the parser recovers and keeps checking the rest" — a syntax error hides nothing
// outside its declaration; inside it, the other rules wait until it parses (language/checks/run.ts
// `withholdInBrokenDeclarations`), so a recovery never invents findings about text it skipped.
describe("syntax: recovery keeps checking the rest of the file", () => {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(BASE_FILES)) ws.setFile(uri, text);
  /** `line:column rule text` of each finding of `code` (report-cadence off: the fixture's plan has no reporting). */
  const findings = (code: string): string[] => {
    ws.setFile("file:///ws/test.plan", code);
    const lines = lineIndexOf({ text: code });
    return checkFile(ws, "file:///ws/test.plan", { rules: { "report-cadence": "off" } }).map((f) => {
      const at = lines.positionAt(f.span.start);
      return `${at.line + 1}:${at.character + 1} ${f.ruleId} ${code.slice(f.span.start, f.span.end)}`;
    });
  };
  const tasks = (a1Lead: string, a1Open = "{") => `
  task A1 "a" covers T1 ${a1Open}
    lead ${a1Lead}
    indicator "i" target 100%
  }
  task A2 "b" covers T2, T3 {
    lead btg-tu-aa
    indicator "j" target 1
  }`;
  const otherDeclaration = `unit xa-moi "Xã" level grassroots in huyen-uy-xx\n`;

  it("reports the syntax error, and the findings of the other declarations", () => {
    assert.deepEqual(findings(plan(tasks("btg-tu-a support , vp-tu-a")) + otherDeclaration), ["10:27 syntax ,", "18:38 unresolved-reference huyen-uy-xx"]);
  });

  it("a deleted `{` gives its syntax error only, not the coverage, lead and indicator findings of the text it cut off", () => {
    assert.deepEqual(findings(plan(tasks("btg-tu-a", ""))), ["10:5 syntax lead", "13:3 syntax task"]);
  });

  it("once the declaration parses, every finding is back", () => {
    assert.deepEqual(findings(plan(tasks("btg-tu-a")) + otherDeclaration), ["14:10 unresolved-reference btg-tu-aa", "18:38 unresolved-reference huyen-uy-xx"]);
  });
});
