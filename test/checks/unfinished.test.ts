import { unfinished } from "../../language/checks/unfinished.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

new RuleTester({ files: BASE_FILES }).run(unfinished, {
  valid: [
    { name: "ordinary comments", code: plan(`  // Nhiệm vụ trọng tâm năm 2024\n  /* ghi chú */`) },
    { name: "a mark inside a string is text, not a mark", code: plan(`  task A1 "TODO list" covers T1 {\n    lead btg-tu-a\n    indicator "x" target 1\n  }`) },
    { name: "a mark later in a comment does not count", code: plan(`  // xem mục TODO của Văn phòng`) },
  ],
  invalid: [
    {
      name: "TODO, FIXME and CẦN BỔ SUNG at the start of a comment, any case",
      code: plan(`  // TODO: thêm chỉ tiêu\n  /* fixme */\n  // cần bổ sung: cơ quan phối hợp`),
      errors: [
        { messageId: "marked", line: 9, column: 3, endLine: 9, endColumn: 25, en: "Unfinished work: TODO: thêm chỉ tiêu", vi: "Còn việc dang dở: TODO: thêm chỉ tiêu" },
        { messageId: "marked", line: 10, column: 3, endLine: 10, endColumn: 14, suggestions: [] },
        { messageId: "marked", line: 11, column: 3, endLine: 11, endColumn: 35 },
      ],
    },
  ],
});
