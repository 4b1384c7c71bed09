// `plancode fmt`: the file handling in-process with a stand-in formatter (atomic writes, refusals,
// --check, modes, BOM, links, a file changed behind our back), then the real command as a process.
import assert from "node:assert/strict";
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runFmt, type FormatFn } from "../../cli/fmt-core.js";
import { memoryIO, type CliIO } from "../../cli/io.js";
import { assertCleanStderr, canRunAs, cleanup, ensureBuilt, plancode, REPO, UNITS, workspace } from "./helpers.js";

/** Stand-in formatter: squeezes runs of spaces; "SYNTAX!" is a syntax error. */
const squeeze: FormatFn = (_uri, text) => {
  const at = text.indexOf("SYNTAX!");
  if (at >= 0) return { ok: false, problems: [{ span: { start: at, end: at + 7 }, messageId: "unexpectedToken", data: { found: "SYNTAX!", expected: "" } }] };
  const out = text.replace(/ {2,}/g, " ");
  return { ok: true, text: out, changed: out !== text };
};

describe("plancode fmt", () => {
  describe("file handling (in-process)", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "plancode-fmt-"));
    });
    afterEach(() => {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    });
    const io = (over: Partial<CliIO> = {}) => memoryIO({ cwd: dir, ...over });
    const read = (name: string): string => readFileSync(join(dir, name), "utf8");
    const leftovers = (): string[] => readdirSync(dir).filter((n) => n.includes("plancode-tmp"));

    it("rewrites files that change, prints their paths, leaves the others alone", async () => {
      writeFileSync(join(dir, "a.plan"), "unit  a   \"A\"\n");
      writeFileSync(join(dir, "b.plan"), "unit b \"B\"\n");
      const before = statSync(join(dir, "b.plan")).mtimeMs;
      const out = io();
      assert.equal(await runFmt(out, { paths: [], check: false }, squeeze), 0);
      assert.equal(out.stdoutText(), "a.plan\n");
      assert.equal(out.stderrText(), "");
      assert.equal(read("a.plan"), 'unit a "A"\n');
      assert.equal(statSync(join(dir, "b.plan")).mtimeMs, before);
      assert.deepEqual(leftovers(), []);
    });

    it("--check lists what would change, writes nothing, exits 1 (0 when all is formatted)", async () => {
      writeFileSync(join(dir, "a.plan"), "unit  a \"A\"\n");
      const out = io();
      assert.equal(await runFmt(out, { paths: ["."], check: true }, squeeze), 1);
      assert.equal(out.stdoutText(), "a.plan\n");
      assert.equal(read("a.plan"), 'unit  a "A"\n');
      writeFileSync(join(dir, "a.plan"), 'unit a "A"\n');
      assert.equal(await runFmt(io(), { paths: ["."], check: true }, squeeze), 0);
    });

    it("refuses a file with syntax errors: file:line:col on stderr, exit 1, file untouched", async () => {
      writeFileSync(join(dir, "bad.plan"), "unit  a \"A\"\nunit b SYNTAX!\n");
      writeFileSync(join(dir, "ok.plan"), "unit  c \"C\"\n");
      const out = io();
      assert.equal(await runFmt(out, { paths: [], check: false }, squeeze), 1);
      assert.equal(out.stderrText(), "plancode: bad.plan:2:8: Unexpected 'SYNTAX!'; not formatted (syntax errors: 1)\n");
      assert.equal(read("bad.plan"), "unit  a \"A\"\nunit b SYNTAX!\n");
      assert.equal(read("ok.plan"), 'unit c "C"\n', "the other files are still formatted");
      const vi = io();
      await runFmt(vi, { paths: ["bad.plan"], check: false, locale: "vi" }, squeeze);
      assert.match(vi.stderrText(), /^plancode: bad\.plan:2:8: Không hiểu 'SYNTAX!' ở đây; chưa định dạng \(số lỗi cú pháp: 1\)\n$/);
    });

    it("refuses a file that is not UTF-8", async () => {
      const bytes = Buffer.from([0x75, 0x6e, 0x69, 0x74, 0x20, 0x20, 0xff, 0x0a]);
      writeFileSync(join(dir, "latin.plan"), bytes);
      const out = io();
      assert.equal(await runFmt(out, { paths: [], check: false }, squeeze), 1);
      assert.match(out.stderrText(), /^plancode: latin\.plan:1:7: File is not valid UTF-8 \(first bad byte at offset 6\); not formatted/);
      assert.deepEqual(readFileSync(join(dir, "latin.plan")), bytes);
    });

    it("refuses a read-only file (even as root) and goes on with the others: exit 2", async () => {
      writeFileSync(join(dir, "ro.plan"), "unit  a \"A\"\n");
      writeFileSync(join(dir, "rw.plan"), "unit  b \"B\"\n");
      chmodSync(join(dir, "ro.plan"), 0o444);
      const out = io();
      assert.equal(await runFmt(out, { paths: [], check: false }, squeeze), 2);
      assert.equal(out.stderrText(), "plancode: ro.plan is read-only; the file is unchanged\n");
      assert.equal(read("ro.plan"), 'unit  a "A"\n');
      assert.equal(read("rw.plan"), 'unit b "B"\n');
      assert.equal(statSync(join(dir, "ro.plan")).mode & 0o777, 0o444);
      assert.deepEqual(leftovers(), []);
    });

    it("keeps the file's mode and its byte-order mark", async () => {
      writeFileSync(join(dir, "a.plan"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('unit  a "Ấ"\n')]));
      chmodSync(join(dir, "a.plan"), 0o640);
      assert.equal(await runFmt(io(), { paths: [], check: false }, squeeze), 0);
      assert.deepEqual(readFileSync(join(dir, "a.plan")), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('unit a "Ấ"\n')]));
      assert.equal(statSync(join(dir, "a.plan")).mode & 0o777, 0o640);
    });

    it("writes through a symbolic link and keeps the link", async () => {
      writeFileSync(join(dir, "real.plan"), 'unit  a "A"\n');
      symlinkSync("real.plan", join(dir, "link.plan"));
      assert.equal(await runFmt(io(), { paths: ["link.plan"], check: false }, squeeze), 0);
      assert.ok(lstatSync(join(dir, "link.plan")).isSymbolicLink());
      assert.equal(read("real.plan"), 'unit a "A"\n');
    });

    it("refuses to overwrite a file that changed on disk after it was read", async () => {
      writeFileSync(join(dir, "a.plan"), 'unit  a "A"\n');
      let reads = 0;
      const racing = io({
        readFile: async (path: string) => {
          const bytes = readFileSync(path);
          // An editor saves the file right after fmt has read it.
          if (++reads === 1) writeFileSync(path, 'unit  a "A"\nunit  b "B"\n');
          return bytes;
        },
      });
      assert.equal(await runFmt(racing, { paths: [], check: false }, squeeze), 2);
      assert.equal(racing.stderrText(), "plancode: a.plan changed on disk while it was being formatted; not overwritten\n");
      assert.equal(read("a.plan"), 'unit  a "A"\nunit  b "B"\n');
      assert.deepEqual(leftovers(), []);
    });

    it("only touches the given paths", async () => {
      writeFileSync(join(dir, "plancode.json"), "{}");
      writeFileSync(join(dir, "a.plan"), 'unit  a "A"\n');
      writeFileSync(join(dir, "b.plan"), 'unit  b "B"\n');
      assert.equal(await runFmt(io(), { paths: ["a.plan"], check: false }, squeeze), 0);
      assert.equal(read("b.plan"), 'unit  b "B"\n');
    });

    it("a missing path is a usage error", async () => {
      await assert.rejects(runFmt(io(), { paths: ["nope.plan"], check: false }, squeeze), /no such file or folder: nope\.plan/);
    });
  });

  describe("the command (process)", function () {
    // Real processes on a possibly busy machine: generous limits (nothing here asserts on time).
    this.timeout(180_000);
    const hasFormatter = existsSync(join(REPO, "language", "format", "index.ts"));
    before(async function () {
      if (!hasFormatter) this.skip();
      await ensureBuilt();
    });
    after(cleanup);

    const messy = `unit   tw "Ban Chấp hành Trung ương"   level central code "TW" {\nunit bct "Bộ Chính trị"\n   }\n`;

    it("formats, is idempotent, and --check then passes", async () => {
      const dir = workspace({ "plancode.json": "{}", "a.plan": messy, "units.plan": UNITS });
      const check = await plancode(["fmt", "--check"], { cwd: dir });
      assert.equal(check.code, 1, check.stderr);
      assert.ok(check.stdout.split("\n").includes("a.plan"), check.stdout);
      assert.equal(readFileSync(join(dir, "a.plan"), "utf8"), messy);
      const first = await plancode(["fmt"], { cwd: dir });
      assert.equal(first.code, 0, first.stderr);
      assert.ok(first.stdout.split("\n").includes("a.plan"));
      const formatted = readFileSync(join(dir, "a.plan"), "utf8");
      assert.notEqual(formatted, messy);
      const again = await plancode(["fmt"], { cwd: dir });
      assert.equal(again.code, 0);
      assert.equal(again.stdout, "");
      assert.equal(readFileSync(join(dir, "a.plan"), "utf8"), formatted);
      const clean = await plancode(["fmt", "--check"], { cwd: dir });
      assert.equal(clean.code, 0, clean.stdout);
      const lint = await plancode(["lint"], { cwd: dir });
      assert.equal(lint.code, 0, lint.stdout);
    });

    it("refuses a file with syntax errors and leaves it untouched (exit 1)", async () => {
      const broken = `unit   a "A" {\n  unit b "B\n`;
      const dir = workspace({ "bad.plan": broken });
      const r = await plancode(["fmt", "bad.plan"], { cwd: dir });
      assert.equal(r.code, 1);
      assertCleanStderr(r.stderr);
      assert.match(r.stderr, /^plancode: bad\.plan:\d+:\d+: .+; not formatted \(syntax errors: \d+\)\n$/);
      assert.equal(readFileSync(join(dir, "bad.plan"), "utf8"), broken);
    });

    it("a read-only file: one line, exit 2, file intact", async () => {
      const dir = workspace({ "ro.plan": messy });
      chmodSync(join(dir, "ro.plan"), 0o444);
      const r = await plancode(["fmt", "ro.plan"], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "plancode: ro.plan is read-only; the file is unchanged\n");
      assert.equal(readFileSync(join(dir, "ro.plan"), "utf8"), messy);
    });

    it("a failed write (a folder it may not write in): one line, exit 2, file intact, nothing left behind", async function () {
      const dir = workspace({ "sub/a.plan": messy });
      const root = process.getuid?.() === 0;
      if (root && !canRunAs(65534)) this.skip();
      chmodSync(dir, 0o755);
      chmodSync(join(dir, "sub", "a.plan"), 0o666);
      chmodSync(join(dir, "sub"), 0o555);
      const r = await plancode(["fmt", "sub"], { cwd: dir, ...(root ? { uid: 65534, gid: 65534 } : {}) });
      chmodSync(join(dir, "sub"), 0o755);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(r.stderr, "plancode: cannot write sub/a.plan: permission denied; the file is unchanged\n");
      assert.equal(readFileSync(join(dir, "sub", "a.plan"), "utf8"), messy);
      assert.deepEqual(readdirSync(join(dir, "sub")), ["a.plan"]);
    });

    it("rejects unknown flags", async () => {
      const r = await plancode(["fmt", "--write"], { cwd: workspace({ "a.plan": UNITS }) });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "plancode: unknown option '--write'\n");
    });
  });
});
