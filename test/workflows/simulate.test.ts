// Simulation of one plan: determinism, convergence, edge cases, the delay model's config, and
// that the kernel only takes transitions the XState machine allows.
import assert from "node:assert/strict";
import { initialTransition, transition } from "xstate";
import { formatIso } from "../../language/index.js";
import {
  DEFAULT_DELAYS,
  delayModel,
  lifecycleModel,
  planInput,
  planSpec,
  replay,
  simulatePlan,
  simulationSettings,
  type MilestoneStats,
  type PlanSimulation,
} from "../../workflows/index.js";
import { day, docIn } from "./helpers.js";

const DRAFT = `
plan P {
  issuer tinh
  parent D
  horizon 2026
  approval {
    step draft    by ban-tg within 30 days
    step appraise by vp     within 10 days
    step approve  by btv    within 7 days
  }
  reporting {
    report "Báo cáo 6 tháng" every 6 months due day 10 to btg
    review preliminary by 2025-06-30
    review final by 2026-12-31
  }
}`;

const START = day("2024-01-02");

function find(sim: PlanSimulation, what: string, k?: number): MilestoneStats {
  const m = sim.milestones.find((x) => x.what === what && x.k === k);
  assert.ok(m, `no milestone ${what}${k ?? ""} in ${sim.milestones.map((x) => x.what).join(", ")}`);
  return m;
}

function sim(text: string, name: string, options: Partial<Parameters<typeof simulatePlan>[2]> = {}): PlanSimulation {
  const { ws, doc } = docIn(text, name);
  return simulatePlan(doc, ws, { asOf: START, runs: 400, seed: 1, ...options });
}

describe("workflows: simulate a plan", () => {
  it("is deterministic: the same seed gives the same result, another seed another", () => {
    assert.deepEqual(sim(DRAFT, "P", { seed: 42 }), sim(DRAFT, "P", { seed: 42 }));
    assert.notDeepEqual(sim(DRAFT, "P", { seed: 42 }).milestones, sim(DRAFT, "P", { seed: 43 }).milestones);
  });

  it("from drafting: every milestone in lifecycle order, dates consistent", () => {
    const s = sim(DRAFT, "P");
    assert.equal(s.state, "drafting");
    assert.deepEqual(
      s.milestones.slice(0, 6).map((m) => m.what),
      ["approval:draft", "approval:appraise", "approval:approve", "approved", "issued", "disseminated"],
    );
    const median = (what: string, k?: number) => find(s, what, k).median;
    assert.ok(median("approval:draft") < median("approved"));
    assert.ok(median("approved") <= median("issued"));
    assert.ok(median("issued") <= median("disseminated"));
    assert.ok(median("disseminated") < median("report", 1));
    for (const m of s.milestones) {
      assert.ok(m.median <= m.p90, m.what);
      assert.equal(m.happened, false);
      if (m.pOnTime !== null) assert.ok(m.pOnTime >= 0 && m.pOnTime <= 1);
    }
    // The draft has a 30-day `within` and a median of 0.8 × 30 days: mostly, not always, on time.
    const draft = find(s, "approval:draft");
    assert.equal(draft.deadline, formatIso(START + 30));
    assert.ok(draft.pOnTime! > 0.5 && draft.pOnTime! < 0.95, String(draft.pOnTime));
    // Reviews have fixed deadlines.
    assert.equal(find(s, "review preliminary").deadline, "2025-06-30");
  });

  it("more runs narrow the spread of the estimates", () => {
    const spread = (runs: number): number => {
      const estimates = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => find(sim(DRAFT, "P", { runs, seed }), "approved").pOnTime!);
      const mean = estimates.reduce((a, b) => a + b) / estimates.length;
      return Math.sqrt(estimates.reduce((a, b) => a + (b - mean) ** 2, 0) / estimates.length);
    };
    const few = spread(50);
    const many = spread(3000);
    assert.ok(many < few / 3, `spread with 50 runs ${few}, with 3000 runs ${many}`);
  });

  it("`within 0 days` is always late", () => {
    const text = `plan Z { issuer tinh parent D approval { step draft within 0 days step approve within 0 days } }`;
    const s = sim(text, "Z");
    assert.equal(find(s, "approval:draft").pOnTime, 0);
    assert.equal(find(s, "approval:approve").pOnTime, 0);
    assert.equal(find(s, "approved").pOnTime, 0);
    assert.equal(find(s, "approved").deadline, formatIso(START));
  });

  it("a plan whose history is complete (closed) is not simulated past its end", () => {
    const text = `plan C {
      issuer tinh issued 2023-01-10 parent D horizon 2030
      reporting { report "x" every 3 months due day 5 to btg  review final by 2023-12-31 }
      history { 2023-01-05 approved 2023-01-10 issued 2023-01-20 disseminated 2023-04-03 reported 2023-07-04 reported
                2023-11-30 reviewed final 2023-12-01 closed } }`;
    const s = sim(text, "C", { asOf: day("2024-06-30"), runs: 1000 });
    assert.equal(s.state, "closed");
    assert.ok(s.milestones.every((m) => m.happened && m.runs === 1));
    assert.ok(s.milestones.every((m) => m.median <= "2023-12-01"));
    assert.deepEqual(
      s.milestones.map((m) => (m.k ? `${m.what} ${m.k}` : m.what)),
      ["approved", "issued", "disseminated", "report 1", "report 2", "review final", "closed"],
    );
    assert.deepEqual(
      s.milestones.filter((m) => m.what === "report").map((m) => [m.deadline, m.pOnTime]),
      [
        ["2023-05-05", 1],
        ["2023-08-05", 1],
      ],
    );
  });

  it("from the current state: history as it happened, then only what is still to come", () => {
    const text = DRAFT.replace(
      "reporting {",
      `history { 2024-01-02 submitted 2024-01-10 submitted 2024-01-12 approved 2024-01-15 issued 2024-02-01 disseminated }
  reporting {`,
    ).replace("parent D", "parent D\n  issued 2024-01-15");
    const s = sim(text, "P", { asOf: day("2024-08-20") });
    assert.equal(s.state, "implementing");
    assert.deepEqual(
      s.milestones.filter((m) => m.happened).map((m) => m.what),
      ["approved", "issued", "disseminated"],
    );
    // Report 1 (due 10/8/2024, first day 10 after 15/7) is overdue on 20/8: it can only be late now.
    const r1 = find(s, "report", 1);
    assert.equal(r1.deadline, "2024-08-10");
    assert.equal(r1.pOnTime, 0);
    assert.ok(r1.median > "2024-08-20");
    assert.ok(find(s, "report", 2).pOnTime! > 0.4);
    assert.ok(!s.milestones.some((m) => m.what.startsWith("approval:")));
  });

  it("an approval step already running continues from where it is (never ends before as-of)", () => {
    const text = DRAFT.replace("reporting {", "history { 2024-01-02 submitted }\n  reporting {");
    const s = sim(text, "P", { asOf: day("2024-01-20") });
    assert.equal(s.state, "approval:appraise");
    const appraise = find(s, "approval:appraise");
    assert.equal(appraise.deadline, "2024-01-12");
    assert.equal(appraise.pOnTime, 0); // already past its 10 days
    const { median } = appraise;
    assert.ok(median > "2024-01-20");
    assert.ok(!s.milestones.some((m) => m.what === "approval:draft" && m.runs === 400), "the draft is not redone unless returned");
  });

  it("every simulated run is a history the XState machine accepts", () => {
    // Without an `issued` date, so simulated issuance dates pass the machine's guard.
    const { doc } = docIn(DRAFT, "P");
    const s = sim(DRAFT, "P", { traceRuns: 60, runs: 60, delays: delayModel({ returned: 0.4 }) });
    const model = lifecycleModel(3);
    let returns = 0;
    for (const trace of s.traces!) {
      let [snap] = initialTransition(model.machine, planInput(planSpec(doc)));
      for (const e of trace) {
        const [next] = transition(model.machine, snap, e);
        assert.notEqual(next, snap, `${e.type} ${formatIso(e.date)} not accepted in ${String(snap.value)}`);
        snap = next;
        if (e.type === "returned") returns++;
      }
      assert.ok(String(snap.value).startsWith("implementing"));
    }
    assert.ok(returns > 0);
  });

  it("the trace of a run continues the replayed history", () => {
    const text = DRAFT.replace("reporting {", "history { 2024-01-02 submitted 2024-01-05 returned }\n  reporting {");
    const { doc } = docIn(text, "P");
    const s = sim(text, "P", { asOf: day("2024-01-06"), traceRuns: 20, runs: 20 });
    const model = lifecycleModel(3);
    for (const trace of s.traces!) {
      const history = replay(planSpec(doc), day("2024-01-06"));
      let snap = history.snapshot!;
      for (const e of trace) {
        const [next] = transition(model.machine, snap, e);
        assert.notEqual(next, snap, `${e.type} ${formatIso(e.date)} in ${String(snap.value)}`);
        snap = next;
      }
    }
  });

  it("the `returned` probability and the cap on returns", () => {
    const always = sim(DRAFT, "P", { traceRuns: 30, runs: 30, delays: delayModel({ returned: 1, maxReturns: 2 }) });
    for (const trace of always.traces!) assert.equal(trace.filter((e) => e.type === "returned").length, 2);
    const never = sim(DRAFT, "P", { traceRuns: 30, runs: 30, delays: delayModel({ returned: 0 }) });
    for (const trace of never.traces!) assert.equal(trace.filter((e) => e.type === "returned").length, 0);
  });

  it("a slower model makes approval later", () => {
    const base = find(sim(DRAFT, "P"), "approved").median;
    const slow = find(sim(DRAFT, "P", { delays: delayModel({ step: { withinFactor: 2, sigma: 0.5, defaultDays: 14 } }) }), "approved").median;
    assert.ok(slow > base, `${slow} > ${base}`);
  });

  describe("plancode.json `simulation`", () => {
    it("no key: the defaults", () => {
      assert.deepEqual(simulationSettings({ locale: "vi" }), { settings: { delays: DEFAULT_DELAYS }, problems: [] });
      assert.deepEqual(simulationSettings(undefined).settings.delays, DEFAULT_DELAYS);
    });
    it("overrides merge over the defaults", () => {
      const { settings, problems } = simulationSettings({
        simulation: { seed: 7, runs: 500, returned: 0.2, step: { sigma: 0.3 }, steps: { appraise: { medianDays: 8 } }, report: { meanDays: -5 } },
      });
      assert.deepEqual(problems, []);
      assert.equal(settings.seed, 7);
      assert.equal(settings.runs, 500);
      assert.equal(settings.delays.returned, 0.2);
      assert.deepEqual(settings.delays.step, { ...DEFAULT_DELAYS.step, sigma: 0.3 });
      assert.deepEqual(settings.delays.steps, { appraise: { medianDays: 8 } });
      assert.deepEqual(settings.delays.report, { meanDays: -5, sdDays: DEFAULT_DELAYS.report.sdDays });
      assert.deepEqual(DEFAULT_DELAYS.steps, {}, "the defaults are not modified");
    });
    it("bad entries are reported and left at their defaults", () => {
      const { settings, problems } = simulationSettings({ simulation: { returned: 2, stepp: {}, step: { sigma: "x", median: 3 } } });
      assert.deepEqual(
        problems.map((p) => [p.messageId, p.data.key, p.data.guess]),
        [
          ["badNumber", "returned", undefined],
          ["unknownKeyGuess", "stepp", "step"],
          ["badNumber", "step.sigma", undefined],
          ["unknownKey", "step.median", undefined],
        ],
      );
      assert.deepEqual(settings.delays, DEFAULT_DELAYS);
      assert.deepEqual(simulationSettings({ simulation: 3 }).problems.map((p) => p.messageId), ["notObject"]);
      // `--runs` needs at least one run; so does the configured number.
      const zero = simulationSettings({ simulation: { runs: 0 } });
      assert.deepEqual(zero.problems.map((p) => [p.messageId, p.data.key, p.data.expected]), [["badNumber", "runs", "an integer ≥ 1"]]);
      assert.equal(zero.settings.runs, undefined);
    });
    it("a configured model changes the simulation", () => {
      const { settings } = simulationSettings({ simulation: { step: { withinFactor: 3 } } });
      const slow = find(sim(DRAFT, "P", { delays: settings.delays }), "approval:draft");
      assert.ok(slow.pOnTime! < 0.1, String(slow.pOnTime));
    });
  });
});
