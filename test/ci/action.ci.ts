// action.yml, the GitHub Action, as far as it runs outside GitHub: its definition is a composite
// action whose every expression names a declared input or an earlier step's output, and its lint
// step (scripts/ci/action-lint.sh) run as the runner runs it — in a repository of plans, with
// GITHUB_OUTPUT, installing the package with npx (the packed tarball in place of the registry) —
// writes annotations, or a SARIF file and the outputs the upload and the last step read.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, sh } from "../cli/helpers.js";
import { mistake, plansRepository, readYaml, tarball } from "./helpers.js";

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string>; if?: string }[] };
}

describe("GitHub Action (action.yml)", function () {
  const action = readYaml<Action>("action.yml");

  it("is a composite action whose expressions name its inputs and its steps' outputs", () => {
    assert.equal(action.runs.using, "composite");
    const text = readFileSync(join(REPO, "action.yml"), "utf8");
    for (const [, input] of text.matchAll(/inputs\.([\w-]+)/g)) assert.ok(input in action.inputs, `inputs.${input}`);
    const ids = action.runs.steps.map((s) => s.id).filter(Boolean);
    for (const [, id] of text.matchAll(/steps\.([\w-]+)\.outputs/g)) assert.ok(ids.includes(id), `steps.${id}`);
    for (const step of action.runs.steps) if (step.uses) assert.match(step.uses, /@v\d+$/, "actions pinned to a major version");
    const lint = action.runs.steps.find((s) => s.id === "lint")!;
    assert.match(lint.run!, /scripts\/ci\/action-lint\.sh/);
    assert.ok(existsSync(join(REPO, "scripts/ci/action-lint.sh")));
  });

  /** The lint step as the runner runs it: its env from the inputs, GITHUB_OUTPUT a file. */
  async function lintStep(dir: string, inputs: Record<string, string>) {
    const env: Record<string, string> = { GITHUB_OUTPUT: join(dir, "github-output"), PLANCODE_ACTION_PATH: REPO, PLANCODE_PACKAGE: await tarball() };
    writeFileSync(env.GITHUB_OUTPUT, "");
    const step = action.runs.steps.find((s) => s.id === "lint")!;
    for (const [name, value] of Object.entries(step.env!)) {
      const input = /inputs\.([\w-]+)/.exec(value)?.[1];
      if (input && name !== "PLANCODE_PACKAGE") env[name] = inputs[input] ?? action.inputs[input].default ?? "";
    }
    const r = await sh("bash", [join(REPO, "scripts/ci/action-lint.sh")], dir, env);
    const outputs = Object.fromEntries(readFileSync(env.GITHUB_OUTPUT, "utf8").trim().split("\n").filter(Boolean).map((l) => l.split("=", 2)));
    return { ...r, outputs };
  }

  it("annotations: one ::error per finding, the step failing with lint's exit code", async () => {
    const clean = await lintStep(plansRepository(), {});
    assert.equal(clean.code, 0, clean.stderr);
    assert.deepEqual(clean.outputs, { "exit-code": "0" });
    const dir = plansRepository({ "provinces/typo.plan": mistake() });
    const r = await lintStep(dir, { locale: "en" });
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trim(), "::error file=provinces/typo.plan,line=14,col=10,endLine=14,endColumn=20,title=unresolved-reference::Unknown unit 'btg-tu-bd2'. Did you mean 'btg-tu-bd'?");
    assert.deepEqual(r.outputs, { "exit-code": "1" });
  });

  it("sarif: plancode.sarif written, the step passing so the upload runs, exit-code for the last step", async () => {
    const dir = plansRepository({ "provinces/typo.plan": mistake() });
    const r = await lintStep(dir, { sarif: "true", paths: "provinces central" });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.outputs, { "sarif-file": "plancode.sarif", "exit-code": "1" });
    const sarif = JSON.parse(readFileSync(join(dir, "plancode.sarif"), "utf8"));
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, "unresolved-reference");
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, "provinces/typo.plan");
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === "unresolved-reference");
    assert.equal(rule.helpUri, "https://github.com/plancode/plancode/blob/main/docs/rules/unresolved-reference.md");
    const last = action.runs.steps[action.runs.steps.length - 1];
    const fail = await sh("bash", ["-c", last.run!], dir, { PLANCODE_EXIT_CODE: r.outputs["exit-code"] });
    assert.equal(fail.code, 1);
  });
});
