import { unresolvedReference } from "../../language/checks/unresolved-reference.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(unresolvedReference, {
  valid: [
    {
      name: "every name resolves, across files",
      code: plan(`
  task A1 "a" covers T1, T2.1 {
    lead btg-tu-a
    support so-tttt-a, huyen-uy-x
  }
  approval { step draft by btg-tu-a within 30 days }
  reporting { report "r" every 6 months due day 10 to btg-tw }`),
    },
    {
      // `DOC.TASK` names a task of any document, not only of the parent.
      name: "a qualified task name (KL57.T2.1) from a plan whose parent is another plan",
      code: plan(`\n  task X1 "a" covers A1, KL57.T2.1 { lead btg-hu-x }`, { issuer: "huyen-uy-x", parent: "KH-A-57" }),
    },
    {
      // Declarations may appear in any order: a unit used above its declaration, in the same file.
      name: "a name declared later in the same file",
      code: plan(`\n  task A1 "a" covers T1 { lead ban-moi support ban-moi-2 }`) + `unit ban-moi "Ban mới" in tinh-uy-a {\n  unit ban-moi-2 "Tổ giúp việc"\n}\n`,
    },
    {
      name: "a directive needs no `implements`",
      code: `directive KL99 {\n  issuer bo-chinh-tri\n  continues KL57\n}\n`,
    },
    {
      // Vietnamese typed decomposed (NFD: "ê" as "e" + U+0302) names the unit declared
      // precomposed (NFC): names are compared in NFC (language/text/names.ts).
      name: "a name typed in NFD resolves to the same name declared in NFC, and the other way round",
      code:
        `unit ban-tuyên-giáo "Ban Tuyên giáo" in tinh-uy-a\n`.normalize("NFC") +
        `unit tổ-giúp-việc "Tổ giúp việc" in tinh-uy-a\n`.normalize("NFD") +
        plan(`\n  task A1 "a" covers T1 { lead ${"ban-tuyên-giáo".normalize("NFD")} support ${"tổ-giúp-việc".normalize("NFC")} }`),
    },
    {
      name: "units with levels and `in`",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in trung-uong\n`,
    },
  ],
  invalid: [
    {
      name: "an unknown unit, with the closest name as suggestion and quick fix",
      code: plan(`\n  task A1 "a" covers T1 { lead btg-tu-aa }`),
      errors: [
        {
          messageId: "unitSuggest",
          line: 9,
          column: 32,
          endLine: 9,
          endColumn: 41,
          text: "btg-tu-aa",
          en: "Unknown unit 'btg-tu-aa'. Did you mean 'btg-tu-a'?",
          vi: "Không tìm thấy đơn vị 'btg-tu-aa'. Có phải là 'btg-tu-a'?",
          suggestions: [{ title: "Change to 'btg-tu-a'", output: plan(`\n  task A1 "a" covers T1 { lead btg-tu-a }`) }],
        },
      ],
    },
    {
      name: "an unknown unit with nothing close",
      code: plan("", { issuer: "hoan-toan-khac-biet" }),
      errors: [{ messageId: "unit", line: 4, column: 10, endLine: 4, endColumn: 29, en: "Unknown unit 'hoan-toan-khac-biet'", suggestions: [] }],
    },
    {
      name: "an unknown document",
      code: plan("", { parent: "KL577" }),
      errors: [{ messageId: "documentSuggest", line: 7, column: 10, endLine: 7, endColumn: 15, data: { suggestion: "KL57" } }],
    },
    {
      name: "a task the parent does not have, with a suggestion",
      code: plan(`\n  task A1 "a" covers T2.3`),
      errors: [
        {
          messageId: "taskSuggest",
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 26,
          text: "T2.3",
          en: "The parent document 'KL57' has no task 'T2.3'. Did you mean 'T2.1'?",
          suggestions: [{ output: plan(`\n  task A1 "a" covers T2.1`) }],
        },
      ],
    },
    {
      name: "a qualified name whose task does not exist",
      code: plan(`\n  task A1 "a" covers KL57.T9`),
      errors: [{ messageId: "task", line: 9, column: 22, endLine: 9, endColumn: 29, text: "KL57.T9" }],
    },
    {
      name: "covers without a parent",
      code: plan(`\n  task A1 "a" covers T1`, { parent: null }),
      errors: [{ messageId: "taskNoParent", line: 9, column: 22, endLine: 9, endColumn: 24, en: "Unknown task 'T1': the plan declares no 'parent'" }],
    },
    {
      // LANGUAGE.md: `lead`, `support`, `issuer`, `by` and `to` name units.
      name: "`support`, a step's `by` and a report's `to` name units",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    support so-tttt-aa, KL57
  }
  approval { step draft by vp-tu-aa within 30 days }
  reporting { report "r" every 6 months due day 10 to KL57 }`),
      errors: [
        { messageId: "unitSuggest", line: 11, column: 13, endLine: 11, endColumn: 23, text: "so-tttt-aa", data: { suggestion: "so-tttt-a" } },
        { messageId: "notUnit", line: 11, column: 25, endLine: 11, endColumn: 29, text: "KL57" },
        { messageId: "unitSuggest", line: 13, column: 28, endLine: 13, endColumn: 36, text: "vp-tu-aa", data: { suggestion: "vp-tu-a" } },
        { messageId: "notUnit", line: 14, column: 55, endLine: 14, endColumn: 59, text: "KL57" },
      ],
    },
    {
      // LANGUAGE.md: `implements`, `parent`, `continues` name documents.
      name: "`implements` and `continues` name documents",
      code: plan("", { implements: "KL75" }) + `directive KL99 {\n  issuer bo-chinh-tri\n  continues KL16\n}\n`,
      errors: [
        // Two digits swapped: one slip away from KL57.
        { messageId: "documentSuggest", line: 6, column: 14, endLine: 6, endColumn: 18, text: "KL75", en: "Unknown document 'KL75'. Did you mean 'KL57'?" },
        { messageId: "document", line: 12, column: 13, endLine: 12, endColumn: 17, text: "KL16" },
      ],
    },
    {
      // `covers X` looks X up among the tasks of the plan's *parent*, not of the directive it implements.
      name: "covers looks into the parent plan, not into the implemented directive",
      code: plan(`\n  task X1 "a" covers T1 { lead btg-hu-x }`, { issuer: "huyen-uy-x", parent: "KH-A-57" }),
      errors: [{ messageId: "taskSuggest", line: 9, column: 22, endLine: 9, endColumn: 24, text: "T1", data: { parent: "KH-A-57", suggestion: "A1" } }],
    },
    {
      // LANGUAGE.md's example: `implements KL57 // the directive (required)`. The fix names the
      // directive the parent chain leads to.
      name: "a plan without `implements`: on its name, with the directive as quick fix",
      code: plan("", { implements: null }),
      errors: [
        {
          messageId: "missingImplements",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 7,
          text: "P",
          en: "Plan 'P' does not name the directive it implements ('implements')",
          suggestions: [{ title: "Add 'implements KL57'", output: plan("", { implements: null }).replace("  parent KL57", "  implements KL57\n  parent KL57") }],
        },
      ],
    },
    {
      name: "a district plan without `implements`: the directive its parent plan implements",
      code: plan("", { name: "KH-X", implements: null, issuer: "huyen-uy-x", parent: "KH-A-57" }) + plan("", { name: "KH-Y", implements: null, parent: null }),
      errors: [
        {
          messageId: "missingImplements",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 10,
          suggestions: [{ output: (plan("", { name: "KH-X", implements: null, issuer: "huyen-uy-x", parent: "KH-A-57" }) + plan("", { name: "KH-Y", implements: null, parent: null })).replace("  parent KH-A-57", "  implements KL57\n  parent KH-A-57") }],
        },
        { messageId: "missingImplements", line: 10, column: 6, endLine: 10, endColumn: 10, text: "KH-Y", suggestions: [] },
      ],
    },
    {
      name: "an unknown level",
      code: `unit tinh-uy-c "Tỉnh ủy C" level provinc in trung-uong\n`,
      errors: [{ messageId: "levelSuggest", line: 1, column: 34, endLine: 1, endColumn: 41, data: { suggestion: "province" } }],
    },
    {
      name: "a document where a unit is expected, and a unit where a document is expected",
      code: plan("", { issuer: "KL57", parent: "tinh-uy-a" }),
      errors: [
        { messageId: "notUnit", line: 4, column: 10, endLine: 4, endColumn: 14, en: "'KL57' is a document, not a unit" },
        { messageId: "notDocument", line: 7, column: 10, endLine: 7, endColumn: 19, vi: "'tinh-uy-a' là một đơn vị, không phải văn bản" },
      ],
    },
  ],
});
