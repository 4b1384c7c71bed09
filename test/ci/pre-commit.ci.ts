// .pre-commit-hooks.yaml with the real pre-commit (Debian's): a temporary git repository of plans
// runs this checkout's hooks (`pre-commit try-repo`: pre-commit clones it, installs it as an npm
// package — npm install, npm pack, npm install -g — and runs the entries on the staged files).
// plancode-lint fails on a mistake and passes without it; plancode-fmt rewrites a file.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, sh, workspace } from "../cli/helpers.js";
import { mistake, plansRepository, readYaml } from "./helpers.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

describe("pre-commit hooks (.pre-commit-hooks.yaml)", function () {
  const hooks = readYaml<Hook[]>(".pre-commit-hooks.yaml");
  const home = workspace({});

  it("declares plancode-lint and plancode-fmt as node hooks on .plan files", () => {
    assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language]), [
      ["plancode-lint", "plancode lint", "node"],
      ["plancode-fmt", "plancode fmt", "node"],
    ]);
    for (const h of hooks) assert.ok(new RegExp(h.files).test("provinces/a.plan") && !new RegExp(h.files).test("README.md"));
  });

  async function repository(extra: Record<string, string>): Promise<string> {
    const dir = plansRepository(extra);
    for (const args of [["init", "-q"], ["add", "-A"]]) assert.equal((await sh("git", args, dir)).code, 0);
    return dir;
  }

  const tryRepo = (dir: string, hook: string) =>
    // PRE_COMMIT_HOME: pre-commit's store of installed hooks, private to this run.
    sh("pre-commit", ["try-repo", REPO, hook, "--all-files"], dir, { PRE_COMMIT_HOME: home, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" });

  it("plancode-lint fails on a mistake with lint's output, and passes once it is fixed", async () => {
    const dir = await repository({ "provinces/typo.plan": mistake() });
    const failing = await tryRepo(dir, "plancode-lint");
    assert.equal(failing.code, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /provinces\/typo\.plan\n\s+14:10\s+\S+.*btg-tu-bd2/);
    writeFileSync(join(dir, "provinces/typo.plan"), mistake().replaceAll("btg-tu-bd2", "btg-tu-bd"));
    await sh("git", ["add", "-A"], dir);
    const passing = await tryRepo(dir, "plancode-lint");
    assert.equal(passing.code, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /plancode lint\.+Passed/);
  });

  it("plancode-fmt rewrites a file out of canonical layout (pre-commit then reports the change)", async () => {
    const dir = await repository({});
    const before = readFileSync(join(dir, "provinces/binh-duong.plan"), "utf8");
    const r = await tryRepo(dir, "plancode-fmt");
    assert.equal(r.code, 1, "files were modified by this hook");
    assert.match(r.stdout, /plancode fmt\.+Failed[\s\S]*files were modified by this hook/);
    assert.notEqual(readFileSync(join(dir, "provinces/binh-duong.plan"), "utf8"), before);
  });
});
