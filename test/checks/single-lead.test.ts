import { singleLead } from "../../language/checks/single-lead.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(singleLead, {
  valid: [
    {
      name: "one lead per task, subtasks included",
      code: plan(`
  task A1 "Quán triệt" covers T1 {
    lead btg-tu-a
    support vp-tu-a
    task A1.1 "Quán triệt ở huyện" { lead huyen-uy-x }
  }`),
    },
    {
      // A directive's tasks need no lead.
      name: "a directive's tasks need no lead",
      code: `directive KL99 {\n  issuer bo-chinh-tri\n  task T1 "Nhiệm vụ"\n  task T2 "Nhiệm vụ khác" { task T2.1 "Con" }\n}\n`,
    },
    {
      name: "a plan without tasks",
      code: plan(""),
    },
  ],
  invalid: [
    {
      name: "a task with a block but no lead: inserted before its first statement",
      code: plan(`
  task A1 "Quán triệt" covers T1 {
    lead btg-tu-a
  }
  task A2 "Đổi mới" covers T2 {
    due 2025
  }`),
      errors: [
        {
          messageId: "missing",
          line: 12,
          column: 8,
          endLine: 12,
          endColumn: 10,
          text: "A2",
          en: "Task 'A2' has no lead body ('lead')",
          vi: "Nhiệm vụ 'A2' chưa có cơ quan chủ trì ('lead')",
          suggestions: [
            {
              title: "Add 'lead btg-tu-a'",
              output: plan(`
  task A1 "Quán triệt" covers T1 {
    lead btg-tu-a
  }
  task A2 "Đổi mới" covers T2 {
    lead btg-tu-a
    due 2025
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "the likeliest lead is the body leading most tasks (not the first one)",
      code: plan(`
  task A1 "a" { lead btg-tu-a }
  task A2 "b" { lead so-tttt-a }
  task A3 "c" { lead so-tttt-a }
  task A4 "d" covers T3`),
      errors: [
        {
          messageId: "missing",
          line: 12,
          column: 8,
          endLine: 12,
          endColumn: 10,
          text: "A4",
          suggestions: [
            {
              output: plan(`
  task A1 "a" { lead btg-tu-a }
  task A2 "b" { lead so-tttt-a }
  task A3 "c" { lead so-tttt-a }
  task A4 "d" covers T3 {
    lead so-tttt-a
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "no task has a lead: the issuer is proposed; an empty block gets the line after its brace",
      code: plan(`
  task A1 "a" {
  }`),
      errors: [
        {
          messageId: "missing",
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 10,
          suggestions: [{ title: "Add 'lead tinh-uy-a'", output: plan(`\n  task A1 "a" {\n    lead tinh-uy-a\n  }`) }],
        },
      ],
    },
    {
      name: "a subtask without a lead: its parent task's lead is proposed",
      code: plan(`
  task A1 "a" { lead btg-tu-a }
  task A2 "b" { lead btg-tu-a }
  task A3 "c" {
    lead huyen-uy-x
    task A3.1 "c1"
  }`),
      errors: [
        {
          messageId: "missing",
          line: 13,
          column: 10,
          endLine: 13,
          endColumn: 14,
          text: "A3.1",
          suggestions: [
            {
              output: plan(`
  task A1 "a" { lead btg-tu-a }
  task A2 "b" { lead btg-tu-a }
  task A3 "c" {
    lead huyen-uy-x
    task A3.1 "c1" {
      lead huyen-uy-x
    }
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "a lead naming two bodies: the extra name",
      code: plan(`
  task A1 "a" {
    lead btg-tu-a, so-tttt-a
  }`),
      errors: [
        {
          messageId: "extraName",
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 29,
          text: "so-tttt-a",
          en: "Task 'A1' has one lead body ('btg-tu-a'); move 'so-tttt-a' to 'support' or split the task",
          vi: "Nhiệm vụ 'A1' chỉ có một cơ quan chủ trì ('btg-tu-a'); chuyển 'so-tttt-a' sang 'support' hoặc tách nhiệm vụ",
        },
      ],
    },
    {
      name: "a lead naming three bodies: each extra name",
      code: plan(`
  task A1 "a" { lead btg-tu-a, so-tttt-a, vp-tu-a }`),
      errors: [
        { messageId: "extraName", line: 9, column: 32, endLine: 9, endColumn: 41, text: "so-tttt-a" },
        { messageId: "extraName", line: 9, column: 43, endLine: 9, endColumn: 50, text: "vp-tu-a" },
      ],
    },
    {
      name: "two lead lines: the second line",
      code: plan(`
  task A1 "a" {
    lead btg-tu-a
    due 2025
    lead so-tttt-a
  }`),
      errors: [
        {
          messageId: "extraLine",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 19,
          text: "lead so-tttt-a",
          en: "Task 'A1' already has lead body 'btg-tu-a'; a task has exactly one 'lead' line",
        },
      ],
    },
  ],
});
