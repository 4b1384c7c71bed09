// The rule tester itself: the tables cannot drift from the rule.
import assert from "node:assert/strict";
import { singleLead } from "../../language/checks/single-lead.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { applyEdits, checkInvalidRow, checkTables, checkValidRow } from "../helpers/rule-tester.js";

const opts = { files: BASE_FILES };
const NO_LEAD = plan(`\n  task A1 "a" covers T1`);

describe("rule tester", () => {
  it("rejects a message id the rule does not have", () => {
    const row = { code: NO_LEAD, errors: [{ messageId: "noLead", line: 9, column: 8, endLine: 9, endColumn: 10 }] };
    assert.throws(() => checkTables(singleLead, { valid: [{ code: plan("") }], invalid: [row] }), /unknown message id 'noLead'/);
    assert.throws(() => checkInvalidRow(singleLead, row, opts), /unknown message id 'noLead'/);
  });

  it("rejects duplicate rows and empty tables", () => {
    const row = { code: plan("") };
    assert.throws(() => checkTables(singleLead, { valid: [row, { ...row }], invalid: [] }), /invalid row/);
    assert.throws(() => checkTables(singleLead, { valid: [row, { ...row, name: "same code" }], invalid: [{ code: NO_LEAD, errors: [{ messageId: "missing", line: 9, column: 8, endLine: 9, endColumn: 10 }] }] }), /duplicate test row/);
  });

  it("fails a valid row that reports, and an invalid row with a wrong range or message", () => {
    assert.throws(() => checkValidRow(singleLead, { code: NO_LEAD }, opts), /expected no findings/);
    assert.throws(() => checkInvalidRow(singleLead, { code: NO_LEAD, errors: [{ messageId: "missing", line: 9, column: 7, endLine: 9, endColumn: 10 }] }, opts), /range/);
    assert.throws(() => checkInvalidRow(singleLead, { code: NO_LEAD, errors: [{ messageId: "missing", line: 9, column: 8, endLine: 9, endColumn: 10, en: "x" }] }, opts), /English message/);
    checkInvalidRow(singleLead, { code: NO_LEAD, errors: [{ messageId: "missing", line: 9, column: 8, endLine: 9, endColumn: 10, text: "A1" }] }, opts);
  });

  it("refuses rows with accidental syntax errors unless allowed", () => {
    assert.throws(() => checkValidRow(singleLead, { code: "plan P {\n  task\n" }, opts), /parse cleanly/);
    checkValidRow(singleLead, { code: "plan P {\n  task\n", allowSyntaxErrors: true }, opts);
  });

  it("applies quick-fix edits from the end backwards", () => {
    assert.equal(applyEdits("abcdef", [{ span: { start: 1, end: 2 }, newText: "X" }, { span: { start: 4, end: 4 }, newText: "Y" }]), "aXcdYef");
  });
});
