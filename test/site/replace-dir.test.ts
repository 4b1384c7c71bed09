// host/replace-dir.ts: a folder is written whole or not at all, and replaces only what may be
// replaced.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NotReplaceableError, replaceDir } from "../../host/replace-dir.js";

describe("host: replacing a folder atomically", () => {
  let root: string;
  const ours = (dir: string) => existsSync(join(dir, "ours"));
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), "plancode-replace-"))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const leftovers = () => readdirSync(root).filter((n) => /\.(tmp|old)-\d+$/.test(n));

  it("creates the folder (and its parents) with exactly the files", () => {
    const dir = join(root, "a", "site");
    replaceDir(dir, [{ path: "index.html", text: "x" }, { path: "details/0.js", text: "y" }, { path: "ours", text: "" }], { replaceable: ours });
    assert.deepEqual(readdirSync(dir).sort(), ["details", "index.html", "ours"]);
    assert.equal(readFileSync(join(dir, "details", "0.js"), "utf8"), "y");
  });

  it("replaces a folder it may replace, leaving nothing of the old one", () => {
    const dir = join(root, "site");
    replaceDir(dir, [{ path: "old.txt", text: "old" }, { path: "ours", text: "" }], { replaceable: ours });
    replaceDir(dir, [{ path: "new.txt", text: "new" }, { path: "ours", text: "" }], { replaceable: ours });
    assert.deepEqual(readdirSync(dir).sort(), ["new.txt", "ours"]);
    assert.deepEqual(leftovers(), []);
  });

  it("replaces an empty folder", () => {
    const dir = join(root, "empty");
    mkdirSync(dir);
    replaceDir(dir, [{ path: "index.html", text: "x" }], { replaceable: () => false });
    assert.deepEqual(readdirSync(dir), ["index.html"]);
  });

  it("refuses a folder of someone else's files, and a file, changing nothing", () => {
    const dir = join(root, "docs");
    mkdirSync(dir);
    writeFileSync(join(dir, "report.docx"), "precious");
    assert.throws(() => replaceDir(dir, [{ path: "index.html", text: "x" }], { replaceable: ours }), (e: unknown) => e instanceof NotReplaceableError && e.reason === "notOurs");
    assert.deepEqual(readdirSync(dir), ["report.docx"]);
    const file = join(root, "file");
    writeFileSync(file, "f");
    assert.throws(() => replaceDir(file, [], { replaceable: () => true }), (e: unknown) => e instanceof NotReplaceableError && e.reason === "notAFolder");
    assert.equal(readFileSync(file, "utf8"), "f");
    assert.deepEqual(leftovers(), []);
  });

  it("keeps the old folder when writing the new one fails midway, and leaves no temporary folder", () => {
    const dir = join(root, "site");
    replaceDir(dir, [{ path: "index.html", text: "old" }, { path: "ours", text: "" }], { replaceable: ours });
    // "a" is written as a file, so "a/b" cannot be: the write fails after the first file.
    assert.throws(() => replaceDir(dir, [{ path: "a", text: "1" }, { path: "a/b", text: "2" }], { replaceable: ours }));
    assert.equal(readFileSync(join(dir, "index.html"), "utf8"), "old");
    assert.deepEqual(leftovers(), []);
  });

  it("refuses file names that would leave the folder", () => {
    assert.throws(() => replaceDir(join(root, "s"), [{ path: "../evil", text: "" }], { replaceable: () => true }), /invalid file name/);
    assert.ok(!existsSync(join(root, "evil")));
    assert.ok(!existsSync(join(root, "s")));
  });

  it("follows a symbolic link to the folder, so the link keeps working", () => {
    const real = join(root, "real");
    replaceDir(real, [{ path: "v1", text: "" }, { path: "ours", text: "" }], { replaceable: ours });
    const link = join(root, "link");
    symlinkSync(real, link);
    replaceDir(link, [{ path: "v2", text: "" }, { path: "ours", text: "" }], { replaceable: ours });
    assert.deepEqual(readdirSync(link).sort(), ["ours", "v2"]);
  });
});
