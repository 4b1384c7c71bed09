import { coverage } from "../../language/checks/coverage.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// KL57 (the parent) has tasks T1, T2 { T2.1, T2.2 }, T3; KH-A-57 has A1, A2, A3.
const T3_TITLE = "Đẩy mạnh chuyển đổi số trong thông tin đối ngoại";

const stub = (name: string, task: string, title: string, lead: string, due = "2030"): string =>
  [
    `  task ${name} "${title}" covers ${task} {`,
    "    // CẦN BỔ SUNG: cơ quan chủ trì, thời hạn và chỉ tiêu của nhiệm vụ (nhiệm vụ khung do sửa nhanh chèn vào)",
    `    lead ${lead}`,
    `    due ${due}`,
    '    indicator "Chỉ tiêu cần xác định" target 100%',
    "  }",
  ].join("\n");

const MISSING_T3 = plan(`
  task A1 "a" covers T1, T2 { lead btg-tu-a }
  task A2 "b" covers T1 { lead so-tttt-a }
  task A5 "c" covers T1 { lead so-tttt-a }

  reporting {
    report "Báo cáo" every 6 months due day 10 to btg-tw
  }`);

const FIXED_T3 = plan(`
  task A1 "a" covers T1, T2 { lead btg-tu-a }
  task A2 "b" covers T1 { lead so-tttt-a }
  task A5 "c" covers T1 { lead so-tttt-a }

${stub("A6", "T3", T3_TITLE, "so-tttt-a")}

  reporting {
    report "Báo cáo" every 6 months due day 10 to btg-tw
  }`);

new RuleTester({ files: BASE_FILES }).run(coverage, {
  valid: [
    {
      name: "every task of the parent covered directly",
      code: plan(`\n  task A1 "a" covers T1, T2, T3`),
    },
    {
      name: "a task covered through each of its subtasks (T2 via T2.1 and T2.2)",
      code: plan(`\n  task A1 "a" covers T1, T3\n  task A2 "b" covers T2.1\n  task A3 "c" covers T2.2`),
    },
    {
      name: "subtasks covered through their ancestor, covers from nested tasks and qualified names",
      code: plan(`\n  task A1 "a" covers T1 {\n    task A1.1 "b" covers T2\n  }\n  task A2 "c" covers KL57.T3`),
    },
    {
      name: "the quick fix's output covers the task",
      code: FIXED_T3,
    },
    {
      name: "a plan without a parent, or with an unknown one",
      code: plan("", { parent: null }) + plan("", { name: "P2", parent: "KHONG-CO" }),
    },
    {
      name: "a directive is not checked",
      code: `directive KL99 {\n  parent KL57\n  task X "x"\n}\n`,
    },
  ],
  invalid: [
    {
      name: "an uncovered task: reported on `parent`, with a stub task as quick fix",
      code: MISSING_T3,
      errors: [
        {
          messageId: "uncovered",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          text: "KL57",
          en: `Task T3 "${T3_TITLE}" of 'KL57' is not covered by any task of this plan ('covers')`,
          vi: `Nhiệm vụ T3 "${T3_TITLE}" của 'KL57' chưa được nhiệm vụ nào của kế hoạch bao quát ('covers')`,
          suggestions: [{ title: "Add a task covering T3", output: FIXED_T3 }],
        },
      ],
    },
    {
      // T2 is partly covered (T2.1): its uncovered subtask is reported, not T2 itself.
      name: "a partly covered task: its uncovered subtasks are reported",
      code: plan(`\n  task A1 "a" covers T1\n  task A2 "b" covers T2.1`),
      errors: [
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 14, data: { task: "T2.2", title: "Đổi mới nội dung, phương thức" } },
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 14, data: { task: "T3" } },
      ],
    },
    {
      name: "nothing covered: one finding per top-most task, each with a fix for it and one for all",
      code: plan(`\n  task X1 "a" { lead vp-tu-a }`, { horizon: "Q4/2025" }),
      errors: [
        {
          messageId: "uncovered",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          data: { task: "T1" },
          suggestions: [
            {
              title: "Add a task covering T1",
              output: plan(
                `\n  task X1 "a" { lead vp-tu-a }\n\n${stub("X2", "T1", "Tiếp tục quán triệt, cụ thể hóa chủ trương của Đảng về công tác thông tin đối ngoại", "vp-tu-a", "Q4/2025")}`,
                { horizon: "Q4/2025" },
              ),
            },
            {
              title: "Add 3 tasks covering the uncovered tasks",
              output: plan(
                `\n  task X1 "a" { lead vp-tu-a }\n\n${[
                  stub("X2", "T1", "Tiếp tục quán triệt, cụ thể hóa chủ trương của Đảng về công tác thông tin đối ngoại", "vp-tu-a", "Q4/2025"),
                  stub("X3", "T2", "Tích cực đổi mới công tác thông tin đối ngoại", "vp-tu-a", "Q4/2025"),
                  stub("X4", "T3", T3_TITLE, "vp-tu-a", "Q4/2025"),
                ].join("\n\n")}`,
                { horizon: "Q4/2025" },
              ),
            },
          ],
        },
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 14, data: { task: "T2" } },
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 14, data: { task: "T3" } },
      ],
    },
    {
      name: "a plan without tasks: the stub goes before the closing brace, named X1, led by the issuer",
      code: plan("", { parent: "KH-A-57", issuer: "huyen-uy-x", horizon: null }) ,
      errors: [
        {
          messageId: "uncovered",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 17,
          data: { task: "A1", title: "Quán triệt Kết luận 57", parent: "KH-A-57" },
          suggestions: [
            { output: plan(stub("X1", "A1", "Quán triệt Kết luận 57", "huyen-uy-x", "ongoing"), { parent: "KH-A-57", issuer: "huyen-uy-x", horizon: null }) },
            {
              output: plan(
                [
                  stub("X1", "A1", "Quán triệt Kết luận 57", "huyen-uy-x", "ongoing"),
                  stub("X2", "A2", "Đổi mới thông tin đối ngoại của tỉnh", "huyen-uy-x", "ongoing"),
                  stub("X3", "A3", "Chuyển đổi số", "huyen-uy-x", "ongoing"),
                ].join("\n\n"),
                { parent: "KH-A-57", issuer: "huyen-uy-x", horizon: null },
              ),
            },
          ],
        },
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 17, data: { task: "A2" } },
        { messageId: "uncovered", line: 7, column: 10, endLine: 7, endColumn: 17, data: { task: "A3" } },
      ],
    },
    {
      name: "a long title is shortened in the message",
      files: {
        "file:///ws/central/kl99.plan": `directive KL99 {\n  task T1 "${"Rất dài ".repeat(20).trim()}"\n}\n`,
      },
      code: plan("", { parent: "KL99" }),
      errors: [
        {
          messageId: "uncovered",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          data: { title: `${"Rất dài ".repeat(10).trim()}…` },
        },
      ],
    },
  ],
});
