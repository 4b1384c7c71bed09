// Fixes applied to a text as ESLint's fixer applies them (language/checks/apply-fixes.ts): one
// replacement per fix, in order, an overlapping or touching fix left for the next pass; and
// which quick fixes are `safe` (applied by `plancode lint --fix`) on the sample mistakes.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadWorkspace } from "../../host/index.js";
import { applyFixes, checkFile, replacementOf, safeFix, Workspace, type Fix } from "../../language/index.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";

const fix = (edits: [number, number, string][], safe = true): Fix => ({
  title: { vi: "x", en: "x" },
  edits: edits.map(([start, end, newText]) => ({ span: { start, end }, newText })),
  safe,
});

describe("checks: applying fixes", () => {
  it("a fix of several edits is one replacement from its first edit to its last", () => {
    const text = "abcdefgh";
    assert.deepEqual(replacementOf(text, fix([[6, 7, "G"], [1, 2, "B"]])), { range: [1, 7], text: "BcdefG" });
    assert.deepEqual(replacementOf(text, fix([[3, 3, "+"]])), { range: [3, 3], text: "+" });
  });

  it("applies fixes in order of their start; one overlapping or touching the last applied waits", () => {
    const text = "0123456789";
    const r = applyFixes(text, [fix([[6, 8, "x"]]), fix([[1, 3, "a"]]), fix([[2, 4, "b"]]), fix([[3, 3, "c"]]), fix([[8, 9, "y"]])]);
    // [1,3) applied; [2,4) overlaps it and [3,3) touches it; [6,8) applied; [8,9) touches it.
    assert.deepEqual(r, { text: "0a345x89", applied: 2 });
    assert.deepEqual(applyFixes(text, []), { text, applied: 0 });
  });

  it("safeFix picks the fix marked safe, never a suggestion", () => {
    assert.equal(safeFix({ fixes: [fix([[0, 1, "a"]], false)] }), undefined);
    const safe = fix([[0, 1, "b"]]);
    assert.equal(safeFix({ fixes: [fix([[0, 1, "a"]], false), safe] }), safe);
    assert.equal(safeFix({}), undefined);
  });

  it("the safe fixes: the issuer code, a body both lead and support, the parent's cadence, the directive a plan implements", () => {
    const ws = new Workspace();
    for (const [uri, text] of Object.entries(BASE_FILES)) ws.setFile(uri, text);
    const uri = "file:///ws/fix.plan";
    const code = plan(`
  task A1 "a" covers T1, T2, T3 { lead btg-tu-a support btg-tu-a, so-tttt-a indicator "i" target 1 due 2025 }
  reporting { report "r" every 24 months due day 20 to btg-tw }`, { implements: null });
    ws.setFile(uri, code);
    const findings = checkFile(ws, uri);
    const safe = findings.filter((f) => safeFix(f)).map((f) => `${f.ruleId}:${f.messageId}`);
    assert.deepEqual(safe.sort(), ["lead-also-support:both", "report-cadence:dueAfter", "report-cadence:lessOften", "unresolved-reference:missingImplements"]);
    const fixed = applyFixes(code, findings.map(safeFix).filter((f): f is Fix => f !== undefined)).text;
    ws.setFile(uri, fixed);
    assert.deepEqual(checkFile(ws, uri).filter((f) => safeFix(f)), []);
    assert.match(fixed, /implements KL57\n {2}parent /);
    assert.match(fixed, /support so-tttt-a /);
    assert.match(fixed, /every 12 months due day 15 to btg-tw/);
  });

  it("a sample mistake's quick fixes that pick among names or invent content are not safe", async () => {
    const loaded = await loadWorkspace(["samples/mistakes"], { cwd: fileURLToPath(new URL("../../", import.meta.url)) });
    for (const name of ["assign-upward", "coverage", "unresolved-reference"]) {
      const uri = loaded.targets.find((u) => u.endsWith(`/mistakes/${name}.plan`))!;
      const findings = checkFile(loaded.workspace, uri).filter((f) => f.ruleId === name);
      assert.ok(findings.some((f) => f.fixes?.length), `${name} offers quick fixes`);
      for (const f of findings) assert.equal(safeFix(f), undefined, `${name}: ${f.messageId}`);
    }
  });
});
