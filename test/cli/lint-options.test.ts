// `plancode lint` options beyond LANGUAGE.md's, through the real process, as ESLint, Prettier and
// Biome users expect them: --quiet, -o/--output-file, --stdin/--stdin-filename, --fix and
// --fix-dry-run, --color/--no-color and the terminal's own colour settings, `plancode help <verb>`,
// every verb's help listing every flag it accepts; `fmt --stdin`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VERBS } from "../../cli/usage.js";
import { assertCleanStderr, BIN, cleanup, ensureBuilt, plancode, REPO, UNITS, UNRESOLVED, workspace } from "./helpers.js";

/** A copy of samples/ in a temporary folder (removed with the others). */
function samplesCopy(): string {
  const dir = workspace({});
  cpSync(join(REPO, "samples"), dir, { recursive: true });
  return dir;
}

const ESC = "\u001b[";

describe("plancode lint: options (process)", function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(cleanup);

  describe("--quiet", () => {
    it("reports errors only: warnings are neither shown nor counted against --max-warnings", async () => {
      const dir = samplesCopy();
      const all = await plancode(["lint", "mistakes", "--format", "json"], { cwd: dir });
      const quiet = await plancode(["lint", "mistakes", "--format", "json", "--quiet", "--max-warnings", "0"], { cwd: dir });
      assert.equal(quiet.code, 1, "errors remain");
      assert.equal(quiet.stderr, "", "no 'too many warnings': warnings are not counted");
      const severities = (out: string) => (JSON.parse(out) as { messages: { severity: number }[] }[]).flatMap((r) => r.messages.map((m) => m.severity));
      assert.ok(severities(all.stdout).includes(1));
      assert.ok(severities(quiet.stdout).length > 0 && severities(quiet.stdout).every((s) => s === 2));
      const clean = await plancode(["lint", "mistakes/coverage.plan", "--quiet"], { cwd: dir });
      assert.equal(clean.code, 0);
      assert.equal(clean.stdout, "");
    });
  });

  describe("-o, --output-file", () => {
    it("writes the report to the file (its folder made), nothing to stdout, and keeps the exit code", async () => {
      const dir = workspace({ "bad.plan": UNRESOLVED });
      const r = await plancode(["lint", "-o", "reports/lint.json", "--format", "json"], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      const report = JSON.parse(readFileSync(join(dir, "reports/lint.json"), "utf8")) as { errorCount: number }[];
      assert.equal(report[0].errorCount, 1);
      const again = await plancode(["lint", "--output-file", "reports/lint.txt", "--locale", "en"], { cwd: dir });
      assert.match(readFileSync(join(dir, "reports/lint.txt"), "utf8"), /Unknown unit 'tinh-uy-x'/);
      assert.equal(again.stdout, "");
    });

    it("a folder as the output file is a one-line error (exit 2)", async () => {
      const dir = workspace({ "a.plan": UNITS, "out/x": "" });
      const r = await plancode(["lint", "-o", "out", "--locale", "en"], { cwd: dir });
      assert.equal(r.code, 2);
      assertCleanStderr(r.stderr);
      assert.match(r.stderr, /^plancode: cannot write out: /);
    });
  });

  describe("--stdin", () => {
    it("lints standard input as the file --stdin-filename names, in that file's workspace", async () => {
      const dir = samplesCopy();
      const text = readFileSync(join(dir, "mistakes/unresolved-reference.plan"), "utf8");
      // The file on disk is clean; the text given is what counts.
      writeFileSync(join(dir, "provinces/new.plan"), "");
      const r = await plancode(["lint", "--stdin", "--stdin-filename", "provinces/new.plan", "--format", "json", "--locale", "en"], { cwd: dir, input: text });
      assert.equal(r.code, 1, r.stderr);
      const [result] = JSON.parse(r.stdout) as { filePath: string; messages: { message: string }[] }[];
      assert.equal(result.filePath, join(dir, "provinces/new.plan"));
      assert.deepEqual(
        result.messages.map((m) => m.message),
        ["Unknown unit 'btg-tu-bd2'. Did you mean 'btg-tu-bd'?"],
        "names resolve against the samples (btg-tu-bd is declared in provinces/binh-duong.plan)",
      );
      const unnamed = await plancode(["lint", "--stdin", "--locale", "en"], { cwd: join(dir, "provinces"), input: text });
      assert.match(unnamed.stdout, /^<stdin>$/m);
    });

    it("refuses paths, --fix and --stdin-filename alone, each as a one-line usage error", async () => {
      const dir = workspace({ "a.plan": UNITS });
      for (const [args, pattern] of [
        [["--stdin", "a.plan"], /unexpected argument 'a\.plan'/],
        [["--stdin", "--fix"], /options '--fix' and '--stdin' cannot be used together; did you mean '--fix-dry-run'\?/],
        [["--stdin-filename", "a.plan"], /option '--stdin-filename' needs '--stdin'/],
        [["--fix", "--fix-dry-run"], /options '--fix' and '--fix-dry-run' cannot be used together/],
      ] as const) {
        const r = await plancode(["lint", ...args, "--locale", "en"], { cwd: dir, input: "" });
        assert.equal(r.code, 2, args.join(" "));
        assertCleanStderr(r.stderr);
        assert.match(r.stderr, pattern);
      }
    });
  });

  describe("--fix and --fix-dry-run", () => {
    it("--fix writes the safe fixes, leaves suggestions and files with syntax errors, and reports what remains", async () => {
      const dir = samplesCopy();
      const before = new Map(readdirSync(join(dir, "mistakes")).map((f) => [f, readFileSync(join(dir, "mistakes", f), "utf8")]));
      const r = await plancode(["lint", "mistakes", "--fix", "--format", "json"], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, "");
      const after = (f: string) => readFileSync(join(dir, "mistakes", f), "utf8");
      assert.match(after("document-number.plan"), /number "214-KH\/TU"/);
      assert.doesNotMatch(after("lead-also-support.plan"), /support so-tttt-bd, /);
      assert.match(after("report-cadence.plan"), /due day 15 to btg-tw/);
      const changed = [...before].filter(([f, text]) => after(f) !== text).map(([f]) => f).sort();
      assert.deepEqual(changed, ["document-number.plan", "lead-also-support.plan", "report-cadence.plan"]);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[]; output?: string }[];
      const byFile = new Map(results.map((x) => [x.filePath.split("/").pop()!, x]));
      assert.deepEqual(byFile.get("document-number.plan")!.messages, []);
      assert.equal(byFile.get("document-number.plan")!.output, after("document-number.plan"));
      assert.equal(byFile.get("syntax.plan")!.output, undefined);
      assert.equal(after("syntax.plan"), before.get("syntax.plan"));
      // Fixed once, nothing is left to fix.
      const again = await plancode(["lint", "mistakes", "--fix", "--format", "json"], { cwd: dir });
      assert.ok((JSON.parse(again.stdout) as { output?: string }[]).every((x) => x.output === undefined));
    });

    it("--fix-dry-run writes nothing and shows the fixed text; json carries each safe fix as ESLint's {range, text}", async () => {
      const dir = samplesCopy();
      const file = join(dir, "mistakes/document-number.plan");
      const text = readFileSync(file, "utf8");
      const plain = await plancode(["lint", file, "--format", "json"], { cwd: dir });
      const [{ messages }] = JSON.parse(plain.stdout) as { messages: { ruleId: string; fix?: { range: [number, number]; text: string } }[] }[];
      const fix = messages.find((m) => m.ruleId === "document-number")!.fix!;
      assert.equal(text.slice(...fix.range), "HU", "the issuer code of 214-KH/HU");
      assert.equal(fix.text, "TU");
      const dry = await plancode(["lint", file, "--fix-dry-run", "--format", "json"], { cwd: dir });
      assert.equal(readFileSync(file, "utf8"), text, "nothing written");
      const [result] = JSON.parse(dry.stdout) as { messages: unknown[]; output: string }[];
      assert.deepEqual(result.messages, []);
      assert.equal(result.output, text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
      const stdin = await plancode(["lint", "--stdin", "--stdin-filename", file, "--fix-dry-run", "--format", "json"], { cwd: dir, input: text });
      assert.equal((JSON.parse(stdin.stdout) as { output: string }[])[0].output, result.output);
    });
  });

  describe("colours", () => {
    it("--color and --no-color decide (the last one given wins) over FORCE_COLOR and NO_COLOR", async () => {
      const dir = workspace({ "bad.plan": UNRESOLVED });
      assert.ok((await plancode(["lint", "--color"], { cwd: dir })).stdout.includes(ESC));
      assert.ok(!(await plancode(["lint", "--no-color"], { cwd: dir, env: { FORCE_COLOR: "1" } })).stdout.includes(ESC));
      assert.ok((await plancode(["lint", "--no-color", "--color"], { cwd: dir, env: { NO_COLOR: "1" } })).stdout.includes(ESC));
      assert.ok(!(await plancode(["lint", "--color", "--format", "json"], { cwd: dir })).stdout.includes(ESC), "machine formats never");
      assert.ok((await plancode(["status", "--color", "--as-of", "2024-06-30"], { cwd: samplesCopy() })).stdout.includes(ESC));
    });

    it("on a terminal, Node's own detection: FORCE_COLOR=0, NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb turn colours off", function () {
      if (spawnSync("script", ["--version"]).status !== 0) this.skip();
      const dir = workspace({ "bad.plan": UNRESOLVED });
      // `script` runs the command on a pseudo-terminal, as a user's shell would.
      const onTerminal = (env: Record<string, string>): string => {
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint`;
        const r = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: dir, env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", ...env }, encoding: "utf8" });
        return r.stdout;
      };
      assert.ok(onTerminal({}).includes(ESC), "a colour terminal is coloured");
      for (const env of [{ FORCE_COLOR: "0" }, { NO_COLOR: "1" }, { NODE_DISABLE_COLORS: "1" }, { TERM: "dumb" }] as Record<string, string>[]) {
        assert.ok(!onTerminal(env).includes(ESC), JSON.stringify(env));
      }
    });
  });

  describe("help", () => {
    it("`plancode help <verb>` is the verb's --help, and names an unknown verb's closest", async () => {
      const dir = workspace({ "a.plan": UNITS });
      const help = await plancode(["help", "lint", "--locale", "en"], { cwd: dir });
      assert.equal(help.code, 0);
      assert.equal(help.stdout, (await plancode(["lint", "--help", "--locale", "en"], { cwd: dir })).stdout);
      assert.match(help.stdout, /^Usage: plancode lint \[paths\.\.\.\]/);
      const lsp = await plancode(["help", "lsp", "--locale", "en"], { cwd: dir });
      assert.match(lsp.stdout, /--socket=PORT/);
      const bad = await plancode(["help", "lnt", "--locale", "en"], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /unknown command 'lnt'; did you mean 'lint'\?/);
      assert.match((await plancode(["help", "--locale", "en"], { cwd: dir })).stdout, /plancode help <command>/);
      const helpHelp = await plancode(["help", "help", "--locale", "en"], { cwd: dir });
      assert.equal(helpHelp.code, 0, helpHelp.stderr);
      assert.match(helpHelp.stdout, /plancode help <command>/, "`help help` is the main usage");
    });

    it("every verb's help shows every flag its parser accepts", async () => {
      const dir = workspace({ "a.plan": UNITS });
      for (const verb of VERBS) {
        const { FLAGS } = (await import(`../../cli/commands/${verb}.js`)) as { FLAGS: Record<string, unknown> };
        const { stdout } = await plancode([verb, "--help", "--locale", "en"], { cwd: dir });
        const usage = stdout.split("\n\n")[0];
        for (const flag of Object.keys(FLAGS).filter((f) => f !== "help")) assert.ok(usage.includes(`--${flag}`), `${verb}: --${flag} in\n${usage}`);
      }
    });
  });

  describe("fmt --stdin", () => {
    it("prints the formatted text; --check exits 1 when it would change; syntax errors print nothing", async () => {
      const dir = samplesCopy();
      const text = readFileSync(join(dir, "provinces/binh-duong.plan"), "utf8");
      const r = await plancode(["fmt", "--stdin", "--stdin-filename", "provinces/binh-duong.plan"], { cwd: dir, input: text });
      assert.equal(r.code, 0, r.stderr);
      await plancode(["fmt", "provinces/binh-duong.plan"], { cwd: dir });
      assert.equal(r.stdout, readFileSync(join(dir, "provinces/binh-duong.plan"), "utf8"), "the same text `fmt` writes");
      assert.equal((await plancode(["fmt", "--stdin", "--check"], { cwd: dir, input: text })).code, 1);
      assert.equal((await plancode(["fmt", "--stdin", "--check"], { cwd: dir, input: r.stdout })).code, 0);
      const bom = await plancode(["fmt", "--stdin"], { cwd: dir, input: `\uFEFF${text}` });
      assert.ok(bom.stdout.startsWith("\uFEFF"), "the byte-order mark is kept");
      const broken = await plancode(["fmt", "--stdin", "--locale", "en"], { cwd: dir, input: 'unit a "A\n' });
      assert.equal(broken.code, 1);
      assert.equal(broken.stdout, "");
      assert.match(broken.stderr, /^plancode: <stdin>:1:8: .*; not formatted/);
    });
  });

  it("the cache file is not written by runs without --cache", () => {
    const dir = mkdtempSync(join(tmpdir(), "plancode-nocache-"));
    writeFileSync(join(dir, "a.plan"), UNITS);
    spawnSync(process.execPath, [BIN, "lint"], { cwd: dir });
    assert.equal(existsSync(join(dir, ".plancodecache")), false);
  });
});
