// Small parts of the CLI in-process: the flag parser, locales, errors, the workspace loader (over
// host/), and `main` with an in-memory CliIO. Ignore globs: test/language/glob.test.ts; UTF-8:
// test/host/decode.test.ts.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../cli/args.js";
import { CliError, envLocale, resolveLocale } from "../../cli/errors.js";
import { memoryIO } from "../../cli/io.js";
import { ConfigError, findFiles, loadWorkspace } from "../../cli/workspace.js";
import { displayPath, pathToUri } from "../../host/index.js";
import { main } from "../../cli/main.js";
import { VERBS } from "../../cli/usage.js";
import { checkFile } from "../../language/index.js";
import { UNITS, UNRESOLVED } from "./helpers.js";

const SPEC = {
  format: { type: "string", short: "f", choices: ["a", "b"] },
  max: { type: "integer", min: -1 },
  check: { type: "boolean" },
  name: { type: "string" },
} as const;

function usage(fn: () => unknown): CliError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CliError, String(e));
    return e;
  }
  assert.fail("expected a usage error");
}

describe("cli parts", () => {
  describe("parseArgs", () => {
    it("reads --flag value, --flag=value, short flags, booleans and positionals", () => {
      const r = parseArgs(["x", "--format", "a", "--max=3", "-f", "b", "--check", "y", "--name", "-", "--", "--check"], SPEC);
      assert.deepEqual(r.flags, { format: "b", max: 3, check: true, name: "-" });
      assert.deepEqual(r.positionals, ["x", "y", "--check"]);
    });

    it("accepts a negative number as a value", () => {
      assert.equal(parseArgs(["--max", "-1"], SPEC).flags.max, -1);
    });

    it("rejects unknown flags, missing and bad values, values on booleans, extra positionals", () => {
      assert.equal(usage(() => parseArgs(["--formatt", "a"], SPEC)).message, "unknown option '--formatt'; did you mean '--format'?");
      assert.equal(usage(() => parseArgs(["-x"], SPEC)).message, "unknown option '-x'");
      assert.equal(usage(() => parseArgs(["--format"], SPEC)).message, "option '--format' needs a value");
      assert.equal(usage(() => parseArgs(["--format", "--check"], SPEC)).message, "option '--format' needs a value");
      assert.equal(usage(() => parseArgs(["--format", "c"], SPEC)).message, "invalid value 'c' for '--format' (expected a, b)");
      assert.equal(usage(() => parseArgs(["--max", "-2"], SPEC)).message, "invalid value '-2' for '--max' (expected a whole number ≥ -1)");
      assert.equal(usage(() => parseArgs(["--max", "1e3"], SPEC)).messageId, "badInteger");
      assert.equal(usage(() => parseArgs(["--check=yes"], SPEC)).message, "option '--check' takes no value");
      assert.equal(usage(() => parseArgs(["--name="], SPEC)).message, "option '--name' needs a value");
      assert.equal(usage(() => parseArgs(["a", "b"], SPEC, { maxPositionals: 1 })).message, "unexpected argument 'b'");
      assert.equal(usage(() => parseArgs(["--__proto__"], SPEC)).messageId, "unknownFlag");
      assert.equal(usage(() => parseArgs(["--toString"], SPEC)).messageId, "unknownFlag");
    });

    it("renders usage errors in Vietnamese", () => {
      assert.equal(usage(() => parseArgs(["--formatt"], SPEC)).render("vi"), "không có tùy chọn '--formatt'; có phải ý bạn là '--format'?");
    });
  });

  describe("locale resolution", () => {
    it("prefers --locale, then plancode.json, then LC_ALL, LC_MESSAGES, LANG; else en", () => {
      assert.equal(resolveLocale("en", "vi", { LANG: "vi_VN" }), "en");
      assert.equal(resolveLocale(undefined, "vi", { LANG: "en_US" }), "vi");
      assert.equal(resolveLocale(undefined, undefined, { LANG: "vi_VN.UTF-8" }), "vi");
      assert.equal(envLocale({ LC_ALL: "en_US.UTF-8", LANG: "vi_VN.UTF-8" }), "en");
      assert.equal(envLocale({ LC_ALL: "", LC_MESSAGES: "vi", LANG: "en" }), "vi");
      assert.equal(envLocale({ LANG: "C.UTF-8" }), "en");
      assert.equal(envLocale({}), "en");
    });
  });

  describe("loadWorkspace", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "plancode-load-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const write = (files: Record<string, string | Uint8Array>): void => {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, ".."), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
    };

    it("finds the root, applies ignore, and reports on the given paths only", async () => {
      write({ "plancode.json": `{"ignore": ["drafts/**"], "locale": "vi"}`, "a/units.plan": UNITS, "b/bad.plan": UNRESOLVED, "drafts/d.plan": UNITS });
      const io = memoryIO({ cwd: join(dir, "b") });
      const loaded = await loadWorkspace([], io);
      assert.equal(loaded.root, dir);
      assert.equal(loaded.configPath, join(dir, "plancode.json"));
      assert.equal(loaded.locale, "vi");
      assert.deepEqual(loaded.targets, [pathToUri(join(dir, "b/bad.plan"))]);
      assert.deepEqual(loaded.workspace.uris(), [pathToUri(join(dir, "a/units.plan")), pathToUri(join(dir, "b/bad.plan"))]);
      assert.equal(displayPath(io, loaded.targets[0]), "bad.plan");
      assert.equal(displayPath(io, join(dir, "a/units.plan")), join(dir, "a/units.plan"));
      const withFlag = await loadWorkspace(["."], io, { locale: "en" });
      assert.equal(withFlag.locale, "en");
    });

    it("without plancode.json the workspace is just the given paths", async () => {
      write({ "a/units.plan": UNITS, "b/bad.plan": UNRESOLVED });
      const loaded = await loadWorkspace(["b"], memoryIO({ cwd: dir }));
      assert.equal(loaded.configPath, undefined);
      assert.deepEqual(loaded.workspace.uris(), loaded.targets);
      assert.equal(loaded.root, join(dir, "b"));
    });

    it("counts a file reached twice (a link, a repeated path) once", async () => {
      write({ "plancode.json": "{}", "units.plan": UNITS });
      symlinkSync("units.plan", join(dir, "link.plan"));
      const files = await findFiles(["units.plan", ".", "link.plan", "./units.plan"], memoryIO({ cwd: dir }));
      assert.deepEqual(files.targets, [join(dir, "units.plan")]);
      assert.deepEqual(files.others, []);
    });

    it("turns a bad byte into a syntax finding and keeps the file's declarations", async () => {
      write({ "units.plan": Buffer.concat([Buffer.from("// \xff\n", "latin1"), Buffer.from(UNITS)]), "bad.plan": `unit h "H" in tinh-uy\n` });
      const loaded = await loadWorkspace(["."], memoryIO({ cwd: dir }));
      const [bad, units] = loaded.targets;
      assert.deepEqual(checkFile(loaded.workspace, bad), []);
      const findings = checkFile(loaded.workspace, units);
      assert.deepEqual(
        findings.map((f) => [f.ruleId, f.messageId, f.data, f.span]),
        [["syntax", "invalidUtf8", { byte: "3" }, { start: 3, end: 4 }]],
      );
    });

    it("reports read failures as I/O errors (exit 2)", async () => {
      write({ "a.plan": UNITS, "b.plan": UNITS });
      const io = memoryIO({
        cwd: dir,
        readFile: async (path: string) => {
          if (path.endsWith("b.plan")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
          return new Uint8Array();
        },
      });
      await assert.rejects(loadWorkspace([], io), (e: unknown) => e instanceof CliError && e.render("vi") === "không đọc được b.plan: không có quyền truy cập");
    });

    it("reports every plancode.json problem, in the config's own locale", async () => {
      write({ "plancode.json": `{"locale": "vi", "rules": {"x": "error"}, "ignore": "drafts"}`, "a.plan": UNITS });
      await assert.rejects(loadWorkspace([], memoryIO({ cwd: dir })), (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.equal(e.locale, "vi");
        assert.deepEqual(e.lines("en"), ["plancode.json: unknown rule 'x'", "plancode.json: 'ignore' must be a list of strings"]);
        return true;
      });
    });
  });

  describe("commands", () => {
    for (const verb of VERBS) {
      it(`cli/commands/${verb}.ts exports run(argv, io)`, async function () {
        if (!existsSync(new URL(`../../cli/commands/${verb}.ts`, import.meta.url))) this.skip(); // not written yet
        const mod = (await import(`../../cli/commands/${verb}.js`)) as { run?: unknown };
        assert.equal(typeof mod.run, "function");
      });
    }
  });

  describe("main (in-process)", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "plancode-main-"));
      writeFileSync(join(dir, "bad.plan"), UNRESOLVED);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("runs lint and returns its exit code", async () => {
      const io = memoryIO({ cwd: dir });
      assert.equal(await main(["lint", "--format", "json"], io), 1);
      assert.equal(JSON.parse(io.stdoutText())[0].errorCount, 1);
      assert.equal(io.stderrText(), "");
    });

    it("turns usage errors into one line and exit 2", async () => {
      const io = memoryIO({ cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
      assert.equal(await main(["lint", "--bogus"], io), 2);
      assert.equal(io.stderrText(), "plancode: không có tùy chọn '--bogus'\n");
      assert.equal(io.stdoutText(), "");
    });

    it("uses the nearest plancode.json's locale for errors before the workspace is read", async () => {
      writeFileSync(join(dir, "plancode.json"), `{"locale": "vi"}`);
      const io = memoryIO({ cwd: dir, env: { LANG: "en_US.UTF-8" } });
      assert.equal(await main(["frobnicate"], io), 2);
      assert.match(io.stderrText(), /^plancode: không có lệnh 'frobnicate'/);
    });

    it("turns an unexpected exception into one line, no stack", async () => {
      const io = memoryIO({ cwd: dir });
      const broken = {
        ...io,
        stdout: () => {
          throw new TypeError("boom");
        },
      };
      assert.equal(await main(["lint"], broken), 2);
      assert.equal(io.stderrText(), "plancode: internal error: TypeError: boom\n");
    });

    it("an unreadable file, whatever the error, is one line and exit 2", async () => {
      const io = memoryIO({
        cwd: dir,
        readFile: async () => {
          throw new RangeError("Maximum call stack size exceeded");
        },
      });
      assert.equal(await main(["lint"], io), 2);
      assert.equal(io.stderrText(), "plancode: cannot read bad.plan: Maximum call stack size exceeded\n");
    });
  });
});
