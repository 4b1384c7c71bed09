// Nothing lost, and safe by construction (`plancode fmt` with the real formatter, and the
// workspace walk):
// - on random and broken files, fmt rewrites only files without syntax errors, and what it
//   writes means the same (same AST, spans aside) with every word and comment; nothing is left
//   behind; a file with syntax errors keeps its bytes;
// - a read-only file, a full disk, a file changed between read and write: a clear one-line
//   error, exit 2, the file intact, no temporary file left;
// - a link to a file outside the workspace root is never written through;
// - symbolic-link loops do not hang the folder walk;
// - plancode.json and plans are data only: keys and names like `__proto__` do nothing.
//
// The full disk is simulated with RLIMIT_FSIZE (`ulimit -f`, SIGXFSZ ignored): the write of the
// temporary file fails with EFBIG part-way, as it would with ENOSPC — the same code path, and
// possible without root (a size-limited tmpfs would need `mount`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { runFmt } from "../../cli/fmt-core.js";
import { memoryIO, type CliIO } from "../../cli/io.js";
import { findFiles, loadWorkspace } from "../../cli/workspace.js";
import { main } from "../../cli/main.js";
import { formatText } from "../../language/format/index.js";
import { checkFile, parse } from "../../language/index.js";
import { mutatedArb, validTextArb } from "../../fuzz/arbitraries.js";
import { astDiff, commentTexts } from "../helpers/ast-equal.js";
import { BIN, ensureBuilt } from "../cli/helpers.js";

const seed = Number(process.env.PLANCODE_FUZZ_SEED ?? 20260601);

function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((n) => n.includes("plancode-tmp"));
}

/** Names, keywords, strings and numbers of a text, sorted: what a formatter must not lose. */
function words(text: string): string {
  const file = parse("file:///w.plan", text);
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\[\s\S])*"|[^\s{},"/]+/g;
  let stripped = text;
  for (const c of [...file.comments].reverse()) stripped = stripped.slice(0, c.span.start) + " " + stripped.slice(c.span.end);
  for (const m of stripped.matchAll(re)) out.push(m[0]);
  return out.sort().join("\u0001");
}

describe("robustness: nothing lost", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plancode-robust-"));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  const io = (over: Partial<CliIO> = {}) => memoryIO({ cwd: dir, ...over });

  it("fmt on random and broken files: rewrites only clean files, and keeps their meaning and words", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(validTextArb, mutatedArb()), { minLength: 1, maxLength: 4 }), async (files) => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const before = files.map((f, i) => {
          const path = join(dir, `f${i}.plan`);
          writeFileSync(path, f.text);
          return { path, bytes: readFileSync(path) };
        });
        const out = io();
        const code = await runFmt(out, { paths: [], check: false }, formatText);
        let broken = 0;
        for (const { path, bytes } of before) {
          const original = new TextDecoder().decode(bytes); // what fmt read (a BOM dropped)
          const now = readFileSync(path);
          const parsed = parse("file:///x.plan", original);
          if (parsed.problems.length) {
            broken++;
            assert.ok(now.equals(bytes), `${path}: a file with syntax errors was rewritten`);
            continue;
          }
          const text = new TextDecoder().decode(now);
          const diff = astDiff(parsed, parse("file:///x.plan", text));
          assert.equal(diff, undefined, `${path}: the meaning changed: ${diff}`);
          assert.equal(words(text), words(original), `${path}: words were lost or changed`);
          assert.deepEqual(commentTexts(parse("file:///x.plan", text)), commentTexts(parsed), `${path}: comments were lost`);
        }
        assert.deepEqual(leftovers(dir), []);
        if (broken) assert.equal(code, 1, out.stderrText());
        else assert.equal(code, 0, out.stderrText());
        return true;
      }),
      { numRuns: 25, seed },
    );
  });

  it("a read-only file: one clear line, exit 2, the file intact", async () => {
    const path = join(dir, "a.plan");
    writeFileSync(path, 'unit   a "A"\n');
    chmodSync(path, 0o444);
    const out = io();
    assert.equal(await runFmt(out, { paths: [], check: false }, formatText), 2);
    assert.equal(out.stderrText(), "plancode: a.plan is read-only; the file is unchanged\n");
    assert.equal(readFileSync(path, "utf8"), 'unit   a "A"\n');
    assert.deepEqual(leftovers(dir), []);
  });

  it("a file changed on disk between read and write: one clear line, exit 2, the newer text kept", async () => {
    const path = join(dir, "a.plan");
    writeFileSync(path, 'unit   a "A"\n');
    let reads = 0;
    const racing = io({
      readFile: async (p: string) => {
        const bytes = readFileSync(p);
        if (p.endsWith("a.plan") && ++reads === 1) writeFileSync(p, 'unit   a "A"\nunit   b "B"\n');
        return bytes;
      },
    });
    assert.equal(await runFmt(racing, { paths: [], check: false }, formatText), 2);
    assert.equal(racing.stderrText(), "plancode: a.plan changed on disk while it was being formatted; not overwritten\n");
    assert.equal(readFileSync(path, "utf8"), 'unit   a "A"\nunit   b "B"\n');
    assert.deepEqual(leftovers(dir), []);
  });

  it("a full disk (the write fails part-way): one clear line, exit 2, the file intact, nothing left", async function () {
    if (spawnSync("sh", ["-c", "ulimit -f 8"]).status !== 0) this.skip();
    await ensureBuilt();
    const path = join(dir, "big.plan");
    const text = Array.from({ length: 3000 }, (_, i) => `unit   u${i} "Đơn vị ${i}"\n`).join("");
    writeFileSync(path, text);
    // 16 blocks: far less than the formatted file, so writing the temporary file fails.
    const r = spawnSync("sh", ["-c", `trap '' XFSZ; ulimit -f 16; exec "${process.execPath}" "${BIN}" fmt big.plan`], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, "plancode: cannot write big.plan: file too large (over the file size limit); the file is unchanged\n");
    assert.equal(readFileSync(path, "utf8"), text);
    assert.deepEqual(leftovers(dir), []);
  });
});

describe("robustness: safe by construction", function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plancode-safe-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("fmt never writes through a link to a file outside the workspace root", async () => {
    const root = join(dir, "ws");
    const outside = join(dir, "outside");
    mkdirSync(root);
    mkdirSync(outside);
    writeFileSync(join(root, "plancode.json"), "{}");
    writeFileSync(join(outside, "x.plan"), 'unit   x "X"\n');
    writeFileSync(join(root, "in.plan"), 'unit   y "Y"\n');
    symlinkSync(join(outside, "x.plan"), join(root, "link.plan"));
    mkdirSync(join(root, "sub"));
    symlinkSync(outside, join(root, "sub", "linked-folder"));
    for (const paths of [[], ["link.plan"], ["sub"]]) {
      const out = memoryIO({ cwd: root });
      await runFmt(out, { paths, check: false }, formatText);
      assert.equal(readFileSync(join(outside, "x.plan"), "utf8"), 'unit   x "X"\n', `written through a link with paths ${JSON.stringify(paths)}`);
    }
    assert.equal(readFileSync(join(root, "in.plan"), "utf8"), 'unit y "Y"\n', "files inside the root are still formatted");
    const out = memoryIO({ cwd: root });
    assert.equal(await runFmt(out, { paths: ["link.plan"], check: false }, formatText), 2);
    assert.match(out.stderrText(), /^plancode: link\.plan links to .*outside.*x\.plan, outside the workspace .*; not written, the file is unchanged\n$/);
  });

  it("symbolic-link loops do not hang the folder walk", async () => {
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "plancode.json"), "{}");
    writeFileSync(join(dir, "a", "b", "p.plan"), 'unit p "P"\n');
    symlinkSync(dir, join(dir, "a", "b", "up")); // a folder linking to an ancestor
    symlinkSync(join(dir, "a"), join(dir, "a", "b", "again"));
    symlinkSync(join(dir, "loop1.plan"), join(dir, "loop2.plan")); // links to each other
    symlinkSync(join(dir, "loop2.plan"), join(dir, "loop1.plan"));
    symlinkSync(join(dir, "self"), join(dir, "self")); // a link to itself
    const io = memoryIO({ cwd: dir });
    const found = await findFiles([], io);
    assert.deepEqual(found.targets.map((p) => p.slice(dir.length)), ["/a/b/p.plan"]);
    const loaded = await loadWorkspace([], io);
    assert.equal(loaded.targets.length, 1);
  });

  it("plancode.json and plans are data: __proto__, constructor and the like do nothing", async () => {
    writeFileSync(
      join(dir, "plancode.json"),
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "rules": {"__proto__": "off", "constructor": "off", "toString": "error"}, "ignore": ["__proto__", "constructor/**"]}',
    );
    writeFileSync(
      join(dir, "a.plan"),
      'unit __proto__ "P" level central code "TW" {\n  unit constructor "C"\n  unit toString "T"\n}\n' +
        'directive hasOwnProperty {\n  issuer constructor\n  task __proto__ "x"\n  task constructor "y"\n}\n' +
        'plan valueOf {\n  issuer __proto__\n  implements hasOwnProperty\n  parent hasOwnProperty\n  task toString "z" covers __proto__, constructor {\n    lead constructor\n    indicator "i" target 1\n  }\n}\n',
    );
    const out = memoryIO({ cwd: dir });
    // Unknown rules named like Object's own properties are reported, not obeyed.
    assert.equal(await main(["lint", "--format", "json"], out), 2);
    assert.match(out.stderrText(), /unknown rule '__proto__'/);
    assert.match(out.stderrText(), /unknown rule 'constructor'/);
    assert.match(out.stderrText(), /unknown key '__proto__'/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    // With a valid plancode.json, the names resolve like any other.
    writeFileSync(join(dir, "plancode.json"), '{"ignore": ["__proto__"], "rules": {}}');
    const lint = memoryIO({ cwd: dir });
    const code = await main(["lint", "--format", "json"], lint);
    assert.ok(code === 0 || code === 1, `exit ${code}: ${lint.stderrText()}`);
    const loaded = await loadWorkspace(["a.plan"], memoryIO({ cwd: dir }));
    const findings = checkFile(loaded.workspace, loaded.targets[0]);
    assert.deepEqual(findings.filter((f) => f.ruleId === "unresolved-reference" || f.ruleId === "syntax").map((f) => f.message.en), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
