import { leadAlsoSupport } from "../../language/checks/lead-also-support.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(leadAlsoSupport, {
  valid: [
    {
      name: "lead and support are different bodies",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    support so-tttt-a, vp-tu-a
  }`),
    },
    {
      // Each task is judged on its own lines: a subtask may be supported by its parent's lead.
      name: "a subtask supported by its parent task's lead",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    task A1.1 "b" {
      lead huyen-uy-x
      support btg-tu-a
    }
  }`),
    },
    {
      name: "a directive is not checked",
      code: `directive KL99 {\n  task T1 "a" { lead bo-chinh-tri support bo-chinh-tri }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "the lead is also the only support: the fix removes the support line",
      code: plan(`
  task A1 "a" covers T1 {
    lead so-tttt-a
    support so-tttt-a
    due 2025
  }`),
      errors: [
        {
          messageId: "both",
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 22,
          text: "so-tttt-a",
          en: "'so-tttt-a' is both lead and support of task 'A1'",
          vi: "'so-tttt-a' vừa chủ trì vừa phối hợp thực hiện nhiệm vụ 'A1'",
          suggestions: [
            {
              title: "Remove 'so-tttt-a' from the supporting bodies",
              output: plan(`
  task A1 "a" covers T1 {
    lead so-tttt-a
    due 2025
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "the lead first in a list of supports",
      code: plan(`
  task A2 "b" { lead so-tttt-a support so-tttt-a, vp-tu-a }`),
      errors: [
        {
          messageId: "both",
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 49,
          text: "so-tttt-a",
          suggestions: [{ output: plan(`\n  task A2 "b" { lead so-tttt-a support vp-tu-a }`) }],
        },
      ],
    },
    {
      name: "the lead last in a list of supports, on a second support line",
      code: plan(`
  task A2 "b" {
    lead btg-tu-a
    support vp-tu-a
    support so-tttt-a, btg-tu-a
  }`),
      errors: [
        {
          messageId: "both",
          line: 12,
          column: 24,
          endLine: 12,
          endColumn: 32,
          text: "btg-tu-a",
          suggestions: [
            {
              output: plan(`
  task A2 "b" {
    lead btg-tu-a
    support vp-tu-a
    support so-tttt-a
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "any of two leads counts, and a nested task is checked",
      code: plan(`
  task A1 "a" {
    lead btg-tu-a
    task A1.1 "b" {
      lead huyen-uy-x, btg-hu-x
      support btg-hu-x
    }
  }`),
      errors: [{ messageId: "both", line: 13, column: 15, endLine: 13, endColumn: 23, text: "btg-hu-x" }],
    },
  ],
});
