// Monte Carlo simulation of one plan (`simulatePlan`) and of a directive with every plan below it
// (`simulateCascade`). Deterministic: the same seed, runs, options and workspace give the same
// result. The delay model is in `delays.ts`; the inner loop in `kernel.ts`.
import { formatIso, type DocumentDecl, type Workspace } from "../language/index.js";
import { DEFAULT_DELAYS, type DelayModel } from "./delays.js";
import { Kernel, NONE, type KernelDoc, type KernelResult, type Recording, type StartPoint, type TraceEvent } from "./kernel.js";
import { replay, type Engine } from "./replay.js";
import { reportInstances } from "./schedule.js";
import { planSpec, type PlanSpec } from "./spec.js";
import { deadlinesOf, type StatusItem } from "./status.js";
import { deadlineJson, stateName } from "../language/index.js";

export interface SimulateOptions {
  /** The day the simulation starts: each document starts from its state on this day. */
  asOf: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Number of runs (default 1000). */
  runs?: number;
  delays?: DelayModel;
  /** Nothing due after this day is simulated (default and latest: the document's horizon; else 5 years after the start). */
  until?: number;
  /** Ignore the history: start a fresh draft on `asOf`. */
  fromDrafting?: boolean;
  /** Internal/testing: collect the simulated events of the first N runs. */
  traceRuns?: number;
}

export interface MilestoneStats {
  /** `approval:<step>`, `approved`, `issued`, `disseminated`, `report`, `review preliminary`, `review final`, `closed`. */
  what: string;
  /** For reports: the report's number (1-based, all series in due order). */
  k?: number;
  /** True when the history records it (dates are what happened, not simulated). */
  happened: boolean;
  /** ISO date of the deadline (the median over runs when it depends on simulated dates); null: none. */
  deadline: string | null;
  /** ISO median and 90th-percentile date. */
  median: string;
  p90: string;
  /** Probability of meeting the deadline; null without one. */
  pOnTime: number | null;
  /** Runs in which it happens (fewer than all when, e.g., a later issuance leaves fewer reports before the end). */
  runs: number;
  /**
   * With `distributions`: the simulated dates as `[day, runs]` pairs (day numbers ascending, runs
   * on that day), the data of a histogram or CDF. Absent otherwise (and for what happened).
   */
  distribution?: [number, number][];
}

/**
 * Why a document has nothing left to simulate: it was closed, its horizon passed before the
 * simulation would start, or `until` comes before the start. `day` (ISO) is the closing day, the
 * horizon or `until`; `overdue` what the status model says was left undone by the start.
 */
export interface SimulationEnd {
  reason: "closed" | "horizon" | "until";
  day: string;
  overdue: StatusItem[];
}

export interface PlanSimulation {
  name: string;
  /** ISO day the simulation starts: the later of as-of and the issuance its history records. */
  asOf: string;
  /** ISO day nothing after which is simulated: never past the horizon. */
  until: string;
  seed: number;
  runs: number;
  /** The state the simulation starts from. */
  state: string;
  milestones: MilestoneStats[];
  /** Present when nothing was simulated: `milestones` are then only what the history records. */
  ended?: SimulationEnd;
  /** Simulated events of the first `traceRuns` runs (testing). */
  traces?: TraceEvent[][];
}

export interface CulpritStats {
  name: string;
  /** The issuing body (unit name) and its title. */
  issuer: string;
  issuerTitle: string | null;
  parent: string;
  /** Probability (per run) that its late report or review made its parent's late. */
  pMadeParentLate: number;
  /** Share of its simulated reports that are late. */
  pLate: number;
}

export interface ReviewStats {
  name: string;
  what: string;
  due: string;
  pOnTime: number;
}

export interface CascadeSimulation {
  directive: string;
  asOf: string;
  until: string;
  seed: number;
  runs: number;
  /** Documents in the cascade (the directive included). */
  documents: number;
  state: string;
  /** The top document's outstanding reports in the window. */
  reports: MilestoneStats[];
  /** The top document's reviews in the window. */
  reviews: MilestoneStats[];
  /** Bodies most likely to make their parent late, most likely first (at most `top`, only p > 0). */
  culprits: CulpritStats[];
  /** Every simulated review of every document below the top, least likely on time first. */
  documentReviews: ReviewStats[];
  /** Every document of the cascade, in cascade order (the top first). */
  documentStats: DocumentStats[];
  /** Present when the top document has nothing left to simulate (then nothing below it is simulated either). */
  ended?: SimulationEnd;
}

export interface DocumentStats {
  name: string;
  parent: string | null;
  /** Share of its simulated reports that are on time (null: none simulated). */
  pReportsOnTime: number | null;
  /** Probability (per run) that it made its parent's report or review late. */
  pMadeParentLate: number;
}

const DEFAULT_RUNS = 1000;
const DEFAULT_SEED = 1;
const FIVE_YEARS = 1826;

/** The simulated period of a document: from when to when, or why there is none. */
export interface SimulationWindow {
  from: number;
  until: number;
  ended?: SimulationEnd;
}

/**
 * From the later of `asOf` and the issuance the history records (a simulation "as of" a day
 * before the plan existed starts where the plan did), to `until`, the horizon, or five years on,
 * whichever comes first: nothing is simulated past the horizon, when no report is required any
 * more. A closed document, or one whose period ended before it would start, is not simulated: the
 * window says why, with what was left overdue.
 */
export function simulationWindow(spec: PlanSpec, asOf: number, until?: number, fromDrafting = false): SimulationWindow {
  const issuedOn = fromDrafting ? undefined : spec.history.find((e) => e.event === "issued")?.date;
  const from = issuedOn !== undefined && issuedOn > asOf ? issuedOn : asOf;
  let last = until ?? spec.horizon ?? from + FIVE_YEARS;
  if (spec.horizon !== undefined) last = Math.min(last, spec.horizon);
  if (fromDrafting) return last < from ? { from, until: last, ended: { reason: "until", day: formatIso(last), overdue: [] } } : { from, until: last };
  const r = replay(spec, from);
  const overdue = () => deadlinesOf(r, from).overdue.map(deadlineJson);
  if (r.state.phase === "closed") return { from, until: last, ended: { reason: "closed", day: formatIso(r.context.closedOn ?? from), overdue: [] } };
  if (last < from) {
    const reason = spec.horizon !== undefined && spec.horizon < from && (until === undefined || until >= spec.horizon) ? "horizon" : "until";
    return { from, until: last, ended: { reason, day: formatIso(last), overdue: overdue() } };
  }
  return { from, until: last };
}

/** Where a document stands on `asOf`, for the kernel. */
export function startPoint(spec: PlanSpec, asOf: number, engine: Engine, fromDrafting = false): StartPoint {
  if (fromDrafting) {
    return {
      state: { phase: "approval", step: 0 },
      entered: NONE,
      approved: NONE,
      issued: NONE,
      disseminated: NONE,
      reported: 0,
      lastReported: NONE,
      preliminaryHeld: false,
      finalHeld: false,
    };
  }
  const r = replay(spec, asOf, { engine });
  const c = r.context;
  const n = (v: number | null): number => (v === null ? NONE : v);
  return {
    state: r.state,
    entered: r.state.phase === "approval" ? n(c.since) : NONE,
    approved: n(c.approvedOn),
    issued: n(c.issuedOn),
    disseminated: n(c.disseminatedOn),
    reported: c.reported.length,
    lastReported: c.reported.length ? c.reported[c.reported.length - 1] : NONE,
    preliminaryHeld: c.reviewedPreliminary !== null,
    finalHeld: c.reviewedFinal !== null,
  };
}

function disseminatedByIssuance(spec: PlanSpec): boolean {
  return spec.kind === "directive" && !spec.history.some((e) => e.event === "disseminated");
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Int32Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Median and p90 of `dates` (NONE entries skipped), the median deadline and the on-time share. */
function stats(
  what: string,
  dates: ArrayLike<number>,
  deadlines: ArrayLike<number> | number | undefined,
  extra: Partial<MilestoneStats> = {},
  lateFlags?: ArrayLike<number>,
  withDistribution = false,
): MilestoneStats | undefined {
  const values: number[] = [];
  const dls: number[] = [];
  let onTime = 0;
  let withDeadline = 0;
  for (let r = 0; r < dates.length; r++) {
    const d = dates[r];
    if (d === NONE) continue;
    values.push(d);
    const dl = typeof deadlines === "number" ? deadlines : deadlines ? deadlines[r] : NONE;
    if (dl === NONE || dl === undefined) continue;
    withDeadline++;
    dls.push(dl);
    const late = lateFlags ? lateFlags[r] === 1 : d > dl;
    if (!late) onTime++;
  }
  if (!values.length) return undefined;
  const sorted = Int32Array.from(values).sort();
  const sortedDl = Int32Array.from(dls).sort();
  return {
    what,
    ...(extra.k !== undefined ? { k: extra.k } : {}),
    happened: false,
    deadline: sortedDl.length ? formatIso(percentile(sortedDl, 0.5)) : null,
    median: formatIso(percentile(sorted, 0.5)),
    p90: formatIso(percentile(sorted, 0.9)),
    pOnTime: withDeadline ? onTime / withDeadline : null,
    runs: values.length,
    ...extra,
    ...(withDistribution ? { distribution: frequencies(sorted) } : {}),
  };
}

/** Sorted values as `[value, count]` pairs: 1,000 runs fall on a few hundred days. */
function frequencies(sorted: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] === v) last[1]++;
    else out.push([v, 1]);
  }
  return out;
}

function happened(what: string, date: number, deadline: number | undefined, extra: Partial<MilestoneStats> = {}): MilestoneStats {
  return {
    what,
    ...(extra.k !== undefined ? { k: extra.k } : {}),
    happened: true,
    deadline: deadline === undefined ? null : formatIso(deadline),
    median: formatIso(date),
    p90: formatIso(date),
    pOnTime: deadline === undefined ? null : date <= deadline ? 1 : 0,
    runs: 1,
    ...extra,
  };
}

function column(rec: Recording, runs: number, pick: (run: number) => number): Int32Array {
  const out = new Int32Array(runs);
  for (let r = 0; r < runs; r++) out[r] = pick(r);
  return out;
}

/** Statistics of the recorded document's outstanding reports and reviews. */
function reportAndReviewStats(
  rec: Recording,
  runs: number,
  spec: PlanSpec,
  first: number,
  distributions = false,
): { reports: MilestoneStats[]; reviews: MilestoneStats[] } {
  const reports: MilestoneStats[] = [];
  for (let k = first; k < rec.reportCap; k++) {
    const dates = column(rec, runs, (r) => (k < rec.reportCount[r] ? rec.reportDelivered[r * rec.reportCap + k] : NONE));
    const dues = column(rec, runs, (r) => (k < rec.reportCount[r] ? rec.reportDue[r * rec.reportCap + k] : NONE));
    const s = stats("report", dates, dues, { k: k + 1 }, undefined, distributions);
    if (s) reports.push(s);
  }
  const reviews: MilestoneStats[] = [];
  for (const review of spec.reviews) {
    const kind = review.which === "final" ? 1 : 0;
    const s = stats(`review ${review.which}`, column(rec, runs, (r) => rec.review[r * 2 + kind]), review.by, {}, undefined, distributions);
    if (s) reviews.push(s);
  }
  return { reports, reviews };
}

// ---------------------------------------------------------------------------------------------
// One plan

/**
 * Simulates one document forward from its state on `options.asOf` (or from a fresh draft):
 * per milestone the median and 90th-percentile date and the probability of meeting its deadline.
 * A document that is `closed` is not simulated: its milestones are what its history records.
 */
export function simulatePlan(doc: DocumentDecl, workspace: Workspace, options: SimulateOptions): PlanSimulation {
  void workspace; // a plan alone does not wait for anyone; the cascade uses the workspace
  const spec = planSpec(doc);
  const seed = options.seed ?? DEFAULT_SEED;
  const runs = Math.max(1, options.runs ?? DEFAULT_RUNS);
  const delays = options.delays ?? DEFAULT_DELAYS;
  const window = simulationWindow(spec, options.asOf, options.until, options.fromDrafting);
  const { from: asOf, until } = window;
  const r = options.fromDrafting ? undefined : replay(spec, asOf);
  const start = startPoint(spec, asOf, "xstate", options.fromDrafting);
  const stepNames = spec.steps.map((s) => s.name);
  const milestones: MilestoneStats[] = [];

  // What the history records.
  if (r) {
    const c = r.context;
    if (c.approvedOn !== null) milestones.push(happened("approved", c.approvedOn, undefined));
    if (c.issuedOn !== null) milestones.push(happened("issued", c.issuedOn, spec.issued?.last));
    if (c.disseminatedOn !== null) milestones.push(happened("disseminated", c.disseminatedOn, undefined));
    if (c.issuedOn !== null && c.reported.length) {
      const dues = reportInstances(spec.reports, c.issuedOn, c.reported[c.reported.length - 1] + FIVE_YEARS * 4);
      c.reported.forEach((date, k) => milestones.push(happened("report", date, dues[k]?.due, { k: k + 1 })));
    }
    for (const review of spec.reviews) {
      const date = review.which === "final" ? c.reviewedFinal : c.reviewedPreliminary;
      if (date !== null) milestones.push(happened(`review ${review.which}`, date, review.by));
    }
    if (c.closedOn !== null) milestones.push(happened("closed", c.closedOn, undefined));
  }
  const base = {
    name: spec.name,
    asOf: formatIso(asOf),
    until: formatIso(until),
    seed,
    runs,
    state: stateName(start.state, stepNames),
  };
  if (window.ended) return { ...base, milestones, ended: window.ended };

  const kdoc: KernelDoc = { spec, parent: -1, start, disseminatedByIssuance: disseminatedByIssuance(spec), end: spec.horizon ?? until };
  const kernel = new Kernel([kdoc], delays, asOf, until);
  const result = kernel.run({ seed, runs, record: true, traceRuns: options.traceRuns });
  const rec = result.recording!;
  const phase = start.state.phase;

  if (phase === "approval") {
    for (let s = 0; s < rec.stepCount; s++) {
      const exits = column(rec, runs, (run) => rec.stepExit[run * rec.stepCount + s]);
      const deadlines = column(rec, runs, (run) => rec.stepDeadline[run * rec.stepCount + s]);
      const late = column(rec, runs, (run) => rec.stepLate[run * rec.stepCount + s]);
      const st = stats(`approval:${stepNames[s]}`, exits, spec.steps[s].within ? deadlines : undefined, {}, late);
      if (st) milestones.push(st);
    }
    const st = stats("approved", rec.approved, rec.approvedDeadline);
    if (st) milestones.push(st);
  }
  if (phase === "approval" || phase === "approved") {
    const within = Math.round(delays.issue.withinDays);
    const deadlines = column(rec, runs, (run) => {
      if (spec.issued) return spec.issued.last;
      const approvedBy = phase === "approved" ? start.approved : rec.approvedDeadline[run];
      return approvedBy === NONE ? NONE : approvedBy + within;
    });
    const st = stats("issued", rec.issued, deadlines);
    if (st) milestones.push(st);
  }
  if (phase !== "implementing" && !kdoc.disseminatedByIssuance) {
    const st = stats("disseminated", rec.disseminated, undefined);
    if (st) milestones.push(st);
  }
  const { reports, reviews } = reportAndReviewStats(rec, runs, spec, start.reported);
  milestones.push(...reports, ...reviews);
  return { ...base, milestones, ...(options.traceRuns ? { traces: result.traces } : {}) };
}

// ---------------------------------------------------------------------------------------------
// A cascade

export interface CascadeOptions extends Omit<SimulateOptions, "fromDrafting" | "traceRuns"> {
  /** How many culprits to list (default 10). */
  top?: number;
  /** Replay engine for the documents' starting points (default "compiled": same result, faster). */
  engine?: Engine;
  /** Threads sharing the runs (default: the machine's cores for a large cascade); the result is the same. */
  threads?: number;
  /** Keep the top document's simulated dates per milestone (`MilestoneStats.distribution`), for charts. */
  distributions?: boolean;
}

/** The documents of a cascade: the top one first, then breadth-first along `parent` links. */
export function cascadeDocuments(top: DocumentDecl, workspace: Workspace): { docs: DocumentDecl[]; parent: Int32Array } {
  const docs: DocumentDecl[] = [top];
  const parents: number[] = [-1];
  const seen = new Set<DocumentDecl>([top]);
  for (let i = 0; i < docs.length; i++) {
    for (const child of workspace.childrenOf(docs[i].name.text)) {
      if (seen.has(child.decl) || workspace.lookupDocument(docs[i].name.text) !== docs[i]) continue;
      seen.add(child.decl);
      docs.push(child.decl);
      parents.push(i);
    }
  }
  return { docs, parent: Int32Array.from(parents) };
}

/**
 * Simulates a directive (or any document) and every plan below it. Returns undefined when no
 * document has that name.
 */
export function simulateCascade(name: string, workspace: Workspace, options: CascadeOptions): CascadeSimulation | undefined {
  const top = workspace.lookupDocument(name);
  if (!top) return undefined;
  const seed = options.seed ?? DEFAULT_SEED;
  const runs = Math.max(1, options.runs ?? DEFAULT_RUNS);
  const delays = options.delays ?? DEFAULT_DELAYS;
  const topSpec = planSpec(top);
  const window = simulationWindow(topSpec, options.asOf, options.until);
  const { from: asOf, until } = window;
  const engine = options.engine ?? "compiled";
  if (window.ended) return endedCascade(topSpec, window, { seed, runs, engine });
  const { docs, parent } = cascadeDocuments(top, workspace);
  const specs = docs.map(planSpec);
  const kdocs: KernelDoc[] = specs.map((spec, i) => ({
    spec,
    parent: parent[i],
    start: startPoint(spec, asOf, engine),
    disseminatedByIssuance: disseminatedByIssuance(spec),
    end: spec.horizon ?? until,
  }));
  const kernel = new Kernel(kdocs, delays, asOf, until);
  const result: KernelResult = kernel.run({ seed, runs, record: true, threads: options.threads });
  const rec = result.recording!;
  const { reports, reviews } = reportAndReviewStats(rec, runs, topSpec, kdocs[0].start.reported, options.distributions);

  const culprits: CulpritStats[] = [];
  for (let i = 1; i < docs.length; i++) {
    if (result.culpritRuns[i] === 0) continue;
    const issuer = docs[i].issuer?.text ?? "";
    culprits.push({
      name: specs[i].name,
      issuer,
      issuerTitle: workspace.lookupUnit(issuer)?.title?.value ?? null,
      parent: specs[parent[i]].name,
      pMadeParentLate: result.culpritRuns[i] / runs,
      pLate: result.reportRuns[i] ? result.reportLate[i] / result.reportRuns[i] : 0,
    });
  }
  culprits.sort((a, b) => b.pMadeParentLate - a.pMadeParentLate || b.pLate - a.pLate || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const documentReviews: ReviewStats[] = [];
  for (let i = 1; i < docs.length; i++) {
    for (const review of specs[i].reviews) {
      const x = 2 * i + (review.which === "final" ? 1 : 0);
      if (!result.reviewRuns[x]) continue;
      documentReviews.push({
        name: specs[i].name,
        what: `review ${review.which}`,
        due: formatIso(review.by),
        pOnTime: result.reviewOnTime[x] / result.reviewRuns[x],
      });
    }
  }
  documentReviews.sort((a, b) => a.pOnTime - b.pOnTime || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.name < b.name ? -1 : 1));

  const documentStats: DocumentStats[] = specs.map((spec, i) => ({
    name: spec.name,
    parent: i === 0 ? null : specs[parent[i]].name,
    pReportsOnTime: result.reportRuns[i] ? 1 - result.reportLate[i] / result.reportRuns[i] : null,
    pMadeParentLate: result.culpritRuns[i] / runs,
  }));

  return {
    directive: topSpec.name,
    asOf: formatIso(asOf),
    until: formatIso(until),
    seed,
    runs,
    documents: docs.length,
    state: stateName(kdocs[0].start.state, topSpec.steps.map((s) => s.name)),
    reports,
    reviews,
    culprits: culprits.slice(0, options.top ?? 10),
    documentReviews,
    documentStats,
  };
}

/** A cascade whose top document has nothing left to simulate: no runs, only why. */
function endedCascade(spec: PlanSpec, window: SimulationWindow, o: { seed: number; runs: number; engine: Engine }): CascadeSimulation {
  return {
    directive: spec.name,
    asOf: formatIso(window.from),
    until: formatIso(window.until),
    seed: o.seed,
    runs: o.runs,
    documents: 1,
    state: stateName(startPoint(spec, window.from, o.engine).state, spec.steps.map((s) => s.name)),
    reports: [],
    reviews: [],
    culprits: [],
    documentReviews: [],
    documentStats: [],
    ended: window.ended,
  };
}

/** A plan alone, or a directive with its whole cascade: what `plancode simulate` and the editor's command run. */
export type DocumentSimulation = { kind: "plan"; result: PlanSimulation } | { kind: "cascade"; result: CascadeSimulation };

export function simulateDocument(doc: DocumentDecl, workspace: Workspace, options: CascadeOptions): DocumentSimulation {
  const cascade = doc.docKind === "directive" ? simulateCascade(doc.name.text, workspace, options) : undefined;
  return cascade ? { kind: "cascade", result: cascade } : { kind: "plan", result: simulatePlan(doc, workspace, options) };
}
