// Every rule tolerates partial ASTs: on a file cut short anywhere, or missing any one line, no
// rule throws (the parser recovers and leaves optional fields out; the rules must cope).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkFile, RULES, Workspace } from "../../language/index.js";
import { BASE_FILES, KH_A, KL57, UNITS } from "../helpers/plan-fixtures.js";

const EXAMPLE = readFileSync(new URL("../fixtures/language-example.plan", import.meta.url), "utf8");
const TARGET = "file:///ws/test.plan";

function variants(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 23) out.push(text.slice(0, i));
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join("\n"));
  return out;
}

function throwsOn(base: Record<string, string>, text: string): string[] {
  const ws = new Workspace();
  for (const [u, t] of Object.entries(base)) ws.setFile(u, t);
  ws.setFile(TARGET, text);
  const thrown: string[] = [];
  const options = { rules: Object.fromEntries(RULES.map((r) => [r.id, "error" as const])), onRuleError: (id: string, e: unknown) => thrown.push(`${id}: ${String(e)}`) };
  checkFile(ws, TARGET, options);
  // The files the target may break are checked too (a cut-off parent, a half-declared unit).
  for (const uri of Object.keys(base)) checkFile(ws, uri, options);
  return thrown;
}

describe("rules on partial input", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["LANGUAGE.md's example", {}, EXAMPLE],
    ["the shared directive", { ...BASE_FILES, "file:///ws/central/kl57.plan": "" }, KL57],
    ["the shared provincial plan", { ...BASE_FILES, "file:///ws/provinces/kh-a.plan": "" }, KH_A],
    ["the shared units", { ...BASE_FILES, "file:///ws/units.plan": "" }, UNITS],
  ];
  for (const [name, base, text] of cases) {
    it(`no rule throws on ${name} cut short or missing a line`, () => {
      const failures: string[] = [];
      for (const v of variants(text)) {
        const thrown = throwsOn(base, v);
        if (thrown.length) failures.push(`${JSON.stringify(v.slice(-60))}: ${thrown.join("; ")}`);
        if (failures.length > 3) break;
      }
      assert.deepEqual(failures, []);
    });
  }
});
