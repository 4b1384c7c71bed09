// The kernel's fast paths against what they replace: a fresh draft's issuance in one draw against
// the XState machine driven step by step and against the kernel's step-by-step path; due dates by
// issuance day against schedule.ts; runs shared between threads against one thread.
import assert from "node:assert/strict";
import { initialTransition, transition } from "xstate";
import { dayNumber, Workspace } from "../../language/index.js";
import { delayModel, DEFAULT_DELAYS, lifecycleModel, lifecycleOf, mulberry32, planInput, planSpec, reportInstances, simulateCascade, type DelayModel, type PlanSpec } from "../../workflows/index.js";
import { Kernel, type KernelDoc } from "../../workflows/kernel.js";
import { lagPmf } from "../../workflows/kernel-lag.js";
import { dueDates } from "../../workflows/kernel-dues.js";
import { D_LAG, LAG_SIZE, TABLE_SHIFT, TABLE_SIZE } from "../../workflows/kernel-layout.js";
import { cascadeDocuments, startPoint } from "../../workflows/simulate.js";
import { day, docIn } from "./helpers.js";
import { syntheticCascade } from "./synthetic.js";

const DRAFT = `plan P { issuer tinh parent D
  approval { step draft within 30 days  step appraise within 10 days  step approve within 7 days } }`;
const START = day("2024-01-02");

/** A kernel of one fresh draft, compiled without recording so that it takes the fast path. */
function fresh(spec: PlanSpec, delays: DelayModel, fastDrafts = true): Kernel {
  const doc: KernelDoc = { spec, parent: -1, start: startPoint(spec, START, "compiled", true), disseminatedByIssuance: false, end: START + 3000 };
  return new Kernel([doc], delays, START, START + 3000, { record: !fastDrafts, fastDrafts });
}

/** Largest distance between two CDFs given as sorted samples / a PMF. */
function ksDistance(samples: number[], pmf: Float64Array): number {
  const sorted = [...samples].sort((a, b) => a - b);
  let worst = 0;
  let cum = 0;
  let i = 0;
  for (let t = 0; t < pmf.length; t++) {
    cum += pmf[t];
    while (i < sorted.length && sorted[i] <= t) i++;
    worst = Math.max(worst, Math.abs(cum - i / sorted.length));
  }
  return worst;
}

/**
 * Issuance − start of a fresh draft, by driving the XState machine: at each approval state a
 * duration from the same table the kernel uses, then `returned` (with the model's probability,
 * when the machine accepts it and the cap allows), else `submitted`, else `approved`; then the
 * issuance lag.
 */
function viaXState(spec: PlanSpec, kernel: Kernel, delays: DelayModel, runs: number, seed: number): number[] {
  const d = kernel.data;
  const model = lifecycleModel(spec.steps.length);
  const random = mulberry32(seed);
  const pick = (off: number) => d.q[off + Math.floor(random() * TABLE_SIZE)];
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    let [snap] = initialTransition(model.machine, planInput(spec));
    let t = START;
    let returns = 0;
    for (;;) {
      const state = lifecycleOf(model, snap);
      if (state.phase !== "approval") break;
      const j = d.stepBase[0] + state.step;
      t += pick(returns > 0 && state.step === 0 ? d.stepReworkTab[j] : d.stepTab[j]);
      const send = (type: "returned" | "submitted" | "approved") => {
        const [next] = transition(model.machine, snap, { type, date: t });
        if (next === snap) return false;
        snap = next;
        return true;
      };
      if (returns < delays.maxReturns && random() < delays.returned && send("returned")) {
        returns++;
        continue;
      }
      if (!send("submitted")) assert.ok(send("approved"), `nothing leaves ${String(snap.value)}`);
    }
    out.push(t + pick(d.issueTab) - START);
  }
  return out;
}

describe("workflows: the kernel's fast paths", () => {
  for (const returned of [0.1, 0.4]) {
    describe(`a fresh draft's issuance in one draw (returned ${returned})`, () => {
      const { doc } = docIn(DRAFT, "P");
      const spec = planSpec(doc);
      const delays = delayModel({ returned });
      const kernel = fresh(spec, delays);
      const d = kernel.data;
      const pmf = lagPmf(
        { tab: d.stepTab, rework: d.stepReworkTab, next: d.stepNext, ret: d.stepReturn },
        { q: d.q, issueTab: d.issueTab, p30: d.p30Return, maxReturns: delays.maxReturns },
      )!;

      it("is a law: probabilities sum to 1; the quantile table is that law's", () => {
        assert.ok(Math.abs(pmf.reduce((a, b) => a + b, 0) - 1) < 1e-9);
        const off = d.doc[D_LAG];
        assert.ok(off >= 0, "the fresh draft takes the fast path");
        const table = Array.from(d.lagQ.subarray(off, off + LAG_SIZE));
        assert.ok(ksDistance(table, pmf) <= 1 / LAG_SIZE + 1e-9);
      });

      it("agrees with the XState machine driven step by step", () => {
        assert.ok(ksDistance(viaXState(spec, kernel, delays, 3000, 11), pmf) < 0.035);
      });

      it("agrees with the kernel's step-by-step path", () => {
        const slow = fresh(spec, delays, false).run({ seed: 5, runs: 40_000, record: true }).recording!;
        const samples = Array.from(slow.issued, (x) => x - START);
        assert.ok(ksDistance(samples, pmf) < 0.012);
      });
    });
  }

  it("a cascade with the fast path gives the step-by-step path's results", () => {
    const { files } = syntheticCascade({ provinces: 2, districts: 3, grassroots: 4, issued: "2023-06-15" });
    const ws = new Workspace();
    for (const [uri, text] of files) ws.setFile(uri, text);
    const asOf = day("2023-06-15");
    const until = day("2025-06-30");
    const { docs, parent } = cascadeDocuments(ws.lookupDocument("D")!, ws);
    const kdocs: KernelDoc[] = docs.map((decl, i) => {
      const spec = planSpec(decl);
      return { spec, parent: parent[i], start: startPoint(spec, asOf, "compiled"), disseminatedByIssuance: spec.kind === "directive", end: spec.horizon ?? until };
    });
    const runs = 4000;
    const fast = new Kernel(kdocs, DEFAULT_DELAYS, asOf, until).run({ seed: 1, runs, record: true, threads: 1 });
    const slow = new Kernel(kdocs, DEFAULT_DELAYS, asOf, until, { fastDrafts: false }).run({ seed: 2, runs, record: true, threads: 1 });
    for (let i = 0; i < kdocs.length; i++) {
      const rate = (r: typeof fast) => r.reportLate[i] / r.reportRuns[i];
      assert.ok(Math.abs(rate(fast) - rate(slow)) < 0.04, `${docs[i].name.text}: ${rate(fast)} vs ${rate(slow)}`);
      assert.ok(Math.abs(fast.reportRuns[i] - slow.reportRuns[i]) / slow.reportRuns[i] < 0.03, docs[i].name.text);
      assert.ok(Math.abs(fast.culpritRuns[i] - slow.culpritRuns[i]) / runs < 0.04, docs[i].name.text);
    }
  });

  it("due dates by issuance day are schedule.ts's", () => {
    const series: [number, number, number][] = [];
    for (const months of [0, 1, 2, 3, 6, 12]) for (const days of [0, 10]) for (const dueDay of [0, 1, 15, 28, 29, 30, 31]) if (months || days) series.push([months, days, dueDay]);
    // Singles and pairs (ties between series keep series order).
    const sets = [...series.map((s) => [s]), ...series.filter((_, i) => i % 5 === 0).map((s, i) => [s, series[(i * 7 + 3) % series.length]])];
    const hi = dayNumber(2026, 3, 31);
    for (const set of sets) {
      const reports = set.map(([months, days, dueDay]) => ({ every: { months, days }, dueDay: dueDay || undefined }));
      for (let issued = dayNumber(2023, 1, 1); issued <= dayNumber(2025, 1, 31); issued += 13) {
        const expected = reportInstances(reports, issued, hi).map((x) => x.due);
        const got = dueDates(
          set.map((s) => s[0]),
          set.map((s) => s[1]),
          set.map((s) => s[2]),
          0,
          set.length,
          issued,
          hi,
        );
        assert.deepEqual(got, expected, `${JSON.stringify(set)} issued ${issued}`);
      }
    }
  });

  it("random numbers index tables uniformly (shift matches the table size)", () => {
    assert.equal(TABLE_SIZE, 2 ** (32 - TABLE_SHIFT));
  });

  describe("runs shared between threads", () => {
    const { files } = syntheticCascade({ provinces: 3, districts: 2, grassroots: 3, issued: "2023-06-15" });
    const ws = new Workspace();
    for (const [uri, text] of files) ws.setFile(uri, text);
    const options = { asOf: day("2023-06-15"), until: day("2025-12-31"), runs: 700, seed: 4 };

    it("give the same result as one thread, whatever the number of threads", () => {
      // (Whether the workers start in time to take runs depends on the machine; the next test makes sure they do.)
      const one = simulateCascade("D", ws, { ...options, threads: 1 });
      assert.deepEqual(simulateCascade("D", ws, { ...options, threads: 2 }), one);
      assert.deepEqual(simulateCascade("D", ws, { ...options, threads: 3 }), one);
    });

    it("the workers really run (and record document 0 at each run's index)", () => {
      const { docs, parent } = cascadeDocuments(ws.lookupDocument("D")!, ws);
      const kdocs: KernelDoc[] = docs.map((decl, i) => {
        const spec = planSpec(decl);
        return { spec, parent: parent[i], start: startPoint(spec, options.asOf, "compiled"), disseminatedByIssuance: spec.kind === "directive", end: spec.horizon ?? options.until };
      });
      const kernel = new Kernel(kdocs, DEFAULT_DELAYS, options.asOf, options.until);
      const alone = kernel.run({ seed: 4, runs: 2000, record: true, threads: 1 });
      for (const threads of [2, 3]) {
        const shared = kernel.run({ seed: 4, runs: 2000, record: true, threads, awaitWorkers: true });
        assert.equal(shared.threads, threads);
        assert.deepEqual(Array.from(shared.recording!.reportDelivered), Array.from(alone.recording!.reportDelivered));
        assert.deepEqual(Array.from(shared.recording!.issued), Array.from(alone.recording!.issued));
        for (const k of ["reportRuns", "reportLate", "culpritRuns", "reviewRuns", "reviewOnTime"] as const) assert.deepEqual(Array.from(shared[k]), Array.from(alone[k]), k);
      }
    });
  });
});
