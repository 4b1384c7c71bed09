// LANGUAGE.md's big example (its first code block, copied verbatim into
// test/fixtures/language-example.plan with a KL16 stub for `continues KL16`) is a complete
// workspace: every rule passes it without an error, and it holds no warning either.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkFile, lineIndexOf, Workspace } from "../../language/index.js";

const URI = "file:///ws/language-example.plan";
const text = readFileSync(new URL("../fixtures/language-example.plan", import.meta.url), "utf8");

describe("LANGUAGE.md's example", () => {
  const ws = new Workspace();
  ws.setFile(URI, text);
  const thrown: string[] = [];
  const findings = checkFile(ws, URI, { onRuleError: (id, e) => thrown.push(`${id}: ${String(e)}`) });
  const show = (f: (typeof findings)[number]): string => `${lineIndexOf({ text }).positionAt(f.span.start).line + 1}: ${f.ruleId} ${f.message.en}`;

  it("declares what the example shows", () => {
    assert.ok(ws.lookupDocument("KL57") && ws.lookupDocument("KH-BD-57") && ws.lookupDocument("KL16"));
    assert.ok(ws.lookupUnit("btg-tw") && ws.lookupUnit("so-tttt-bd"));
  });

  it("produces no error-severity finding and no rule throws", () => {
    assert.deepEqual(thrown, []);
    assert.deepEqual(findings.filter((f) => f.severity === "error").map(show), []);
  });

  it("produces no warning either", () => {
    assert.deepEqual(findings.map(show), []);
  });
});
