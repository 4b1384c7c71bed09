// Lint reports checked by what reads them: the JUnit report against the schema Jenkins reads
// reports with, by libxml2's own validator (`xmllint --schema`: Debian's libxml2-utils, installed
// by `npm run test:ci`; skipped without it elsewhere unless PLANCODE_REQUIRE_TOOLS=1); the compact
// report by the `$plancode` problem matcher the extension contributes (its pattern, applied as
// VS Code applies it: a JavaScript RegExp per line), every finding of every sample mistake in
// both languages.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, ensureBuilt, plancode, REPO, workspace } from "./helpers.js";

const SCHEMA = join(REPO, "test/fixtures/junit/jenkins-junit.xsd");

function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

interface Json {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number }[];
}

describe("lint reports read by their consumers", function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(cleanup);

  it("--format junit is valid against Jenkins's JUnit schema (xmllint)", async function () {
    if (!hasXmllint()) {
      if (process.env.PLANCODE_REQUIRE_TOOLS === "1") assert.fail("xmllint is not installed (Debian libxml2-utils)");
      this.skip();
    }
    const dir = workspace({ "odd & <strange>.plan": 'unit a "A\u0001" in x\n', "clean.plan": 'unit b "B"\n' });
    for (const [cwd, args] of [
      [REPO, ["lint", "samples/mistakes", "--locale", "vi"]],
      [REPO, ["lint", "samples", "--locale", "en"]],
      [dir, ["lint"]],
    ] as const) {
      const r = await plancode([...args, "--format", "junit"], { cwd });
      const file = join(workspace({}), "report.xml");
      writeFileSync(file, r.stdout);
      const check = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
      assert.equal(check.status, 0, `${args.join(" ")}:\n${check.stderr}`);
    }
  });

  it("the schema is strict: a testcase with a `file` attribute fails it", function () {
    if (!hasXmllint()) this.skip();
    const file = join(workspace({}), "bad.xml");
    writeFileSync(file, '<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="x" file="a.plan"/></testsuite></testsuites>');
    const check = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
    assert.notEqual(check.status, 0);
    assert.match(check.stderr, /attribute 'file': The attribute 'file' is not allowed/);
  });

  it("the $plancode problem matcher reads every line of --format compact, in Vietnamese and English", async () => {
    const manifest = JSON.parse(readFileSync(join(REPO, "extension/package.json"), "utf8"));
    const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === "plancode");
    const pattern = new RegExp(matcher.pattern.regexp);
    for (const locale of ["vi", "en"]) {
      const compact = await plancode(["lint", "samples/mistakes", "--format", "compact", "--locale", locale], { cwd: REPO });
      const json = await plancode(["lint", "samples/mistakes", "--format", "json", "--locale", locale], { cwd: REPO });
      const expected = (JSON.parse(json.stdout) as Json[]).flatMap((r) =>
        r.messages.map((m) => [r.filePath, String(m.line), String(m.column), m.severity === 2 ? "Error" : "Warning", m.message, m.ruleId]),
      );
      const lines = compact.stdout.split("\n").filter((l) => l && !/^\d+ problems?$/.test(l));
      assert.equal(lines.length, expected.length);
      assert.ok(expected.length >= 15, "every sample mistake");
      const matched = lines.map((line) => {
        const m = pattern.exec(line);
        assert.ok(m, `not matched: ${line}`);
        const g = matcher.pattern;
        return [m[g.file], m[g.line], m[g.column], m[g.severity], m[g.message], m[g.code]];
      });
      // Info findings are Info in compact and severity 1 in json: compare what json tells apart.
      assert.deepEqual(
        matched.map((x) => [...x.slice(0, 3), x[3] === "Info" ? "Warning" : x[3], ...x.slice(4)]),
        expected,
      );
    }
  });
});
