import { dateOrder } from "../../language/checks/date-order.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// KL57 was issued 15/6/2023, KH-A-57 12/9/2023; the default plan is issued 12/9/2023, horizon 2030.
new RuleTester({ files: BASE_FILES }).run(dateOrder, {
  valid: [
    {
      name: "dates in order; periods mean their last day; ongoing has no date",
      code: plan(`
  task A1 "a" {
    due 2023-09-12
    due 9/2023
    due Q3/2023
    due 2023
    due ongoing
    due 2030
    due 31/12/2030
  }
  reporting {
    review preliminary by 2025-12-31
    review final by 2031-06-30
  }`),
    },
    {
      // LANGUAGE.md: `Q4/2023` is 31/12/2023. An ISO month `2023-09` ends on 30/9, after issuance (12/9).
      name: "a quarter horizon means its last day; an ISO month deadline too",
      code: plan(`\n  task A1 "a" { due 2023-09 due 31/12/2023 }`, { horizon: "Q4/2023" }),
    },
    {
      // Q2/2023 means 30/6/2023: after KL57's 15/6/2023.
      name: "a period as `issued` means its last day",
      code: plan("", { issued: "Q2/2023" }),
    },
    {
      name: "issued the same day as its parent",
      code: plan("", { issued: "15/6/2023" }),
    },
    {
      name: "a district plan issued after its parent plan (and after the directive)",
      code: plan("", { issuer: "huyen-uy-x", parent: "KH-A-57", issued: "2023-10-01" }),
    },
    {
      name: "without issued or horizon nothing is compared",
      code: plan(`\n  task A1 "a" { due 2020 due 2040 }`, { issued: null, horizon: null }),
    },
  ],
  invalid: [
    {
      name: "issued before its parent (the directive it implements, reported once)",
      code: plan("", { issued: "14/6/2023" }),
      errors: [
        {
          messageId: "beforeParent",
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 19,
          text: "14/6/2023",
          en: "Issued 14/6/2023, before its parent document 'KL57' was issued (15/6/2023)",
          vi: "Ngày ban hành 14/6/2023 trước ngày ban hành 15/6/2023 của văn bản cha 'KL57'",
        },
      ],
    },
    {
      name: "issued after its parent plan but before the directive it implements",
      files: { "file:///ws/provinces/early.plan": plan("", { name: "KH-SOM", issued: "2023-01-01", parent: null }) },
      code: plan("", { issuer: "huyen-uy-x", parent: "KH-SOM", issued: "2023-02-01" }),
      errors: [
        {
          messageId: "beforeDirective",
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 20,
          en: "Issued 2023-02-01, before the directive it implements, 'KL57', was issued (15/6/2023)",
        },
      ],
    },
    {
      name: "issued before both its parent plan and the directive",
      code: plan("", { issuer: "huyen-uy-x", parent: "KH-A-57", issued: "Q1/2023" }),
      errors: [
        { messageId: "beforeParent", line: 5, column: 10, endLine: 5, endColumn: 17, text: "Q1/2023", data: { parent: "KH-A-57" } },
        { messageId: "beforeDirective", line: 5, column: 10, endLine: 5, endColumn: 17, data: { directive: "KL57" } },
      ],
    },
    {
      name: "a deadline after the horizon (horizon 2030 is 31/12/2030)",
      code: plan(`\n  task A1 "a" {\n    due 2031-01-01\n    task A1.1 "b" { due Q1/2031 }\n  }`),
      errors: [
        {
          messageId: "dueAfterHorizon",
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 19,
          text: "2031-01-01",
          en: "Deadline 2031-01-01 of task 'A1' is after the horizon 2030 of 'P'",
          vi: "Thời hạn 2031-01-01 của nhiệm vụ 'A1' sau mốc kết thúc 2030 của 'P'",
          suggestions: [{ title: "Set the deadline to the horizon (2030)", output: plan(`\n  task A1 "a" {\n    due 2030\n    task A1.1 "b" { due Q1/2031 }\n  }`) }],
        },
        { messageId: "dueAfterHorizon", line: 11, column: 25, endLine: 11, endColumn: 32, text: "Q1/2031", data: { task: "A1.1" } },
      ],
    },
    {
      name: "a deadline before issuance (a period's last day before `issued`)",
      code: plan(`\n  task A1 "a" { due 8/2023 }\n  task A2 "b" { due 11/9/2023 }`),
      errors: [
        {
          messageId: "dueBeforeIssued",
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 27,
          text: "8/2023",
          en: "Deadline 8/2023 of task 'A1' is before 'P' is issued (12/9/2023)",
        },
        { messageId: "dueBeforeIssued", line: 10, column: 21, endLine: 10, endColumn: 30, text: "11/9/2023" },
      ],
    },
    {
      name: "against a quarter horizon: an ISO month before issuance, a day after 31/12",
      code: plan(`\n  task A1 "a" { due 2023-08 due 2024-01-01 }`, { horizon: "Q4/2023" }),
      errors: [
        { messageId: "dueBeforeIssued", line: 9, column: 21, endLine: 9, endColumn: 28, text: "2023-08" },
        { messageId: "dueAfterHorizon", line: 9, column: 33, endLine: 9, endColumn: 43, text: "2024-01-01", data: { horizon: "Q4/2023" } },
      ],
    },
    {
      name: "a month horizon means its last day",
      code: plan(`\n  task A1 "a" { due 2030-06-30 due 2030-07-01 }`, { horizon: "2030-06" }),
      errors: [{ messageId: "dueAfterHorizon", line: 9, column: 36, endLine: 9, endColumn: 46, text: "2030-07-01" }],
    },
    {
      name: "the preliminary review not before the final review",
      code: plan(`\n  reporting {\n    review preliminary by 2030\n    review final by 2030-12-31\n  }`),
      errors: [
        {
          messageId: "reviewOrder",
          line: 10,
          column: 27,
          endLine: 10,
          endColumn: 31,
          text: "2030",
          en: "The preliminary review deadline 2030 is not before the final review deadline 2030-12-31 of 'P'",
        },
      ],
    },
    {
      name: "review deadlines before issuance, and a horizon before issuance (extensions)",
      code: plan(`\n  reporting {\n    review preliminary by 2023-06-30\n    review final by 2022\n  }`, { horizon: "2022" }),
      errors: [
        { messageId: "horizonBeforeIssued", line: 8, column: 11, endLine: 8, endColumn: 15, text: "2022" },
        { messageId: "preliminaryBeforeIssued", line: 10, column: 27, endLine: 10, endColumn: 37, text: "2023-06-30" },
        { messageId: "reviewOrder", line: 10, column: 27, endLine: 10, endColumn: 37 },
        { messageId: "finalBeforeIssued", line: 11, column: 21, endLine: 11, endColumn: 25, vi: "Hạn tổng kết 2022 trước ngày ban hành 12/9/2023 của 'P'" },
      ],
    },
  ],
});
