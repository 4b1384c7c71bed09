// Property tests of the language core with a small budget (the fuzz runner, `npm run fuzz`,
// runs the same invariants with a large one). Each property throws the violations it found.
import fc from "fast-check";
import {
  benchWorkspaceArb,
  editScriptArb,
  historyCaseArb,
  mutatedArb,
  mutatedWorkspaceArb,
  sampleFiles,
  sampleWorkspace,
  workspaceArb,
  workspaceWithOrderArb,
} from "../../fuzz/arbitraries.js";
import { historyAgrees, holds, incrementalWorkspace, orderIndependent, parseAndCheck, validIsClean } from "../../fuzz/invariants.js";
import { ruleById } from "../../language/index.js";

const seed = Number(process.env.PLANCODE_FUZZ_SEED ?? 20260601);
const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: n, seed, endOnFailure: false });

describe("robustness: parse and check", function () {
  this.timeout(120_000);

  it("never throw and keep every span inside the document (samples)", () => {
    holds(parseAndCheck(sampleFiles()).violations);
  });

  it("never throw and keep every span inside the document (generated workspaces)", () => {
    fc.assert(fc.property(workspaceArb(), (ws) => holds(parseAndCheck(ws.files).violations)), runs(60));
  });

  it("never throw and keep every span inside the document (mutated files)", () => {
    fc.assert(fc.property(mutatedArb(), (f) => holds(parseAndCheck([f]).violations)), runs(200));
  });

  it("never throw and keep every span inside the document (mutated workspaces)", () => {
    fc.assert(fc.property(mutatedWorkspaceArb(), (ws) => holds(parseAndCheck(ws.files).violations)), runs(25));
  });

  it("generated valid workspaces parse without problems and lint clean", () => {
    holds(validIsClean(sampleWorkspace()));
    fc.assert(fc.property(workspaceArb(), (ws) => holds(validIsClean(ws))), runs(60));
  });

  it("the benchmark generator's workspaces never crash the checks", () => {
    fc.assert(fc.property(benchWorkspaceArb(), (ws) => holds(parseAndCheck(ws.files).violations)), runs(5));
  });
});

describe("robustness: workspace", function () {
  this.timeout(120_000);

  it("lint results do not depend on the order files are added", () => {
    fc.assert(fc.property(workspaceWithOrderArb(workspaceArb()), ([ws, order]) => holds(orderIndependent(ws.files, order))), runs(40));
    fc.assert(fc.property(workspaceWithOrderArb(mutatedWorkspaceArb()), ([ws, order]) => holds(orderIndependent(ws.files, order))), runs(10));
  });

  it("a long-lived workspace under edits gives the findings of a fresh one", () => {
    fc.assert(fc.property(editScriptArb(workspaceArb(), 8), ({ files, edits }) => holds(incrementalWorkspace(files, edits))), runs(30));
  });
});

describe("robustness: lifecycle", function () {
  this.timeout(60_000);

  it("replaying a history through the lifecycle table agrees with history-order", function () {
    if (!ruleById("history-order")) this.skip();
    fc.assert(fc.property(historyCaseArb(), (h) => holds(historyAgrees(h))), runs(200));
  });
});
