import { assignUpward } from "../../language/checks/assign-upward.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(assignUpward, {
  valid: [
    {
      name: "a province assigns its own organs and a district nested in it",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    support huyen-uy-x, btg-hu-x, tinh-uy-a
  }`),
    },
    {
      // The issuer is an organ (the Standing Board): its levelled unit is the whole province.
      name: "an organ as issuer assigns across its levelled unit",
      code: plan(`\n  task A1 "a" { lead so-tttt-a support vp-tu-a }`, { issuer: "btv-tu-a" }),
    },
    {
      name: "a district placed with `in` is below its province",
      code: plan(`\n  task A1 "a" { lead huyen-uy-y support btg-hu-y }`, { issuer: "tinh-uy-b" }),
    },
    {
      name: "a central organ assigns anything under the Central Committee",
      code: plan(`\n  task A1 "a" { lead btg-tw support tinh-uy-a, btg-hu-y }`, { issuer: "btg-tw" }),
    },
    {
      // LANGUAGE.md: the task rules apply to the tasks of plans; a directive's tasks need none of them.
      name: "a directive's tasks are not checked",
      code: `directive KL99 {\n  issuer btg-tu-a\n  task T1 "a" { lead btg-tw support btg-tu-b }\n}\n`,
    },
    {
      name: "unknown bodies and a missing issuer are other rules' business",
      code: plan(`\n  task A1 "a" { lead khong-co }\n  task A2 "b" { lead btg-tw }`, { issuer: null }),
    },
  ],
  invalid: [
    {
      name: "a province makes a central body lead (upwards) and another province support (sideways)",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tw
    support btg-tu-b, vp-tu-a
  }`),
      errors: [
        {
          messageId: "lead",
          line: 10,
          column: 10,
          endLine: 10,
          endColumn: 16,
          text: "btg-tw",
          en: "Lead body 'btg-tw' of task 'A1' is outside 'tinh-uy-a': a plan of 'tinh-uy-a' assigns work only within its own level and below",
          vi: "Cơ quan chủ trì 'btg-tw' của nhiệm vụ 'A1' không thuộc 'tinh-uy-a': kế hoạch của 'tinh-uy-a' chỉ giao việc cho cấp mình và cấp dưới",
          // Bodies of tinh-uy-a's subtree, those the plan uses first, never one the task names already.
          suggestions: [
            { title: "Assign to 'tinh-uy-a' (Tỉnh ủy A)", output: plan(`\n  task A1 "a" covers T1 {\n    lead tinh-uy-a\n    support btg-tu-b, vp-tu-a\n  }`) },
            { title: "Assign to 'btv-tu-a' (Ban Thường vụ Tỉnh ủy A)", output: plan(`\n  task A1 "a" covers T1 {\n    lead btv-tu-a\n    support btg-tu-b, vp-tu-a\n  }`) },
            { title: "Assign to 'btg-tu-a' (Ban Tuyên giáo Tỉnh ủy A)", output: plan(`\n  task A1 "a" covers T1 {\n    lead btg-tu-a\n    support btg-tu-b, vp-tu-a\n  }`) },
          ],
        },
        { messageId: "support", line: 11, column: 13, endLine: 11, endColumn: 21, text: "btg-tu-b" },
      ],
    },
    {
      name: "a district (nested) assigns its province's organ; a subtask is checked too",
      code: plan(
        `
  task B1 "a" {
    lead btg-hu-x
    task B1.1 "b" { lead vp-hu-x support btg-tu-a }
  }`,
        { issuer: "huyen-uy-x", parent: "KH-A-57" },
      ),
      errors: [
        {
          messageId: "support",
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 50,
          text: "btg-tu-a",
          data: { root: "huyen-uy-x", issuer: "huyen-uy-x", task: "B1.1" },
        },
      ],
    },
    {
      name: "a district placed with `in` assigns another province's district",
      code: plan(`\n  task B1 "a" { lead btg-hu-y support btg-hu-x }`, { issuer: "huyen-uy-y" }),
      errors: [{ messageId: "support", line: 9, column: 39, endLine: 9, endColumn: 47, text: "btg-hu-x" }],
    },
  ],
});
