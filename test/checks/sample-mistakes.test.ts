// samples/mistakes/ holds one file per rule that makes exactly that rule fire (README, docs): every
// rule has its file, and each file's findings, checked against the whole sample workspace, are of
// its rule only.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadWorkspace } from "../../host/index.js";
import { checkFile, RULES } from "../../language/index.js";

describe("samples/mistakes: one file per rule, firing that rule only", () => {
  it("every rule has its file, and each file's findings are of its rule", async () => {
    const loaded = await loadWorkspace(["samples/mistakes"], { cwd: fileURLToPath(new URL("../../", import.meta.url)) });
    const fired = new Map(loaded.targets.map((uri) => [uri.split("/").pop()!.replace(/\.plan$/, ""), new Set(checkFile(loaded.workspace, uri).map((f) => f.ruleId))]));
    assert.deepEqual([...fired.keys()].sort(), RULES.map((r) => r.id).sort());
    for (const [name, rules] of fired) assert.deepEqual([...rules], [name], name);
  });
});
