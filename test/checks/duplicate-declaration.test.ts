import { duplicateDeclaration } from "../../language/checks/duplicate-declaration.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// The winner of a global name is the first declaration by (uri, offset). The base files are
// file:///ws/units.plan, file:///ws/central/kl57.plan and file:///ws/provinces/kh-a.plan, so a
// target named test.plan sorts before units.plan and after central/kl57.plan.
const LATE = "file:///ws/zz.plan";

new RuleTester({ files: BASE_FILES }).run(duplicateDeclaration, {
  valid: [
    {
      name: "unique names; every plan may have its own A1",
      code: plan(`\n  task A1 "a" covers T1 { lead btg-tu-a }\n  task A2 "b" { task A2.1 "c" }`),
    },
    {
      // test.plan sorts before units.plan: this declaration wins, the one in units.plan is reported there.
      name: "the winning (first) declaration is not reported",
      code: `unit tinh-uy-b "Tỉnh ủy B"\n`,
    },
    {
      name: "the hierarchy in force (first by file) is not reported",
      code: `hierarchy {\n  level central "Trung ương"\n}\n`,
    },
    {
      // Objectives and viewpoints are separate namespaces, and separate from tasks.
      name: "an objective, a viewpoint and a task may share a name",
      code: `directive KL99 {\n  objective X1 "a"\n  viewpoint X1 "b"\n  task X1 "c"\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a unit declared again in a later file",
      filename: LATE,
      code: `unit tinh-uy-b "Tỉnh ủy B (trùng)" level province\n`,
      errors: [
        {
          messageId: "unit",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 15,
          text: "tinh-uy-b",
          en: "Unit 'tinh-uy-b': the name is already declared at units.plan:25; this declaration is ignored",
          vi: "Tên đơn vị 'tinh-uy-b' đã được khai báo tại units.plan:25; khai báo này bị bỏ qua",
        },
      ],
    },
    {
      name: "a nested unit duplicating one of another file, named relative to this file's folder",
      filename: "file:///ws/zone/z.plan",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in trung-uong {\n  unit btg-tw "Ban Tuyên giáo"\n}\n`,
      errors: [{ messageId: "unit", line: 2, column: 8, endLine: 2, endColumn: 14, text: "btg-tw", data: { at: "../units.plan:11" } }],
    },
    {
      name: "a document declared again",
      filename: "file:///ws/provinces/z.plan",
      code: `directive KL57 {\n  issuer bo-chinh-tri\n}\n`,
      errors: [
        {
          messageId: "document",
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 15,
          en: "Document 'KL57': the name is already declared at ../central/kl57.plan:1; this declaration is ignored",
        },
      ],
    },
    {
      name: "units and documents share one namespace",
      filename: LATE,
      code: `unit KL57 "Không phải văn bản"\n`,
      errors: [{ messageId: "unit", line: 1, column: 6, endLine: 1, endColumn: 10, data: { at: "central/kl57.plan:1" } }],
    },
    {
      name: "two declarations in one file: the second",
      code: `unit u1 "Một"\nunit u2 "Hai" {\n  unit u1 "Một nữa"\n}\n`,
      errors: [{ messageId: "unit", line: 3, column: 8, endLine: 3, endColumn: 10, data: { at: "test.plan:1" } }],
    },
    {
      name: "two tasks of one name in one document, nested ones included",
      code: plan(`
  task A1 "a"
  task A2 "b" {
    task A1 "c"
    task A2.1 "d"
  }
  task A3 "e" { task A2.1 "f" }
  task A1 "g"`),
      errors: [
        {
          messageId: "task",
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 12,
          en: "Task 'A1' is already declared in document 'P' (line 9)",
          vi: "Nhiệm vụ 'A1' đã có trong văn bản 'P' (dòng 9)",
        },
        { messageId: "task", line: 14, column: 22, endLine: 14, endColumn: 26, text: "A2.1", data: { line: 12 } },
        { messageId: "task", line: 15, column: 8, endLine: 15, endColumn: 10, text: "A1", data: { line: 9 } },
      ],
    },
    {
      name: "a second hierarchy block",
      filename: LATE,
      code: `// Hai cấp\nhierarchy {\n  level central "Trung ương"\n  level province "Tỉnh"\n}\n`,
      errors: [
        {
          messageId: "hierarchy",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          text: "hierarchy",
          en: "The hierarchy is already declared at units.plan:1; this 'hierarchy' block is ignored",
        },
      ],
    },
    {
      name: "a level named twice in a hierarchy",
      replaceFiles: true,
      code: `hierarchy {\n  level central "Trung ương"\n  level province "Tỉnh"\n  level central "Lặp"\n}\n`,
      errors: [{ messageId: "level", line: 4, column: 9, endLine: 4, endColumn: 16, text: "central", data: { line: 2 } }],
    },
    {
      name: "two objectives, and two viewpoints, of one name in a document",
      code: `directive KL99 {\n  objective O1 "a"\n  objective O1 "b"\n  viewpoint V1 "c"\n  viewpoint V1 "d"\n}\n`,
      errors: [
        { messageId: "objective", line: 3, column: 13, endLine: 3, endColumn: 15, en: "Objective 'O1' is already declared in document 'KL99' (line 2)" },
        { messageId: "viewpoint", line: 5, column: 13, endLine: 5, endColumn: 15, vi: "Quan điểm 'V1' đã có trong văn bản 'KL99' (dòng 4)" },
      ],
    },
  ],
});
