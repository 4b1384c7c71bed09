// The .vsix as the marketplace and Open VSX receive it (scripts/package-vsix.mjs, @vscode/vsce,
// offline): the manifest's marketplace fields and capabilities, every file it names inside the
// package, every %key% translated in both languages, the walkthrough's pictures, the README's and
// CHANGELOG's links absolute and pointing at files of this repository, minified bundles, and no
// source or source map.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("the VS Code extension's package (.vsix)", function () {
  this.timeout(180_000);
  let dir: string;
  let root: string;
  let manifest: Record<string, any>;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "plancode-vsix-test-"));
    const vsix = join(dir, "plancode.vsix");
    const pack = spawnSync(process.execPath, [join(REPO, "scripts/package-vsix.mjs"), "--out", vsix], { cwd: REPO, encoding: "utf8" });
    assert.equal(pack.status, 0, pack.stdout + pack.stderr);
    const unzip = spawnSync("unzip", ["-q", vsix, "-d", join(dir, "x")]);
    assert.equal(unzip.status, 0, "unzip");
    root = join(dir, "x", "extension");
    manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("carries what the marketplace and Open VSX ask: icon, repository, homepage, bugs, licence, changelog", () => {
    assert.equal(manifest.icon, "media/icon.png");
    assert.ok(statSync(join(root, "media/icon.png")).size > 1000);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/plancode\/plancode\.git$/);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\/.*\/issues$/);
    assert.equal(manifest.license, "MIT");
    for (const f of ["LICENSE.txt", "changelog.md", "readme.md"]) assert.ok(existsSync(join(root, f)), f);
    assert.equal(manifest.version, JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version, "one version for the extension and the npm package");
  });

  it("runs in Restricted Mode and is not offered in virtual workspaces", () => {
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: false });
  });

  it("every file the manifest names is in the package", () => {
    const c = manifest.contributes;
    const named = [
      manifest.main,
      manifest.icon,
      manifest.l10n,
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.languages.map((l: { configuration: string }) => l.configuration),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
      ...c.walkthroughs.flatMap((w: { steps: { media: { image: string } }[] }) => w.steps.map((s) => s.media.image)),
    ];
    for (const path of named) assert.ok(existsSync(join(root, path)), path);
  });

  it("every %key% of the manifest is translated in English and Vietnamese, the walkthrough included", () => {
    const text = readFileSync(join(root, "package.json"), "utf8");
    const keys = [...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.some((k) => k.startsWith("walkthrough.")));
    for (const nls of ["package.nls.json", "package.nls.vi.json"]) {
      const strings = JSON.parse(readFileSync(join(root, nls), "utf8"));
      for (const key of keys) assert.ok(strings[key]?.trim(), `${nls}: ${key}`);
    }
    const vi = JSON.parse(readFileSync(join(root, "package.nls.vi.json"), "utf8"));
    assert.equal(vi["walkthrough.title"], "Soạn kế hoạch đầu tiên");
    const steps = manifest.contributes.walkthroughs[0].steps.map((s: { id: string }) => s.id);
    assert.deepEqual(steps, ["write", "check", "status", "simulate", "export"]);
  });

  it("the README's and CHANGELOG's links are absolute and lead to files of this repository", () => {
    for (const file of ["readme.md", "changelog.md"]) {
      const text = readFileSync(join(root, file), "utf8");
      for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        assert.match(link, /^https:\/\//, `${file}: ${link}`);
        const inRepo = /^https:\/\/github\.com\/plancode\/plancode\/(?:raw|blob)\/HEAD\/(.+)$/.exec(link);
        if (inRepo) assert.ok(existsSync(join(REPO, inRepo[1])), `${file}: ${link}`);
      }
    }
    assert.match(readFileSync(join(root, "readme.md"), "utf8"), /!\[[^\]]*\]\(https:\/\/github\.com\/plancode\/plancode\/raw\/HEAD\/docs\/images\/vscode-completion\.png\)/);
  });

  it("holds minified bundles and no source or source map", () => {
    const all = files(root).map((f) => relative(root, f));
    for (const f of all) assert.doesNotMatch(f, /\.map$|\.ts$/, f);
    for (const bundle of ["dist/extension.cjs", "dist/server.cjs"]) {
      const text = readFileSync(join(root, bundle), "utf8");
      // Minified: long lines (only template literals keep their line breaks), where esbuild's
      // readable output averages some 35 characters a line.
      assert.ok(text.length / text.split("\n").length > 500, `${bundle} is minified`);
      assert.doesNotMatch(text, /sourceMappingURL/);
    }
  });
});
