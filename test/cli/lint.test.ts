// `plancode lint` through the real process (node bin/plancode.cjs, after building the bundle):
// exit codes, every output format, --max-warnings, locales, usage and I/O errors, odd files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assertCleanStderr, canRunAs, cleanup, ensureBuilt, plancode, REPO, SYNTAX, UNITS, UNRESOLVED, workspace } from "./helpers.js";

/** A district plan under KH-TQ-57 covering only its first task (three coverage warnings). */
const UNCOVERED_DISTRICT = `plan KH-NH-57 {
  number "9-KH/HU"
  title "Kế hoạch"
  issuer huyen-uy-na-hang
  issued 1/11/2023
  implements KL57
  parent KH-TQ-57
  horizon 2025
  task N1 "Quán triệt" covers A1 {
    lead huyen-uy-na-hang
    due 2023
    indicator "Tỷ lệ" target 100%
  }
  reporting {
    report "Báo cáo" every 6 months due day 5 to btg-tu-tq
  }
}
`;

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };

describe("plancode lint (process)", function () {
  // Real processes on a possibly busy machine: generous limits (nothing here asserts on time).
  this.timeout(180_000);
  before(ensureBuilt);
  after(cleanup);

  describe("exit codes and stylish output", () => {
    it("exits 0 and prints nothing for a clean workspace", async () => {
      const dir = workspace({ "plancode.json": "{}", "units.plan": UNITS });
      const r = await plancode(["lint"], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, "");
    });

    it("exits 1 on an error and groups findings by file with an English summary", async () => {
      const dir = workspace({ "plancode.json": "{}", "units.plan": UNITS, "bad.plan": UNRESOLVED });
      const r = await plancode(["lint"], { cwd: dir });
      assert.equal(r.code, 1);
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr, "");
      const lines = r.stdout.split("\n");
      assert.ok(lines.includes("bad.plan"), r.stdout);
      assert.match(r.stdout, /^ {2}1:44 {2}error {2}.*'tinh-uy-x'.*tinh-uy.* {2}unresolved-reference$/m);
      assert.ok(!r.stdout.includes("units.plan"), "clean files are not listed");
      assert.match(r.stdout, /^✖ 1 problem \(1 error, 0 warnings\)$/m);
      assert.ok(!r.stdout.includes("\u001b["), "no colours when stdout is not a terminal");
    });

    it("colours only when asked (FORCE_COLOR) and never with NO_COLOR", async () => {
      const dir = workspace({ "bad.plan": UNRESOLVED });
      const forced = await plancode(["lint"], { cwd: dir, env: { FORCE_COLOR: "1" } });
      assert.ok(forced.stdout.includes("\u001b[31m"), forced.stdout);
      const json = await plancode(["lint", "--format", "json"], { cwd: dir, env: { FORCE_COLOR: "1" } });
      assert.ok(!json.stdout.includes("\u001b["), "machine formats are never coloured");
      const no = await plancode(["lint"], { cwd: dir, env: { NO_COLOR: "1" } });
      assert.ok(!no.stdout.includes("\u001b["));
    });

    it("lints the given files and folders only, but resolves names across the whole workspace", async () => {
      const dir = workspace({
        "plancode.json": "{}",
        "central/units.plan": UNITS,
        "provinces/huyen.plan": `unit huyen-uy-2 "Huyện ủy" level district in tinh-uy\n`,
        "provinces/bad.plan": UNRESOLVED,
      });
      const one = await plancode(["lint", "provinces/huyen.plan"], { cwd: dir });
      assert.equal(one.code, 0, one.stdout);
      const folder = await plancode(["lint", "--format", "json", "provinces"], { cwd: dir });
      assert.equal(folder.code, 1);
      const files = (JSON.parse(folder.stdout) as { filePath: string }[]).map((f) => f.filePath);
      assert.deepEqual(files, [join(dir, "provinces/bad.plan"), join(dir, "provinces/huyen.plan")]);
    });

    it("lints the samples workspace cleanly", async function () {
      if (!existsSync(join(REPO, "samples", "plancode.json"))) this.skip();
      const r = await plancode(["lint", "samples"], { cwd: REPO });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stderr, "");
    });
  });

  describe("--format json", () => {
    it("prints exactly ESLint's JSON shape, one entry per file, 1-based positions", async () => {
      const dir = workspace({ "plancode.json": "{}", "units.plan": UNITS, "bad.plan": UNRESOLVED });
      const r = await plancode(["lint", "--format", "json"], { cwd: dir });
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.deepEqual(out, [
        {
          filePath: join(dir, "bad.plan"),
          messages: [
            {
              ruleId: "unresolved-reference",
              severity: 2,
              message: (out[0].messages as { message: string }[])[0].message,
              line: 1,
              column: 44,
              endLine: 1,
              endColumn: 53,
            },
          ],
          errorCount: 1,
          warningCount: 0,
        },
        { filePath: join(dir, "units.plan"), messages: [], errorCount: 0, warningCount: 0 },
      ]);
      // Key order too, as ESLint writes them.
      assert.deepEqual(Object.keys(out[0]), ["filePath", "messages", "errorCount", "warningCount"]);
      const message = (out[0].messages as Record<string, unknown>[])[0];
      assert.deepEqual(Object.keys(message), ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn"]);
      assert.match(String(message.message), /tinh-uy-x/);
    });

    it("writes warnings as severity 1 and info findings as severity 1 that count as neither", async () => {
      const warn = workspace({ "plancode.json": `{"rules": {"unresolved-reference": "warning"}}`, "bad.plan": UNRESOLVED });
      const w = await plancode(["lint", "-f", "json"], { cwd: warn });
      assert.equal(w.code, 0);
      const [wf] = JSON.parse(w.stdout) as { messages: { severity: number }[]; errorCount: number; warningCount: number }[];
      assert.equal(wf.messages[0].severity, 1);
      assert.equal(wf.warningCount, 1);
      assert.equal(wf.errorCount, 0);

      const info = workspace({ "plancode.json": `{"rules": {"unresolved-reference": "info"}}`, "bad.plan": UNRESOLVED });
      const i = await plancode(["lint", "--format=json", "--max-warnings", "0"], { cwd: info });
      assert.equal(i.code, 0, "info findings never fail a run");
      const [inf] = JSON.parse(i.stdout) as { messages: { severity: number }[]; errorCount: number; warningCount: number }[];
      assert.equal(inf.messages[0].severity, 1);
      assert.equal(inf.warningCount, 0);
      assert.equal(inf.errorCount, 0);

      const off = workspace({ "plancode.json": `{"rules": {"unresolved-reference": "off"}}`, "bad.plan": UNRESOLVED });
      const o = await plancode(["lint", "--format", "json"], { cwd: off });
      assert.equal(o.code, 0);
      assert.deepEqual((JSON.parse(o.stdout) as { messages: unknown[] }[])[0].messages, []);
    });
  });

  describe("plancode.json rules and disable comments (LANGUAGE.md's example)", () => {
    // LANGUAGE.md's example with A2's indicator left out: one `measurable` warning on `A2`.
    const example = readFileSync(join(REPO, "test", "fixtures", "language-example.plan"), "utf8");
    const unmeasured = example.replace(/\n *indicator "Số tin, bài quảng bá[^\n]*/, "");
    const run = async (config: string, text = unmeasured, args: string[] = []) => {
      const r = await plancode(["lint", "--format", "json", ...args], { cwd: workspace({ "plancode.json": config, "example.plan": text }) });
      const [entry] = JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number; line: number }[]; errorCount: number; warningCount: number }[];
      return { code: r.code, messages: entry.messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`), errors: entry.errorCount, warnings: entry.warningCount };
    };

    it(`"measurable": "off" | "info" | "warning" | "error" sets the severity, and the exit code follows`, async () => {
      assert.notEqual(unmeasured, example);
      assert.deepEqual(await run("{}"), { code: 0, messages: ["59 measurable 1"], errors: 0, warnings: 1 });
      assert.deepEqual(await run(`{"rules": {"measurable": "warning"}}`), { code: 0, messages: ["59 measurable 1"], errors: 0, warnings: 1 });
      assert.deepEqual(await run(`{"rules": {"measurable": "error"}}`), { code: 1, messages: ["59 measurable 2"], errors: 1, warnings: 0 });
      assert.deepEqual(await run(`{"rules": {"measurable": "info"}}`, unmeasured, ["--max-warnings", "0"]), { code: 0, messages: ["59 measurable 1"], errors: 0, warnings: 0 });
      assert.deepEqual(await run(`{"rules": {"measurable": "off"}}`, unmeasured, ["--max-warnings", "0"]), { code: 0, messages: [], errors: 0, warnings: 0 });
      assert.deepEqual(await run("{}", example, ["--max-warnings", "0"]), { code: 0, messages: [], errors: 0, warnings: 0 });
    });

    it("`// plancode-disable-next-line RULE` silences the next line", async () => {
      const silenced = unmeasured.replace('  task A2 "', '  // plancode-disable-next-line measurable\n  task A2 "');
      assert.deepEqual(await run(`{"rules": {"measurable": "error"}}`, silenced), { code: 0, messages: [], errors: 0, warnings: 0 });
    });
  });

  describe("--max-warnings", () => {
    const config = `{"rules": {"unresolved-reference": "warning"}}`;
    it("exits 0 when warnings are within the limit and 1 (with a line on stderr) above it", async () => {
      const dir = workspace({ "plancode.json": config, "a.plan": UNRESOLVED, "b.plan": UNRESOLVED.replace("huyen-uy", "huyen-uy-2") });
      const unlimited = await plancode(["lint"], { cwd: dir });
      assert.equal(unlimited.code, 0);
      assert.match(unlimited.stdout, /✖ 2 problems \(0 errors, 2 warnings\)/);
      const within = await plancode(["lint", "--max-warnings", "2"], { cwd: dir });
      assert.equal(within.code, 0);
      assert.equal(within.stderr, "");
      const above = await plancode(["lint", "--max-warnings", "1", "--format", "json"], { cwd: dir });
      assert.equal(above.code, 1);
      JSON.parse(above.stdout); // stdout stays valid JSON
      assert.equal(above.stderr, "plancode: too many warnings (2, maximum 1)\n");
      const minusOne = await plancode(["lint", "--max-warnings", "-1"], { cwd: dir });
      assert.equal(minusOne.code, 0);
    });

    it("rejects a value that is not a whole number ≥ -1", async () => {
      const dir = workspace({ "a.plan": UNITS });
      for (const bad of ["abc", "1.5", "-2", ""]) {
        const r = await plancode(["lint", `--max-warnings=${bad}`], { cwd: dir });
        assert.equal(r.code, 2, bad);
        assertCleanStderr(r.stderr);
        assert.equal(r.stderr.split("\n").length, 2, r.stderr);
      }
    });
  });

  describe("--locale", () => {
    it("prints Vietnamese with --locale vi, with LANG=vi_VN.UTF-8, and with plancode.json's locale", async () => {
      const dir = workspace({ "bad.plan": UNRESOLVED });
      for (const r of [
        await plancode(["lint", "--locale", "vi"], { cwd: dir }),
        await plancode(["lint"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } }),
        await plancode(["lint"], { cwd: dir, env: { LANG: "en_US.UTF-8", LC_ALL: "vi_VN.UTF-8" } }),
      ]) {
        assert.equal(r.code, 1);
        assert.match(r.stdout, /^ {2}1:44 {2}lỗi {2}/m);
        assert.match(r.stdout, /^✖ 1 vấn đề \(1 lỗi, 0 cảnh báo\)$/m);
      }
      const vi = workspace({ "plancode.json": `{"locale": "vi"}`, "bad.plan": UNRESOLVED });
      const fromConfig = await plancode(["lint"], { cwd: vi, env: { LANG: "en_US.UTF-8" } });
      assert.match(fromConfig.stdout, /1 vấn đề/);
      const flagWins = await plancode(["lint", "--locale", "en"], { cwd: vi, env: { LANG: "vi_VN.UTF-8" } });
      assert.match(flagWins.stdout, /1 problem \(1 error/);
    });

    it("localises usage errors too", async () => {
      const dir = workspace({ "a.plan": UNITS });
      const r = await plancode(["lint", "--locale", "vi", "missing.plan"], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "plancode: không tìm thấy tệp hoặc thư mục: missing.plan\n");
      const bad = await plancode(["lint", "--locale", "fr"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr, "plancode: giá trị 'fr' của '--locale' không hợp lệ (cần vi, en)\n");
    });
  });

  describe("--format sarif", () => {
    it("is SARIF 2.1.0 that the official validator accepts without errors or warnings", async function () {
      const dir = workspace({
        "plancode.json": `{"rules": {"syntax": "warning"}}`,
        "units.plan": UNITS,
        "bad.plan": UNRESOLVED,
        "thư mục/cú pháp.plan": SYNTAX,
      });
      const r = await plancode(["lint", "--format", "sarif"], { cwd: dir });
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, "2.1.0");
      assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, "plancode");
      assert.equal(run.tool.driver.version, pkg.version);
      assert.match(run.tool.driver.informationUri, /^https:\/\//);
      const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
      assert.ok(ids.includes("syntax") && ids.includes("unresolved-reference"));
      for (const rule of run.tool.driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text, rule.id);
        assert.ok(["error", "warning", "note"].includes(rule.defaultConfiguration.level));
      }
      const unresolved = run.results.find((x: { ruleId: string }) => x.ruleId === "unresolved-reference");
      assert.equal(unresolved.level, "error");
      assert.equal(run.tool.driver.rules[unresolved.ruleIndex].id, "unresolved-reference");
      assert.deepEqual(unresolved.locations[0].physicalLocation, {
        artifactLocation: { uri: "bad.plan", uriBaseId: "%SRCROOT%" },
        region: { startLine: 1, startColumn: 44, endLine: 1, endColumn: 53 },
      });
      const syntax = run.results.find((x: { ruleId: string }) => x.ruleId === "syntax");
      assert.equal(syntax.level, "warning");
      assert.equal(syntax.locations[0].physicalLocation.artifactLocation.uri, "th%C6%B0%20m%E1%BB%A5c/c%C3%BA%20ph%C3%A1p.plan");

      const vi = await plancode(["lint", "--format", "sarif", "--locale", "vi"], { cwd: dir });
      assert.match(JSON.parse(vi.stdout).runs[0].tool.driver.rules[0].help.text, /plancode-disable-next-line/);

      const report = validateSarif(dir, r.stdout);
      if (report === undefined) this.skip();
      const serious = report.filter((x) => x.level === undefined || x.level === "error" || x.level === "warning");
      assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
    });
  });

  describe("--format github", () => {
    it("prints one workflow command per finding with GitHub's escaping", async () => {
      const dir = workspace({ "plancode.json": `{"rules": {"syntax": "info"}}`, "bad.plan": UNRESOLVED, "a,b:c%.plan": SYNTAX });
      const r = await plancode(["lint", "--format", "github"], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split("\n");
      assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(l)), r.stdout);
      assert.ok(lines.some((l) => l.startsWith("::notice file=a%2Cb%3Ac%25.plan,line=1,")), r.stdout);
      assert.ok(lines.includes(`::error file=bad.plan,line=1,col=44,endLine=1,endColumn=53,title=unresolved-reference::${unresolvedMessage(lines)}`));
    });
  });

  describe("--format junit", () => {
    it("writes a testsuite per file, a failing testcase per finding, a passing one for a clean file", async () => {
      const dir = workspace({ "units.plan": UNITS, "bad.plan": UNRESOLVED, "a&b.plan": SYNTAX });
      const r = await plancode(["lint", "--format", "junit"], { cwd: dir });
      assert.equal(r.code, 1);
      assert.ok(r.stdout.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites `));
      assertWellFormed(r.stdout);
      const suites = [...r.stdout.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
      assert.deepEqual(
        suites.map((s) => s[0]),
        ["a&amp;b.plan", "bad.plan", "units.plan"],
      );
      assert.deepEqual(suites[1], ["bad.plan", 1, 1]);
      assert.deepEqual(suites[2], ["units.plan", 1, 0]);
      assert.match(r.stdout, /<testsuite name="units\.plan" [^>]* file="units\.plan">\n {4}<testcase name="units\.plan" classname="plancode" time="0"\/>/);
      assert.match(r.stdout, /<failure type="error" message="[^"]*tinh-uy-x[^"]*">/);
    });
  });

  describe("usage and I/O errors (exit 2, one line on stderr)", () => {
    const expectUsage = async (args: string[], pattern: RegExp, cwd?: string): Promise<void> => {
      const r = await plancode(args, { cwd: cwd ?? workspace({ "a.plan": UNITS }) });
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, "");
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr.split("\n").length, 2, `exactly one line: ${JSON.stringify(r.stderr)}`);
      assert.match(r.stderr, pattern);
    };

    it("an unknown flag, with a suggestion", () => expectUsage(["lint", "--formt", "json"], /^plancode: unknown option '--formt'; did you mean '--format'\?\n$/));
    it("a missing flag value", () => expectUsage(["lint", "--format"], /^plancode: option '--format' needs a value\n$/));
    it("a bad flag value", () => expectUsage(["lint", "--format", "xml"], /^plancode: invalid value 'xml' for '--format' \(expected stylish, json, sarif, github, junit, compact, json-with-metadata\)\n$/));
    it("a value on a boolean flag", () => expectUsage(["lint", "--help=yes"], /takes no value/));
    it("an unknown command", () => expectUsage(["lnt"], /^plancode: unknown command 'lnt'; did you mean 'lint'\?; commands: lint, fmt, status, simulate, graph, export, site, lsp\n$/));
    it("an unknown command with two letters swapped", () => expectUsage(["lnit"], /^plancode: unknown command 'lnit'; did you mean 'lint'\?; /));
    it("no command", () => expectUsage([], /^plancode: missing command/));
    it("a missing path", () => expectUsage(["lint", "a.plan", "nope/missing.plan"], /^plancode: no such file or folder: nope\/missing\.plan\n$/));

    it("an unreadable file (run as an unprivileged user when the suite runs as root)", async function () {
      const dir = workspace({ "a.plan": UNITS, "secret.plan": UNITS.replace(/trung-uong/g, "tw2") });
      const root = process.getuid?.() === 0;
      if (root && !canRunAs(65534)) this.skip();
      chmodSync(dir, 0o755);
      chmodSync(join(dir, "a.plan"), 0o644);
      chmodSync(join(dir, "secret.plan"), 0o000);
      const ids = root ? { uid: 65534, gid: 65534 } : {};
      const r = await plancode(["lint"], { cwd: dir, ...ids });
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(r.stderr, "plancode: cannot read secret.plan: permission denied\n");
    });

    it("an invalid plancode.json: one line per problem", async () => {
      const dir = workspace({ "plancode.json": `{"rules": {"no-such-rule": "error", "syntax": "loud"}, "locale": "fr"}`, "a.plan": UNITS });
      const r = await plancode(["lint"], { cwd: dir });
      assert.equal(r.code, 2);
      assertCleanStderr(r.stderr);
      assert.deepEqual(r.stderr.trimEnd().split("\n"), [
        "plancode: plancode.json: unknown rule 'no-such-rule'",
        "plancode: plancode.json: invalid severity 'loud' for rule 'syntax' (off, info, warning, error)",
        "plancode: plancode.json: invalid locale 'fr' (vi, en)",
      ]);
      const broken = workspace({ "plancode.json": `{"rules": `, "a.plan": UNITS });
      const b = await plancode(["lint", "--locale", "vi"], { cwd: broken });
      assert.equal(b.code, 2);
      assert.match(b.stderr, /^plancode: plancode\.json không phải JSON hợp lệ: .+\n$/);
      // A misspelt key or a `rules` that is not an object is a mistake, not something to ignore.
      const misspelt = workspace({ "plancode.json": `{"$schema": "x", "rule": {"coverage": "off"}, "rules": "off"}`, "a.plan": UNITS });
      const m = await plancode(["lint"], { cwd: misspelt });
      assert.equal(m.code, 2);
      assert.deepEqual(m.stderr.trimEnd().split("\n"), [
        "plancode: plancode.json: unknown key 'rule'; did you mean 'rules'?",
        "plancode: plancode.json: 'rules' must be an object (rule id → severity)",
      ]);
    });

    it("--help and --version exit 0", async () => {
      const dir = workspace({});
      const help = await plancode(["--help"], { cwd: dir });
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: plancode <command>/);
      for (const verb of ["lint", "fmt", "status", "simulate", "graph", "lsp"]) assert.ok(help.stdout.includes(`  ${verb} `), verb);
      const lintHelp = await plancode(["lint", "-h"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
      assert.equal(lintHelp.code, 0);
      assert.match(lintHelp.stdout, /^Cách dùng: plancode lint/);
      const version = await plancode(["--version"], { cwd: dir });
      assert.equal(version.code, 0);
      assert.equal(version.stdout, `${pkg.version}\n`);
    });
  });

  describe("a declaration cut short by a syntax error", () => {
    it("reports its syntax errors only, not the findings recovery would invent; the other files as usual", async function () {
      if (!existsSync(join(REPO, "samples", "plancode.json"))) this.skip();
      const dir = workspace({});
      cpSync(join(REPO, "samples"), dir, { recursive: true });
      const rel = "districts/lam-binh.plan";
      const text = readFileSync(join(dir, rel), "utf8");
      writeFileSync(join(dir, rel), text.replace("covers A1 {", "covers A1"));
      writeFileSync(join(dir, "districts/na-hang.plan"), UNCOVERED_DISTRICT);
      const r = await plancode(["lint", "--format", "json", "districts"], { cwd: dir });
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
      const rules = (name: string) => out.find((f) => f.filePath.endsWith(name))!.messages.map((m) => m.ruleId);
      // Before: 8 problems, 6 of them coverage, report-cadence, measurable and single-lead about the text cut off.
      assert.deepEqual(rules("lam-binh.plan"), ["syntax", "syntax"]);
      assert.deepEqual(rules("na-hang.plan"), ["coverage", "coverage", "coverage"], "another file's findings are not withheld");
      writeFileSync(join(dir, rel), text);
      const fixed = await plancode(["lint", "--format", "json", rel], { cwd: dir });
      assert.equal(fixed.code, 0, fixed.stdout);
    });
  });

  describe("odd files", () => {
    it("reports a file that is not UTF-8 as a syntax finding and still checks the others", async () => {
      const latin1 = Buffer.concat([Buffer.from("// b"), Buffer.from([0xec]), Buffer.from("nh lu\u1eadn\nunit z \"Z\" in trung-uongg\n", "utf8")]);
      const dir = workspace({ "plancode.json": "{}", "units.plan": UNITS, "bad.plan": UNRESOLVED, "latin1.plan": latin1 });
      const r = await plancode(["lint", "--format", "json"], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, "");
      const out = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
      const byFile = new Map(out.map((f) => [f.filePath.slice(dir.length + 1), f.messages]));
      assert.deepEqual([...byFile.keys()], ["bad.plan", "latin1.plan", "units.plan"]);
      assert.equal(byFile.get("bad.plan")!.length, 1);
      assert.deepEqual(byFile.get("units.plan"), []);
      const latin = byFile.get("latin1.plan")!;
      assert.equal(latin[0].ruleId, "syntax");
      assert.deepEqual([latin[0].line, latin[0].column], [1, 5]);
      assert.equal(latin[0].message, "File is not valid UTF-8 (first bad byte at offset 4)");
      // The rest of the file is still read: its reference is checked (and resolved against the workspace).
      assert.deepEqual(
        latin.slice(1).map((m) => [m.ruleId, m.line]),
        [["unresolved-reference", 2]],
      );
    });

    it("survives truncated, binary and huge files without a stack trace", async () => {
      let seed = 42;
      const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) & 0xff;
      const binary = Uint8Array.from({ length: 64 * 1024 }, random);
      const truncated = Buffer.from(`unit a "Tỉnh`, "utf8").subarray(0, 10); // cut inside "ỉ"
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < 10 * 1024 * 1024; i++) {
        const s = `unit don-vi-${i} "Đơn vị số ${i} — ${"ư".repeat(20)}" {\n  unit ban-${i} "Ban ${i}"\n}\n`;
        parts.push(s);
        size += Buffer.byteLength(s);
      }
      const dir = workspace({ "binary.plan": binary, "truncated.plan": truncated, "huge.plan": parts.join(""), "units.plan": UNITS });
      const r = await plancode(["lint", "--format", "json"], { cwd: dir });
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr, "");
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
      const byFile = new Map(out.map((f) => [f.filePath.slice(dir.length + 1), f.messages]));
      assert.deepEqual(byFile.get("huge.plan"), []);
      assert.deepEqual(byFile.get("units.plan"), []);
      // `unit a "T` is 9 bytes; the cut "ỉ" starts at byte 9. Syntax errors before it are still reported.
      const truncatedMessages = byFile.get("truncated.plan")!.map((m) => m.message);
      assert.equal(truncatedMessages.at(-1), "File is not valid UTF-8 (first bad byte at offset 9)");
      assert.ok(truncatedMessages.includes('Unterminated string: missing closing "'), truncatedMessages.join("\n"));
      assert.equal(byFile.get("binary.plan")![0].ruleId, "syntax");
    });

    it("does not hang on symbolic link loops and reads each real file once", async function () {
      const dir = workspace({ "plancode.json": "{}", "sub/units.plan": UNITS });
      try {
        symlinkSync("..", join(dir, "sub", "up"));
        symlinkSync(".", join(dir, "sub", "self"));
        symlinkSync("units.plan", join(dir, "sub", "alias.plan"));
        symlinkSync("missing.plan", join(dir, "sub", "dangling.plan"));
        symlinkSync("loop.plan", join(dir, "sub", "loop.plan"));
      } catch {
        this.skip();
      }
      const r = await plancode(["lint", "--format", "json"], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath.slice(dir.length + 1));
      assert.equal(files.length, 1, files.join());
    });

    it("skips node_modules and dot-folders, and honours plancode.json ignore patterns", async () => {
      const dir = workspace({
        "plancode.json": `{"ignore": ["drafts/**", "*.old.plan"]}`,
        "units.plan": UNITS,
        "node_modules/pkg/bad.plan": SYNTAX,
        ".cache/bad.plan": SYNTAX,
        "drafts/bad.plan": SYNTAX,
        "drafts/deep/bad.plan": SYNTAX,
        "x.old.plan": SYNTAX,
      });
      const all = await plancode(["lint"], { cwd: dir });
      assert.equal(all.code, 0, all.stdout);
      // An ignored file named on the command line is linted; so is an ignored folder named there.
      const named = await plancode(["lint", "--format", "json", "drafts/bad.plan"], { cwd: dir });
      assert.equal(named.code, 1);
      assert.equal((JSON.parse(named.stdout) as unknown[]).length, 1);
      const folder = await plancode(["lint", "--format", "json", "drafts"], { cwd: dir });
      assert.equal((JSON.parse(folder.stdout) as unknown[]).length, 2);
      const dot = await plancode(["lint", "--format", "json", ".cache/bad.plan"], { cwd: dir });
      assert.equal(dot.code, 1);
    });

    it("leaves ignored files out of the workspace unless named", async () => {
      const dir = workspace({
        "plancode.json": `{"ignore": ["drafts"]}`,
        "drafts/units.plan": UNITS,
        "huyen.plan": `unit huyen-uy "Huyện ủy" level district in tinh-uy\n`,
      });
      const r = await plancode(["lint", "huyen.plan"], { cwd: dir });
      assert.equal(r.code, 1, "tinh-uy is only declared in an ignored file");
      const named = await plancode(["lint", "huyen.plan", "drafts/units.plan"], { cwd: dir });
      assert.equal(named.code, 0, named.stdout);
    });

    it("applies a plancode.json below the root to the files below it, as the language server does", async () => {
      const dir = workspace({
        "plancode.json": `{"rules": {"unresolved-reference": "warning"}, "ignore": ["**/drafts"]}`,
        "units.plan": UNITS,
        "a.plan": unresolvedUnit("a"),
        // Nearest wins: its rules replace the root's for the files below it; ignores add up.
        "strict/plancode.json": `{"rules": {"unresolved-reference": "error"}, "ignore": ["*.old.plan"]}`,
        "strict/b.plan": unresolvedUnit("b"),
        "strict/x.old.plan": SYNTAX,
        "strict/drafts/bad.plan": SYNTAX,
        "strict/lax/plancode.json": `{"rules": {"unresolved-reference": "off"}}`,
        "strict/lax/c.plan": unresolvedUnit("c"),
      });
      const severities = (stdout: string): Record<string, number[]> =>
        Object.fromEntries(
          (JSON.parse(stdout) as { filePath: string; messages: { severity: number }[] }[]).map((f) => [f.filePath.slice(dir.length + 1), f.messages.map((m) => m.severity)]),
        );
      const all = await plancode(["lint", "--format", "json"], { cwd: dir });
      assert.equal(all.code, 1, all.stderr);
      assert.deepEqual(severities(all.stdout), { "a.plan": [1], "strict/b.plan": [2], "strict/lax/c.plan": [], "units.plan": [] });
      // The same from inside: the root is then strict/, its own rules apply, and lax/ still turns the rule off.
      const inside = await plancode(["lint", "--format", "json", "lax/c.plan", "b.plan"], { cwd: join(dir, "strict") });
      assert.deepEqual(severities(inside.stdout), { "strict/b.plan": [2], "strict/lax/c.plan": [] });
      // A file named on the command line gets the rules of the plancode.json above it.
      const named = await plancode(["lint", "--format", "json", "a.plan", "strict/lax/c.plan"], { cwd: dir });
      assert.equal(named.code, 0, named.stdout);
      assert.deepEqual(severities(named.stdout), { "a.plan": [1], "strict/lax/c.plan": [] });
    });

    it("rejects an invalid plancode.json below the root like the root's", async () => {
      const dir = workspace({ "plancode.json": `{}`, "units.plan": UNITS, "sub/plancode.json": `{"rules": {"cover": "off"}}`, "sub/a.plan": UNITS });
      const r = await plancode(["lint"], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^plancode: sub\/plancode\.json: unknown rule 'cover'/);
    });

    it("finds plancode.json upwards from the first path", async () => {
      const dir = workspace({ "plancode.json": `{"locale": "vi", "rules": {"unresolved-reference": "warning"}}`, "a/b/bad.plan": UNRESOLVED });
      mkdirSync(join(dir, "elsewhere"));
      const r = await plancode(["lint", join(dir, "a", "b")], { cwd: join(dir, "elsewhere") });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /cảnh báo/);
      assert.ok(r.stdout.includes(join(dir, "a", "b", "bad.plan")), "files outside the cwd are shown by absolute path");
    });

    it("rejects a path that is neither a file nor a folder", async () => {
      const r = await plancode(["lint", "/dev/null"], { cwd: workspace({}) });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "plancode: cannot read /dev/null: not a regular file or folder\n");
    });
  });
});

/** A unit of its own name placed in a unit that does not exist. */
function unresolvedUnit(name: string): string {
  return `unit huyen-uy-${name} "Huyện ủy" level district in tinh-uy-x\n`;
}

function unresolvedMessage(lines: string[]): string {
  const line = lines.find((l) => l.includes("title=unresolved-reference::"))!;
  return line.slice(line.indexOf("::", 2) + 2);
}

/** Runs the official SARIF validator; undefined when its binary is not installed. */
function validateSarif(dir: string, sarif: string): { ruleId: string; level?: string; message: unknown }[] | undefined {
  const bin = join(REPO, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
  if (!existsSync(bin)) return undefined;
  // npm skips the package's postinstall, which would make the binary executable.
  if ((statSync(bin).mode & 0o100) === 0) chmodSync(bin, statSync(bin).mode | 0o100);
  const input = join(dir, "out.sarif");
  const report = join(dir, "report.sarif");
  writeFileSync(input, sarif);
  const r = spawnSync(bin, ["validate", input, "-o", report, "--log", "ForceOverwrite"], { encoding: "utf8", env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" } });
  assert.ok(existsSync(report), `validator wrote no report: ${r.stdout}${r.stderr}`);
  const log = JSON.parse(readFileSync(report, "utf8"));
  const errors = (log.runs?.[0]?.invocations ?? []).flatMap((inv: { toolExecutionNotifications?: { level?: string; message: unknown }[] }) =>
    (inv.toolExecutionNotifications ?? []).filter((n) => n.level === "error"),
  );
  assert.deepEqual(errors, [], "the validator itself failed");
  return log.runs[0].results ?? [];
}

/** A small XML well-formedness check: balanced tags, quoted attributes, only known entities. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < body.length && (m = tag.exec(body))) {
    pos = tag.lastIndex;
    const text = m[5] ?? m[3] ?? "";
    assert.ok(!/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(text), `bad entity in ${JSON.stringify(text)}`);
    if (m[5] !== undefined) continue;
    if (m[1]) assert.equal(stack.pop(), m[2], `unbalanced </${m[2]}>`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.equal(pos, body.length, `not well-formed near ${JSON.stringify(body.slice(pos, pos + 80))}`);
  assert.deepEqual(stack, []);
}
