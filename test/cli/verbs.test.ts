// Every verb is reachable through the real `plancode` process with LANGUAGE.md's exit codes:
// a smoke test of the dispatch (the workflow verbs have their own tests next to the engine).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { assertCleanStderr, cleanup, ensureBuilt, plancode, REPO, UNITS, workspace } from "./helpers.js";

describe("plancode verbs (process)", function () {
  this.timeout(180_000);
  before(ensureBuilt);
  after(cleanup);

  const samples = join(REPO, "samples");
  const needSamples = function (this: Mocha.Context): void {
    if (!existsSync(join(samples, "plancode.json"))) this.skip();
  };

  it("status --format json prints LANGUAGE.md's shape", async function () {
    needSamples.call(this);
    const r = await plancode(["status", "--format", "json", "--as-of", "2024-06-01", "--locale", "en"], { cwd: samples });
    assert.equal(r.code, 0, r.stderr);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(entries.length > 0);
    for (const e of entries) {
      assert.deepEqual(Object.keys(e), ["name", "file", "state", "since", "overdue", "next"]);
      assert.match(String(e.state), /^(drafting|approval:.+|approved|issued|disseminated|implementing|closed)$/);
    }
  });

  it("graph draws Mermaid and DOT", async function () {
    needSamples.call(this);
    const mermaid = await plancode(["graph"], { cwd: samples });
    assert.equal(mermaid.code, 0, mermaid.stderr);
    assert.match(mermaid.stdout, /^flowchart /);
    const dot = await plancode(["graph", "--format", "dot"], { cwd: samples });
    assert.equal(dot.code, 0, dot.stderr);
    assert.match(dot.stdout, /^digraph /);
  });

  it("simulate runs a plan and refuses an unknown one with exit 2", async function () {
    needSamples.call(this);
    const ok = await plancode(["simulate", "KH-BD-57", "--seed", "1", "--runs", "3", "--format", "json"], { cwd: samples });
    assert.equal(ok.code, 0, ok.stderr);
    JSON.parse(ok.stdout);
    const bad = await plancode(["simulate", "NO-SUCH-PLAN", "--locale", "en"], { cwd: samples });
    assert.equal(bad.code, 2);
    assertCleanStderr(bad.stderr);
    assert.equal(bad.stderr.split("\n").length, 2);
  });

  for (const verb of ["status", "simulate", "graph", "fmt", "lint"]) {
    it(`${verb}: an unknown flag is a one-line usage error (exit 2)`, async () => {
      const r = await plancode([verb, "--no-such-flag"], { cwd: workspace({ "a.plan": UNITS }) });
      assert.equal(r.code, 2);
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr.split("\n").length, 2, r.stderr);
    });
  }
});
