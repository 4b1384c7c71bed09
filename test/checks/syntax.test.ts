import { syntax } from "../../language/checks/syntax.js";
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
      name: "a stray closing brace",
      allowSyntaxErrors: true,
      code: `unit a "A" }\nunit b "B"\n`,
      errors: [{ messageId: "expectedToken", line: 1, column: 12, endLine: 1, endColumn: 13, text: "}", en: "Expected end of file but found '}'" }],
    },
  ],
});
