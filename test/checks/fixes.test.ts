// Quick fixes that fix: every fix of every finding, applied to its file and re-checked with the
// whole workspace, must not add a finding of any rule, and must remove a finding of its own rule.
// Two deliberate exceptions, both documented on their rules: a stub inserted by `coverage` carries
// a `CẦN BỔ SUNG` comment that is an `unfinished` finding until the drafter completes it, and
// `export-ready`'s fixes leave the finding with fewer missing parts (an empty signer stays missing).
// Run over the sample mistakes (one file per rule) and a generated workspace with 30% mistakes.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorkspaceDetailed } from "../../bench/generate.js";
import { checkFile, Workspace, type Finding, type Fix } from "../../language/index.js";
import { BASE_FILES } from "../helpers/plan-fixtures.js";
import { samplesWorkspace } from "../workflows/helpers.js";

/** Rules whose fixes may keep their finding (a smaller one), and what a fix may add on purpose. */
const PROGRESS_FIXES = new Set(["export-ready"]);
const DELIBERATE = new Set(["unfinished"]);

function applyFix(text: string, fix: Fix): string {
  // Edits of one fix do not overlap; apply from the end so offsets stay valid.
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/** Checks every fix of every finding of `uri`; returns how many fixes were tried. */
function checkFixes(ws: Workspace, uri: string): number {
  const text = ws.getFile(uri)!.text;
  const before = checkFile(ws, uri);
  const beforeCounts = countByRule(before);
  let tried = 0;
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      tried++;
      ws.setFile(uri, applyFix(text, fix));
      try {
        const after = countByRule(checkFile(ws, uri));
        const what = `${uri}: fix "${fix.title.en}" of ${finding.ruleId} (${finding.message.en})`;
        for (const [rule, n] of after) {
          if (DELIBERATE.has(rule) && finding.ruleId === "coverage") continue;
          assert.ok(n <= (beforeCounts.get(rule) ?? 0), `${what} adds ${rule} findings: ${beforeCounts.get(rule) ?? 0} → ${n}`);
        }
        if (!PROGRESS_FIXES.has(finding.ruleId)) {
          assert.ok((after.get(finding.ruleId) ?? 0) < (beforeCounts.get(finding.ruleId) ?? 0), `${what} leaves every ${finding.ruleId} finding`);
        }
      } finally {
        ws.setFile(uri, text);
      }
    }
  }
  return tried;
}

describe("quick fixes never add a finding", function () {
  this.timeout(120_000);

  it("on the sample mistakes, one file per rule", () => {
    const dir = new URL("../../samples/mistakes/", import.meta.url);
    let tried = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".plan"))) {
      const ws = samplesWorkspace();
      const uri = `file:///samples/mistakes/${name}`;
      ws.setFile(uri, readFileSync(join(dir.pathname, name), "utf8"));
      tried += checkFixes(ws, uri);
    }
    assert.ok(tried >= 7, `only ${tried} fixes tried`);
  });

  it("a district plan whose tasks use a provincial organ: the coverage stubs take a body of the district", () => {
    const ws = new Workspace();
    for (const [uri, text] of Object.entries(BASE_FILES)) ws.setFile(uri, text);
    const uri = "file:///ws/district.plan";
    ws.setFile(
      uri,
      `plan KH-X-57 {\n  number "5-KH/HU"\n  issuer huyen-uy-x\n  issued 1/10/2023\n  implements KL57\n  parent KH-A-57\n  horizon 2025\n` +
        `  task X1 "Quán triệt" covers A1 {\n    lead btg-tu-a\n    due 2023\n    indicator "Tỷ lệ" target 100%\n  }\n}\n`,
    );
    const findings = checkFile(ws, uri);
    assert.ok(findings.some((f) => f.ruleId === "assign-upward"), "the plan leads with a provincial organ");
    const stubs = findings.filter((f) => f.ruleId === "coverage").flatMap((f) => f.fixes ?? []);
    assert.ok(stubs.length >= 2);
    for (const fix of stubs) assert.match(fix.edits[0].newText, /lead huyen-uy-x\b/);
    assert.ok(checkFixes(ws, uri) >= 4);
  });

  it("on a generated cascade with 30% mistakes", () => {
    const generated = generateWorkspaceDetailed({ seed: 11, scale: 1 / 64, mistakes: 0.3 });
    const ws = new Workspace();
    for (const [path, text] of generated.files) ws.setFile(`file:///ws/${path}`, text);
    let tried = 0;
    for (const path of new Set(generated.mistakes.map((m) => m.path))) tried += checkFixes(ws, `file:///ws/${path}`);
    assert.ok(tried >= 20, `only ${tried} fixes tried`);
  });
});
