import { measurable } from "../../language/checks/measurable.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(measurable, {
  valid: [
    {
      name: "every task has an indicator with a target",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    indicator "Tỷ lệ" target 100%
  }
  task A2 "b" covers T2 {
    lead btg-tu-a
    indicator "Chưa đo" 
    indicator "Số tin bài" target 500
  }`),
    },
    {
      // A task with subtasks may leave measuring to them when all of them are measurable.
      name: "a task measured through all its subtasks",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    task A1.1 "b" { lead btg-tu-a indicator "x" target 1 }
    task A1.2 "c" {
      lead btg-tu-a
      task A1.2.1 "d" { lead btg-tu-a indicator "y" target 2 }
    }
  }`),
    },
    {
      name: "a directive's tasks need no indicator",
      code: `directive KL99 {\n  task T1 "a"\n  task T2 "b" { task T2.1 "c" }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "no indicator at all",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    due 2025
  }`),
      errors: [
        {
          messageId: "missing",
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 10,
          text: "A1",
          en: `Task 'A1' has no measurable indicator ('indicator "..." target ...')`,
          vi: `Nhiệm vụ 'A1' chưa có chỉ tiêu đo lường ('indicator "..." target ...')`,
        },
      ],
    },
    {
      name: "an indicator without a target does not count: reported on the indicator",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    indicator "Tỷ lệ quán triệt"
  }`),
      errors: [
        {
          messageId: "noTarget",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 14,
          text: "indicator",
          en: "The indicator of task 'A1' has no target value ('target')",
        },
      ],
    },
    {
      name: "one unmeasurable subtask: the subtask is reported, not its parent",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    task A1.1 "b" { lead btg-tu-a indicator "x" target 1 }
    task A1.2 "c" { lead btg-tu-a }
  }`),
      errors: [{ messageId: "missing", line: 12, column: 10, endLine: 12, endColumn: 14, text: "A1.2" }],
    },
    {
      // A parent's indicator does not measure its subtasks: each task without subtasks needs its own.
      name: "a measured parent does not make its subtask measurable",
      code: plan(`
  task A1 "a" covers T1 {
    lead btg-tu-a
    indicator "x" target 1
    task A1.1 "b" { lead btg-tu-a }
  }`),
      errors: [{ messageId: "missing", line: 12, column: 10, endLine: 12, endColumn: 14, text: "A1.1" }],
    },
    {
      name: "a task without a block",
      code: plan(`
  task A1 "a" covers T1`),
      errors: [{ messageId: "missing", line: 9, column: 8, endLine: 9, endColumn: 10, text: "A1" }],
    },
  ],
});
