import { historyOrder } from "../../language/checks/history-order.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// The default plan is issued 12/9/2023. Bodies put `approval` on lines 9-13 and `history` from line 14.
const APPROVAL = `
  approval {
    step draft    by btg-tu-a within 30 days
    step appraise by vp-tu-a  within 10 days
    step approve  by btv-tu-a within 7 days
  }`;
const withApproval = (...events: string[]): string => plan(`${APPROVAL}\n  history {\n${events.map((e) => `    ${e}`).join("\n")}\n  }`);
// Without `approval` (one implicit step): `history` from line 9, events from line 10.
const implicit = (events: string[], header = {}): string => plan(`\n  history {\n${events.map((e) => `    ${e}`).join("\n")}\n  }`, header);

new RuleTester({ files: BASE_FILES }).run(historyOrder, {
  valid: [
    {
      name: "LANGUAGE.md's history, then the implementation to the end",
      code: withApproval(
        "2023-08-10 submitted",
        '2023-08-25 returned "Bổ sung chỉ tiêu đo lường"',
        "2023-09-01 submitted",
        "2023-09-05 submitted",
        "2023-09-08 approved",
        "2023-09-12 issued",
        '2023-10-11 disseminated "Hội nghị toàn quốc"',
        "2024-04-05 reported",
        "2024-12-20 reviewed preliminary",
        "2030-10-01 reviewed final",
        "2030-10-01 closed",
      ),
    },
    {
      // LANGUAGE.md: a step that lasts longer than its `within` is overdue, but not a history error.
      name: "steps far longer than their `within` are not history errors",
      code: withApproval("2023-01-10 submitted", "2023-05-10 submitted", "2023-09-08 approved", "2023-09-12 issued"),
    },
    {
      // LANGUAGE.md: each history word optionally followed by a note string.
      name: "every history word with a note",
      code: withApproval(
        '2023-08-10 submitted "Trình thẩm định"',
        '2023-08-25 returned "Bổ sung"',
        '2023-09-01 submitted "Trình lại"',
        '2023-09-05 submitted "Trình Ban Thường vụ"',
        '2023-09-08 approved "Thông qua"',
        '2023-09-12 issued "Ký ban hành"',
        '2023-10-11 disseminated "Hội nghị"',
        '2024-04-05 reported "Báo cáo 6 tháng"',
        '2024-12-20 reviewed preliminary "Sơ kết"',
        '2030-10-01 reviewed final "Tổng kết"',
        '2030-10-02 closed "Kết thúc"',
      ),
    },
    {
      name: "one implicit step: approved first; Vietnamese dates; the same day twice",
      code: implicit(["12/9/2023 approved", "12/9/2023 issued", "1/10/2023 disseminated", "2025-01-01 reviewed final"]),
    },
    {
      name: "an `issued` period matches any day within it",
      code: implicit(["2023-09-01 approved", "2023-09-20 issued"], { issued: "9/2023" }),
    },
    {
      // Unknown words, and `reviewed` without its kind, are syntax problems: this rule skips them.
      name: "unknown event words are skipped",
      allowSyntaxErrors: true,
      code: implicit(["2023-09-01 approved", "2023-09-05 signed", "2023-09-12 issued", "2023-10-01 reviewed", "2023-10-02 disseminated"]),
    },
    {
      name: "no history, an empty history",
      code: plan("") + implicit([], { name: "P2" }),
    },
  ],
  invalid: [
    {
      name: "approved while still in drafting (three steps): the allowed events are listed",
      code: withApproval("2023-09-08 approved", "2023-09-12 issued"),
      errors: [
        {
          messageId: "notAllowed",
          line: 15,
          column: 16,
          endLine: 15,
          endColumn: 24,
          text: "approved",
          en: "Event 'approved' is not allowed in state 'drafting'; allowed: submitted",
          vi: "Sự kiện 'approved' không hợp lệ ở trạng thái 'drafting'; sự kiện được phép: submitted",
        },
      ],
    },
    {
      name: "returned from the first step",
      code: withApproval("2023-08-10 submitted", "2023-08-12 returned", "2023-08-13 returned"),
      errors: [{ messageId: "notAllowed", line: 17, column: 16, endLine: 17, endColumn: 24, text: "returned", data: { state: "drafting", allowed: "submitted" } }],
    },
    {
      name: "approval steps named in the state",
      code: withApproval("2023-08-10 submitted", "2023-09-12 issued"),
      errors: [{ messageId: "notAllowed", line: 16, column: 16, endLine: 16, endColumn: 22, data: { state: "approval:appraise", allowed: "submitted, returned" } }],
    },
    {
      // Replay goes on as if the missing `approved` had happened: one finding, not one per line.
      name: "a history starting at `issued` is reported once",
      code: implicit(["2023-09-12 issued", "2023-10-11 disseminated", "2024-04-05 reported"]),
      errors: [{ messageId: "notAllowed", line: 10, column: 16, endLine: 10, endColumn: 22, data: { state: "drafting", allowed: "approved" } }],
    },
    {
      name: "going backwards leaves the state as it was",
      code: implicit(["2023-09-01 approved", "2023-09-12 issued", "2023-09-13 submitted", "2023-10-11 disseminated"]),
      errors: [{ messageId: "notAllowed", line: 12, column: 16, endLine: 12, endColumn: 25, text: "submitted", data: { state: "issued", allowed: "disseminated" } }],
    },
    {
      name: "a preliminary review after the final one spans both words",
      code: implicit(["2023-09-01 approved", "2023-09-12 issued", "2023-10-11 disseminated", '2029-12-01 reviewed final "Tổng kết"', '2030-01-01 reviewed preliminary "Sơ kết"']),
      errors: [
        {
          messageId: "notAllowed",
          line: 14,
          column: 16,
          endLine: 14,
          endColumn: 36,
          text: "reviewed preliminary",
          data: { allowed: "reported, closed" },
        },
      ],
    },
    {
      name: "nothing is allowed after closed",
      code: implicit(["2023-09-01 approved", "2023-09-12 issued", "2023-10-11 disseminated", "2030-12-31 closed", "2031-01-10 reported"]),
      errors: [
        {
          messageId: "notAllowedNone",
          line: 14,
          column: 16,
          endLine: 14,
          endColumn: 24,
          en: "Event 'reported' is not allowed: the document is 'closed' and no further event is allowed",
        },
      ],
    },
    {
      name: "a date earlier than the previous event's",
      code: implicit(["2023-09-01 approved", "2023-09-12 issued", "2023-09-10 disseminated"]),
      errors: [
        {
          messageId: "outOfOrder",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 15,
          text: "2023-09-10",
          en: "Date 2023-09-10 of event 'disseminated' is earlier than 2023-09-12, the date of the previous event",
          vi: "Ngày 2023-09-10 của sự kiện 'disseminated' sớm hơn ngày 2023-09-12 của sự kiện trước đó",
        },
      ],
    },
    {
      name: "an `issued` event dated otherwise than the plan's `issued`",
      code: implicit(["2023-09-01 approved", "19/9/2023 issued"]),
      errors: [
        {
          messageId: "issuedDate",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 14,
          text: "19/9/2023",
          en: "The 'issued' event is dated 19/9/2023 but document 'P' says it was issued 12/9/2023",
        },
      ],
    },
    {
      name: "a directive's history is checked too",
      code: `directive KL99 {\n  issued 15/6/2023\n  history {\n    2023-06-15 issued\n  }\n}\n`,
      errors: [{ messageId: "notAllowed", line: 4, column: 16, endLine: 4, endColumn: 22, text: "issued" }],
    },
  ],
});
