// Every verb is reachable through the real `plancode` process with LANGUAGE.md's exit codes:
// a smoke test of the dispatch (the workflow verbs have their own tests next to the engine).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertCleanStderr, cleanup, ensureBuilt, plancode, REPO, sh, UNITS, workspace } from "./helpers.js";

const EXAMPLE = readFileSync(join(REPO, "test", "fixtures", "language-example.plan"), "utf8");

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

  it("status --format json on LANGUAGE.md's example prints LANGUAGE.md's entry for KH-BD-57", async () => {
    // Paths default to `.`; one entry per plan and directive, in file order; dates ISO even when
    // --as-of is written the Vietnamese way.
    const dir = workspace({ "example.plan": EXAMPLE });
    for (const asOf of ["2024-06-30", "30/6/2024"]) {
      const r = await plancode(["status", "--format", "json", "--as-of", asOf], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, "");
      const entries = JSON.parse(r.stdout) as { name: string }[];
      assert.deepEqual(
        entries.map((e) => e.name),
        ["KL57", "KH-BD-57", "KL16"],
      );
      assert.deepEqual(entries[1], {
        name: "KH-BD-57",
        file: "example.plan",
        state: "implementing",
        since: "2023-10-11",
        overdue: [{ what: "report", due: "2024-04-10" }],
        next: { what: "report", due: "2024-10-10" },
      });
    }
  });

  it("simulate <plan-name> [paths...]: the plan is looked up in the given paths", async function () {
    needSamples.call(this);
    const args = ["simulate", "KH-BD-57", "samples", "--seed", "3", "--runs", "20", "--format", "json", "--as-of", "2024-06-30"];
    const fromRepo = await plancode(args, { cwd: REPO });
    assert.equal(fromRepo.code, 0, fromRepo.stderr);
    const result = JSON.parse(fromRepo.stdout) as { name: string; seed: number; runs: number };
    assert.deepEqual([result.name, result.seed, result.runs], ["KH-BD-57", 3, 20]);
    const inSamples = await plancode(args.filter((a) => a !== "samples"), { cwd: samples });
    assert.equal(inSamples.stdout, fromRepo.stdout, "the same workspace from either place, the same seeded result");
    const mermaid = await plancode(["simulate", "KH-BD-57", "samples", "--format", "mermaid", "--as-of", "2024-06-30"], { cwd: REPO });
    assert.equal(mermaid.code, 0, mermaid.stderr);
    assert.match(mermaid.stdout, /^stateDiagram-v2\n/);
    const elsewhere = await plancode(["simulate", "KH-BD-57", "--locale", "en"], { cwd: workspace({ "a.plan": UNITS }) });
    assert.equal(elsewhere.code, 2, "not in the workspace of the given (default) paths");
    assertCleanStderr(elsewhere.stderr);
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

  it("graph [paths...]: the cascade of the given folder, the same as from inside it", async function () {
    needSamples.call(this);
    for (const format of ["mermaid", "dot"]) {
      const inside = await plancode(["graph", "--format", format, "--as-of", "2024-06-30"], { cwd: samples });
      const given = await plancode(["graph", "samples", "--format", format, "--as-of", "2024-06-30"], { cwd: REPO });
      assert.equal(given.code, 0, given.stderr);
      assert.equal(given.stdout, inside.stdout, format);
    }
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

  // LANGUAGE.md: installing the package (`npm install plancode`, or `npm install` in its
  // checkout) puts the `plancode` command on the path of `npx plancode`.
  describe("npx plancode", () => {
    it("runs the checkout's command", async () => {
      const r = await sh("npx", ["--offline", "--no-install", "plancode", "--version"], REPO);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
    });

    // The packed package installed from its tarball into another project: test/cli/package.test.ts.
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
