// Compiles a set of documents for the kernel: everything a run reads, as typed arrays indexed by
// document (parents before children), computed once however many runs follow. Plain data, so a
// worker thread can receive it (structured clone) and run part of the runs. The layout constants
// (D_*, F_*, PHASE_*) are those the run loop reads (kernel-layout.ts).
import type { LifecycleState } from "../language/index.js";
import type { DelayModel } from "./delays.js";
import { DueSchedules, type DueScheduleData } from "./kernel-dues.js";
import { LagTables } from "./kernel-lag.js";
import { lifecycleModel, type PlanModel } from "./machine.js";
import { Tables } from "./random.js";
import { countAtMost } from "./kernel-run.js";
import {
  D_CHILD0,
  D_CHILD1,
  D_FIRST_K,
  D_FLAGS,
  D_LAG,
  D_LAST_REPORTED,
  D_PARENT,
  D_REP_BASE,
  D_SCHED,
  D_SCHED_LAST,
  D_SLOT0,
  D_SLOT_SHIFT,
  DOC_STRIDE,
  F_DISSEMINATED_BY_ISSUANCE,
  F_FIXED,
  F_REVIEWS,
  NONE,
  PHASE_APPROVAL,
  PHASE_APPROVED,
  PHASE_CLOSED,
  PHASE_IMPLEMENTING,
  PHASE_ISSUED,
} from "./kernel-layout.js";
import { reportDue } from "./schedule.js";
import { spanDays, type PlanSpec } from "./spec.js";

/** Where a document stands when the simulation starts (from replaying its history). */
export interface StartPoint {
  state: LifecycleState;
  /** When the current approval step was entered; NONE when unknown (a draft without history). */
  entered: number;
  approved: number;
  issued: number;
  disseminated: number;
  /** `reported` events so far, and the date of the last one. */
  reported: number;
  lastReported: number;
  preliminaryHeld: boolean;
  finalHeld: boolean;
}

export interface KernelDoc {
  spec: PlanSpec;
  /** Index of the parent document in the kernel, or -1. */
  parent: number;
  start: StartPoint;
  /** Whether dissemination happens with issuance (a directive without a `disseminated` event). */
  disseminatedByIssuance: boolean;
  /** Reports due after this day are not simulated (the horizon or the simulation's end). */
  end: number;
}

export interface CompileOptions {
  /** Document 0's steps are recorded: it never takes the fresh-draft fast path. */
  record: boolean;
  /** The fresh-draft fast path (kernel-lag.ts); off only to compare it with the step-by-step path. */
  fastDrafts?: boolean;
}

/** The compiled documents. Per-step arrays are indexed by stepBase[doc] + step; reviews by 2 × doc + (0 preliminary | 1 final). */
export interface KernelData extends DueScheduleData {
  n: number;
  asOf: number;
  q: Int32Array;
  parent: Int32Array;
  childStart: Int32Array;
  childList: Int32Array;
  phase: Uint8Array;
  stepNow: Int32Array;
  entered: Int32Array;
  approved0: Int32Array;
  issued0: Int32Array;
  dissem0: Int32Array;
  dissByIssue: Uint8Array;
  stepBase: Int32Array;
  stepCount: Int32Array;
  stepNext: Int32Array;
  stepReturn: Int32Array;
  stepTab: Int32Array;
  stepReworkTab: Int32Array;
  stepWithin: Int32Array;
  /** Sum of `within` from step i to the last (NONE when one is missing). */
  withinRest: Int32Array;
  /** Conditioning on what has not happened by as-of: table entries ≤ the time already elapsed. */
  curLo: Int32Array;
  issueLo: Int32Array;
  dissemLo: Int32Array;
  issueTab: number;
  dissemTab: number;
  reportTab: number;
  reviewTab: number;
  overdueTab: number;
  /** The fresh drafts' (issuance − start) tables (D_LAG is the offset of a document's). */
  lagQ: Int32Array;
  /** Report instances per document: its slots in the per-run arrays (as many as the earliest issuance allows; D_REP_BASE is the first). */
  repCap: Int32Array;
  totalReports: number;
  reviewBy: Int32Array;
  reviewHeld: Uint8Array;
  /**
   * What the run loop reads per document, packed DOC_STRIDE ints per document (D_* fields): one
   * typed array rather than fifteen, so optimised code checks one array per document instead of
   * one per field, and keeps fewer registers live.
   */
  doc: Int32Array;
  /** `returned` happens when 30 uniform bits (`nextInt(rng) >>> 2`) are below this. */
  p30Return: number;
  maxReturns: number;
  compile: number;
  steps0: number;
}

/** The approval chain as the machine defines it. */
interface Chain {
  /** Step index after `submitted` from step i (or -1 when `approved` ends approval there). */
  next: number[];
  /** Where `returned` from step i leads (-1: not allowed). */
  returnTo: number[];
}

const chains = new Map<number, Chain>();

/** Read from the generated model (cached per step count, like the model). */
function chainOf(stepCount: number): Chain {
  const hit = chains.get(stepCount);
  if (hit) return hit;
  const model: PlanModel = lifecycleModel(stepCount);
  const index = new Map<string, number>();
  for (const [key, s] of model.states) if (s.phase === "approval") index.set(key, s.step);
  const next: number[] = [];
  const returnTo: number[] = [];
  for (const [key, i] of index) {
    const out = model.out.get(key)!;
    const sub = out.get("submitted");
    next[i] = sub ? index.get(sub.to)! : -1;
    if (!sub && !out.has("approved")) throw new Error(`approval step ${i} leads nowhere`);
    const ret = out.get("returned");
    returnTo[i] = ret ? index.get(ret.to)! : -1;
  }
  const chain = { next, returnTo };
  chains.set(stepCount, chain);
  return chain;
}

function phaseOf(s: LifecycleState): number {
  switch (s.phase) {
    case "approval":
      return PHASE_APPROVAL;
    case "approved":
      return PHASE_APPROVED;
    case "issued":
      return PHASE_ISSUED;
    case "implementing":
      return PHASE_IMPLEMENTING;
    case "closed":
      return PHASE_CLOSED;
  }
}

export function compileKernel(docs: readonly KernelDoc[], delays: DelayModel, asOf: number, until: number, options: CompileOptions): KernelData {
  const n = docs.length;
  const tables = new Tables();
  const parent = Int32Array.from(docs, (d) => d.parent);
  const childStart = new Int32Array(n + 1);
  for (const d of docs) if (d.parent >= 0) childStart[d.parent + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const childList = new Int32Array(childStart[n]);
  const fill = childStart.slice(0, n);
  docs.forEach((d, i) => {
    if (d.parent >= 0) childList[fill[d.parent]++] = i;
  });

  const phase = Uint8Array.from(docs, (d) => phaseOf(d.start.state));
  const stepNow = Int32Array.from(docs, (d) => (d.start.state.phase === "approval" ? d.start.state.step : 0));
  const entered = Int32Array.from(docs, (d) => d.start.entered);
  const approved0 = Int32Array.from(docs, (d) => d.start.approved);
  const issued0 = Int32Array.from(docs, (d) => d.start.issued);
  const dissem0 = Int32Array.from(docs, (d) => d.start.disseminated);
  const end = Int32Array.from(docs, (d) => Math.min(d.end, until));

  // Approval chains, from each document's machine; step tables shared by (median, sigma).
  const stepBase = new Int32Array(n);
  const stepCount = new Int32Array(n);
  const next: number[] = [];
  const ret: number[] = [];
  const tab: number[] = [];
  const rework: number[] = [];
  const within: number[] = [];
  const rest: number[] = [];
  const s = delays.step;
  const stepTables = new Map<string, [number, number]>();
  docs.forEach((d, i) => {
    const chain = chainOf(d.spec.steps.length);
    stepBase[i] = next.length;
    stepCount[i] = d.spec.steps.length;
    d.spec.steps.forEach((step, j) => {
      const w = step.within ? spanDays(step.within) : NONE;
      const key = `${step.name}\u0000${w}`;
      let t = stepTables.get(key);
      if (!t) {
        const o = delays.steps[step.name] ?? {};
        const median = o.medianDays ?? (w === NONE ? s.defaultDays : Math.max(w, 1) * s.withinFactor);
        const sigma = o.sigma ?? s.sigma;
        t = [tables.add({ kind: "lognormal", median, sigma, min: 1 }), tables.add({ kind: "lognormal", median: median * delays.rework, sigma, min: 1 })];
        stepTables.set(key, t);
      }
      next.push(chain.next[j]);
      ret.push(chain.returnTo[j]);
      tab.push(t[0]);
      rework.push(t[1]);
      within.push(w);
    });
    for (let j = d.spec.steps.length - 1, acc = 0; j >= 0; j--) {
      const w = within[stepBase[i] + j];
      acc = acc === NONE || w === NONE ? NONE : acc + w;
      rest[stepBase[i] + j] = acc;
    }
  });
  const issueTab = tables.add({ kind: "lognormal", median: delays.issue.medianDays, sigma: delays.issue.sigma, min: 0 });
  const dissemTab = tables.add({ kind: "lognormal", median: delays.disseminate.medianDays, sigma: delays.disseminate.sigma, min: 0 });
  const reportTab = tables.add({ kind: "normal", mean: delays.report.meanDays, sd: delays.report.sdDays });
  const reviewTab = tables.add({ kind: "normal", mean: delays.review.meanDays, sd: delays.review.sdDays });
  const overdueTab = tables.add({ kind: "lognormal", median: delays.overdue.medianDays, sigma: delays.overdue.sigma, min: 0 });
  const q = tables.values();
  const stepTab = Int32Array.from(tab);
  const stepReworkTab = Int32Array.from(rework);
  const stepNext = Int32Array.from(next);
  const stepReturn = Int32Array.from(ret);

  // Conditioning on what has not happened yet by as-of: "more than `elapsed` days".
  const curLo = new Int32Array(n);
  const issueLo = new Int32Array(n);
  const dissemLo = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (phase[i] === PHASE_APPROVAL && entered[i] !== NONE) curLo[i] = countAtMost(q, stepTab[stepBase[i] + stepNow[i]], asOf - entered[i]);
    if (phase[i] === PHASE_APPROVED) issueLo[i] = countAtMost(q, issueTab, asOf - approved0[i]);
    if (phase[i] === PHASE_ISSUED) dissemLo[i] = countAtMost(q, dissemTab, asOf - issued0[i]);
  }

  // Fresh drafts (no known start) take the fast path, except the recorded document.
  const p30Return = Math.round(delays.returned * 1073741824);
  const lags = new LagTables({ q, issueTab, p30: p30Return, maxReturns: delays.maxReturns });
  const lag = new Int32Array(n).fill(-1);
  if (options.fastDrafts !== false) {
    for (let i = options.record ? 1 : 0; i < n; i++) {
      if (phase[i] !== PHASE_APPROVAL || entered[i] !== NONE) continue;
      const b = stepBase[i];
      const e = b + stepCount[i];
      lag[i] = lags.add({ tab: stepTab.subarray(b, e), rework: stepReworkTab.subarray(b, e), next: stepNext.subarray(b, e), ret: stepReturn.subarray(b, e) });
    }
  }

  // Report slots (as many as the earliest possible issuance gives) and due-date schedules.
  const repBase = new Int32Array(n);
  const repCap = new Int32Array(n);
  const sched = new Int32Array(n).fill(-1);
  const schedules = new DueSchedules();
  let cap = 0;
  docs.forEach((d, i) => {
    const fixed = phase[i] >= PHASE_ISSUED;
    const earliest = fixed ? issued0[i] : asOf;
    let count = 0;
    for (const r of d.spec.reports) for (let k = 1; reportDue(r, earliest, k) <= end[i]; k++) count++;
    repBase[i] = cap;
    repCap[i] = count;
    cap += count;
    // Simulated issuance is always after as-of (every draw is conditioned on it); a recorded one is one day.
    if (count && phase[i] !== PHASE_CLOSED) sched[i] = schedules.add(d.spec.reports, earliest, fixed ? earliest : end[i], end[i]);
  });

  const reviewBy = new Int32Array(2 * n).fill(NONE);
  const reviewHeld = new Uint8Array(2 * n);
  const hasReview = new Uint8Array(n);
  docs.forEach((d, i) => {
    for (const r of d.spec.reviews) {
      const kind = r.which === "final" ? 1 : 0;
      if (r.by <= until) reviewBy[2 * i + kind] = r.by;
    }
    reviewHeld[2 * i] = d.start.preliminaryHeld || d.start.finalHeld ? 1 : 0;
    reviewHeld[2 * i + 1] = d.start.finalHeld ? 1 : 0;
    // A closed document is not simulated.
    hasReview[i] = phase[i] !== PHASE_CLOSED && (reviewBy[2 * i] !== NONE || reviewBy[2 * i + 1] !== NONE) ? 1 : 0;
  });

  const dues = schedules.data();
  const doc = new Int32Array(n * DOC_STRIDE);
  for (let i = 0; i < n; i++) {
    const b = i * DOC_STRIDE;
    doc[b + D_LAG] = lag[i];
    doc[b + D_PARENT] = parent[i];
    const recorded = options.record && i === 0; // its dates are recorded step by step
    doc[b + D_FLAGS] =
      (docs[i].disseminatedByIssuance ? F_DISSEMINATED_BY_ISSUANCE : 0) | (hasReview[i] ? F_REVIEWS : 0) | (phase[i] >= PHASE_IMPLEMENTING && !recorded ? F_FIXED : 0);
    doc[b + D_FIRST_K] = docs[i].start.reported;
    doc[b + D_REP_BASE] = repBase[i];
    doc[b + D_LAST_REPORTED] = docs[i].start.lastReported;
    doc[b + D_CHILD0] = childStart[i];
    doc[b + D_CHILD1] = childStart[i + 1];
    const id = sched[i];
    doc[b + D_SCHED] = id;
    if (id >= 0) {
      doc[b + D_SCHED_LAST] = dues.schedLast[id];
      doc[b + D_SLOT_SHIFT] = dues.schedBase[id] - dues.schedLo[id];
      doc[b + D_SLOT0] = dues.schedBase[id];
    }
  }

  return {
    n,
    asOf,
    doc,
    q,
    parent,
    childStart,
    childList,
    phase,
    stepNow,
    entered,
    approved0,
    issued0,
    dissem0,
    dissByIssue: Uint8Array.from(docs, (d) => (d.disseminatedByIssuance ? 1 : 0)),
    stepBase,
    stepCount,
    stepNext,
    stepReturn,
    stepTab,
    stepReworkTab,
    stepWithin: Int32Array.from(within),
    withinRest: Int32Array.from(rest),
    curLo,
    issueLo,
    dissemLo,
    issueTab,
    dissemTab,
    reportTab,
    reviewTab,
    overdueTab,
    lagQ: lags.values(),
    repCap,
    totalReports: cap,
    ...dues,
    reviewBy,
    reviewHeld,
    p30Return,
    maxReturns: delays.maxReturns,
    compile: Math.round(delays.compileDays),
    steps0: n ? stepCount[0] : 0,
  };
}
