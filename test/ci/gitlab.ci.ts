// docs/ci/gitlab-ci.yml, the GitLab CI example: its job's script run as a runner's shell runs it
// (the packed tarball in place of the registry's package) in a repository of plans, writing the
// JUnit report its `artifacts:reports:junit` names, valid against the schema CI servers read.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, sh } from "../cli/helpers.js";
import { mistake, plansRepository, readYaml, tarball } from "./helpers.js";

interface Job {
  image: string;
  script: string[];
  artifacts: { when: string; reports: { junit: string } };
}

describe("GitLab CI example (docs/ci/gitlab-ci.yml)", function () {
  const job = readYaml<Record<string, Job>>("docs/ci/gitlab-ci.yml").plancode;

  it("pins plancode to this version and uploads the report it writes, also when the job fails", () => {
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version;
    assert.match(job.script.join("\n"), new RegExp(`--package=plancode@${version.replace(/\./g, "\\.")} `));
    assert.equal(job.artifacts.when, "always");
    assert.ok(job.script.join("\n").includes(`-o ${job.artifacts.reports.junit}`));
  });

  it("its script fails on a mistake and writes a JUnit report valid against Jenkins's schema", async () => {
    const dir = plansRepository({ "provinces/typo.plan": mistake() });
    const pkg = await tarball();
    const script = job.script.map((line) => line.replace(/--package=plancode@\S+/, `--package=${JSON.stringify(pkg)}`)).join("\n");
    const r = await sh("bash", ["-ec", script], dir);
    assert.equal(r.code, 1, r.stderr);
    const report = join(dir, job.artifacts.reports.junit);
    assert.ok(existsSync(report));
    assert.match(readFileSync(report, "utf8"), /<failure type="error" message="[^"]*btg-tu-bd2/);
    const check = spawnSync("xmllint", ["--noout", "--schema", join(REPO, "test/fixtures/junit/jenkins-junit.xsd"), report], { encoding: "utf8" });
    assert.equal(check.status, 0, check.stderr);
  });
});
