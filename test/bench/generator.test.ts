// The benchmark workspace generator (bench/generate.ts): deterministic, and what it generates
// parses cleanly except where it injected a syntax mistake on purpose. No timing here: the
// benchmarks themselves are never part of the suite's pass/fail.
import assert from "node:assert/strict";
import { parse } from "../../language/index.js";
import { generateWorkspace, generateWorkspaceDetailed } from "../../bench/generate.js";

describe("bench: workspace generator", () => {
  const scale = 1 / 200;

  it("is deterministic: the same seed gives the same files, another seed others", () => {
    const a = generateWorkspace({ seed: 7, scale });
    const b = generateWorkspace({ seed: 7, scale });
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [path, text] of a) assert.equal(b.get(path), text, path);
    const c = generateWorkspace({ seed: 8, scale });
    assert.notDeepEqual([...c.values()], [...a.values()]);
  });

  it("generates a small workspace that parses without syntax problems", () => {
    const ws = generateWorkspaceDetailed({ seed: 57, scale, mistakes: 0 });
    assert.ok(ws.files.size > 10, `${ws.files.size} files`);
    assert.ok([...ws.files.keys()].some((p) => p.startsWith("central/")));
    assert.equal(ws.mistakes.length, 0);
    for (const [path, text] of ws.files) {
      const file = parse(`file:///ws/${path}`, text);
      assert.deepEqual(file.problems, [], path);
      assert.ok(file.decls.length > 0, path);
    }
  });

  it("injects syntax mistakes only where its manifest says", () => {
    const ws = generateWorkspaceDetailed({ seed: 57, scale, mistakes: 0.5 });
    const syntax = new Set(ws.mistakes.filter((m) => m.rule === "syntax").map((m) => m.path));
    assert.ok(syntax.size > 0, "this seed injects syntax mistakes");
    for (const [path, text] of ws.files) {
      const problems = parse(`file:///ws/${path}`, text).problems;
      assert.equal(problems.length > 0, syntax.has(path), `${path}: ${JSON.stringify(problems)}`);
    }
  });
});
