// The simulation kernel: Monte Carlo runs of one document or a whole cascade over plain typed
// arrays. The lifecycle's structure comes from the generated machine (`PlanModel`: the approval
// chain, where `returned` leads, what follows `approved`) and each document's starting point from
// replaying its history through it; the inner loop then only draws numbers and compares dates.
//
// Why not step XState in the loop: one `transition` costs ~30 µs, and a cascade of 11,000 plans
// over one year is ~10 events per plan per run, so 10,000 runs would take ~9 hours. Here a draw
// is one PRNG call and one table read. The tests replay traces of simulated runs through the
// XState machine to check that the kernel only takes transitions the machine allows.
//
// Per run, two passes:
// 1. top-down (parents before children): approval steps (with `returned`), issuance,
//    dissemination. A draft with no known start begins at max(as-of, its parent's issuance).
// 2. bottom-up (children before parents): reports and reviews. A parent's report of a period is
//    delivered no earlier than `compileDays` after the last of its children's reports of the same
//    period arrives (the child report due latest in (parent's previous due, parent's due]); the
//    same for reviews of the same kind whose `by` is not after the parent's.
import type { LifecycleState } from "../language/index.js";
import type { DelayModel } from "./delays.js";
import { lifecycleModel, type PlanModel } from "./machine.js";
import { countAtMost, Tables, TABLE_SIZE } from "./random.js";
import { reportDue } from "./schedule.js";
import { spanDays, type PlanSpec } from "./spec.js";
import { addMonths, dayNumber, daysInMonth, toYMD } from "../language/index.js";

export const NONE = -2147483648;

const enum Phase {
  Approval = 0,
  Approved = 1,
  Issued = 2,
  Implementing = 3,
  Closed = 4,
}

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

/** The approval chain as the machine defines it. */
interface Chain {
  /** Step index after `submitted` from step i (or -1 when `approved` ends approval there). */
  next: number[];
  /** Where `returned` from step i leads (-1: not allowed). */
  returnTo: number[];
}

function chainOf(model: PlanModel): Chain {
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
  return { next, returnTo };
}

function phaseOf(s: LifecycleState): Phase {
  switch (s.phase) {
    case "approval":
      return Phase.Approval;
    case "approved":
      return Phase.Approved;
    case "issued":
      return Phase.Issued;
    case "implementing":
      return Phase.Implementing;
    case "closed":
      return Phase.Closed;
  }
}

/** Fast calendar lookups over a day range: months as integers, month starts and lengths. */
class MonthTable {
  readonly base: number;
  readonly last: number;
  readonly ym: Int32Array;
  readonly dom: Int32Array;
  readonly ym0: number;
  readonly first: Int32Array;
  readonly len: Int32Array;

  constructor(from: number, to: number) {
    const a = toYMD(from);
    this.base = dayNumber(a.year, a.month, 1);
    const b = toYMD(addMonths(to, 2));
    this.last = dayNumber(b.year, b.month, daysInMonth(b.year, b.month));
    const days = this.last - this.base + 1;
    this.ym = new Int32Array(days);
    this.dom = new Int32Array(days);
    this.ym0 = a.year * 12 + a.month - 1;
    const months = b.year * 12 + b.month - 1 - this.ym0 + 1;
    this.first = new Int32Array(months);
    this.len = new Int32Array(months);
    for (let m = 0; m < months; m++) {
      const y = Math.floor((this.ym0 + m) / 12);
      const mo = ((this.ym0 + m) % 12) + 1;
      this.first[m] = dayNumber(y, mo, 1);
      this.len[m] = daysInMonth(y, mo);
      for (let d = 0; d < this.len[m]; d++) {
        this.ym[this.first[m] - this.base + d] = m;
        this.dom[this.first[m] - this.base + d] = d + 1;
      }
    }
  }
}

export interface KernelOptions {
  seed: number;
  runs: number;
  /** Record per-run dates of document 0 (milestone statistics). */
  record: boolean;
  /** Collect the events of document 0 for the first N runs (tests replay them through XState). */
  traceRuns?: number;
}

export interface TraceEvent {
  type: "submitted" | "returned" | "approved" | "issued" | "disseminated" | "reported" | "reviewed preliminary" | "reviewed final";
  date: number;
}

/** Per-run dates of document 0 (NONE where a milestone did not occur in a run). */
export interface Recording {
  stepCount: number;
  /** [run * stepCount + step]: when the step was last left, its first deadline, whether any pass overran. */
  stepExit: Int32Array;
  stepDeadline: Int32Array;
  stepLate: Uint8Array;
  approved: Int32Array;
  approvedDeadline: Int32Array;
  issued: Int32Array;
  disseminated: Int32Array;
  /** Report instances: capacity per run, and [run * cap + k] due and delivery (k over all instances, satisfied ones NONE). */
  reportCap: number;
  reportCount: Int32Array;
  reportDue: Int32Array;
  reportDelivered: Int32Array;
  /** [run * 2 + (0 preliminary | 1 final)]. */
  review: Int32Array;
}

export interface KernelResult {
  runs: number;
  /** Per document: simulated report instances, and how many of them were late. */
  reportRuns: Int32Array;
  reportLate: Int32Array;
  /** Per document: runs in which it made its parent's report or review late (it arrived last and the parent was late). */
  culpritRuns: Int32Array;
  /** [doc * 2 + kind]: runs the review was simulated / held on time. */
  reviewRuns: Int32Array;
  reviewOnTime: Int32Array;
  recording?: Recording;
  traces: TraceEvent[][];
}

/**
 * The compiled form of a set of documents (document 0 first; parents before children), ready
 * for any number of runs.
 */
export class Kernel {
  readonly n: number;
  private readonly q: Int32Array; // quantile tables
  private readonly parent: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;
  private readonly phase: Uint8Array;
  private readonly stepNow: Int32Array;
  private readonly entered: Int32Array;
  private readonly approved0: Int32Array;
  private readonly issued0: Int32Array;
  private readonly dissem0: Int32Array;
  private readonly dissByIssue: Uint8Array;
  // approval chain
  private readonly stepBase: Int32Array;
  private readonly stepCount: Int32Array;
  private readonly stepNext: Int32Array;
  private readonly stepReturn: Int32Array;
  private readonly stepTab: Int32Array;
  private readonly stepReworkTab: Int32Array;
  private readonly stepWithin: Int32Array;
  /** Sum of `within` from step i to the last (NONE when one is missing). */
  private readonly withinRest: Int32Array;
  private readonly curLo: Int32Array;
  private readonly issueTab: number;
  private readonly issueLo: Int32Array;
  private readonly dissemTab: number;
  private readonly dissemLo: Int32Array;
  private readonly reportTab: number;
  private readonly reviewTab: number;
  private readonly overdueTab: number;
  // reports
  private readonly seriesBase: Int32Array;
  private readonly seriesCount: Int32Array;
  private readonly seriesMonths: Int32Array;
  private readonly seriesDays: Int32Array;
  private readonly seriesDueDay: Int32Array;
  private readonly repBase: Int32Array;
  private readonly repCap: Int32Array;
  private readonly reported0: Int32Array;
  private readonly lastReported0: Int32Array;
  private readonly end: Int32Array;
  // reviews: [doc * 2 + kind]
  private readonly reviewBy: Int32Array;
  private readonly reviewHeld: Uint8Array;
  private readonly months: MonthTable;
  /** Probability of `returned` × 65536. */
  private readonly p16Return: number;
  private readonly maxReturns: number;
  private readonly compile: number;
  private readonly totalReports: number;
  private readonly steps0: number;

  constructor(
    private readonly docs: readonly KernelDoc[],
    private readonly delays: DelayModel,
    private readonly asOf: number,
    private readonly until: number,
  ) {
    const n = docs.length;
    this.n = n;
    const tables = new Tables();
    this.parent = Int32Array.from(docs, (d) => d.parent);
    const counts = new Int32Array(n + 1);
    for (const d of docs) if (d.parent >= 0) counts[d.parent + 1]++;
    for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
    this.childStart = counts;
    this.childList = new Int32Array(counts[n]);
    const fill = counts.slice(0, n);
    docs.forEach((d, i) => {
      if (d.parent >= 0) this.childList[fill[d.parent]++] = i;
    });

    this.phase = Uint8Array.from(docs, (d) => phaseOf(d.start.state));
    this.stepNow = Int32Array.from(docs, (d) => (d.start.state.phase === "approval" ? d.start.state.step : 0));
    this.entered = Int32Array.from(docs, (d) => d.start.entered);
    this.approved0 = Int32Array.from(docs, (d) => d.start.approved);
    this.issued0 = Int32Array.from(docs, (d) => d.start.issued);
    this.dissem0 = Int32Array.from(docs, (d) => d.start.disseminated);
    this.dissByIssue = Uint8Array.from(docs, (d) => (d.disseminatedByIssuance ? 1 : 0));
    this.end = Int32Array.from(docs, (d) => Math.min(d.end, until));

    // Approval chains, from each document's machine.
    this.stepBase = new Int32Array(n);
    this.stepCount = new Int32Array(n);
    const next: number[] = [];
    const ret: number[] = [];
    const tab: number[] = [];
    const rework: number[] = [];
    const within: number[] = [];
    const rest: number[] = [];
    const s = delays.step;
    docs.forEach((d, i) => {
      const chain = chainOf(lifecycleModel(d.spec.steps.length));
      this.stepBase[i] = next.length;
      this.stepCount[i] = d.spec.steps.length;
      d.spec.steps.forEach((step, j) => {
        const w = step.within ? spanDays(step.within) : NONE;
        const o = delays.steps[step.name] ?? {};
        const median = o.medianDays ?? (w === NONE ? s.defaultDays : Math.max(w, 1) * s.withinFactor);
        const sigma = o.sigma ?? s.sigma;
        next.push(chain.next[j]);
        ret.push(chain.returnTo[j]);
        tab.push(tables.add({ kind: "lognormal", median, sigma, min: 1 }));
        rework.push(tables.add({ kind: "lognormal", median: median * delays.rework, sigma, min: 1 }));
        within.push(w);
      });
      for (let j = d.spec.steps.length - 1, acc = 0; j >= 0; j--) {
        const w = within[this.stepBase[i] + j];
        acc = acc === NONE || w === NONE ? NONE : acc + w;
        rest[this.stepBase[i] + j] = acc;
      }
    });
    this.stepNext = Int32Array.from(next);
    this.stepReturn = Int32Array.from(ret);
    this.stepTab = Int32Array.from(tab);
    this.stepReworkTab = Int32Array.from(rework);
    this.stepWithin = Int32Array.from(within);
    this.withinRest = Int32Array.from(rest);
    this.issueTab = tables.add({ kind: "lognormal", median: delays.issue.medianDays, sigma: delays.issue.sigma, min: 0 });
    this.dissemTab = tables.add({ kind: "lognormal", median: delays.disseminate.medianDays, sigma: delays.disseminate.sigma, min: 0 });
    this.reportTab = tables.add({ kind: "normal", mean: delays.report.meanDays, sd: delays.report.sdDays });
    this.reviewTab = tables.add({ kind: "normal", mean: delays.review.meanDays, sd: delays.review.sdDays });
    this.overdueTab = tables.add({ kind: "lognormal", median: delays.overdue.medianDays, sigma: delays.overdue.sigma, min: 0 });
    this.q = tables.values();

    // Conditioning on what has not happened yet by as-of: "more than `elapsed` days".
    this.curLo = new Int32Array(n);
    this.issueLo = new Int32Array(n);
    this.dissemLo = new Int32Array(n);
    docs.forEach((d, i) => {
      if (this.phase[i] === Phase.Approval && this.entered[i] !== NONE) {
        this.curLo[i] = countAtMost(this.q, this.stepTab[this.stepBase[i] + this.stepNow[i]], asOf - this.entered[i]);
      }
      if (this.phase[i] === Phase.Approved) this.issueLo[i] = countAtMost(this.q, this.issueTab, asOf - this.approved0[i]);
      if (this.phase[i] === Phase.Issued) this.dissemLo[i] = countAtMost(this.q, this.dissemTab, asOf - this.issued0[i]);
    });

    // Report series and capacity (instances due by the end with the earliest possible issuance).
    this.seriesBase = new Int32Array(n);
    this.seriesCount = new Int32Array(n);
    const sm: number[] = [];
    const sd: number[] = [];
    const sdd: number[] = [];
    this.repBase = new Int32Array(n);
    this.repCap = new Int32Array(n);
    this.reported0 = Int32Array.from(docs, (d) => d.start.reported);
    this.lastReported0 = Int32Array.from(docs, (d) => d.start.lastReported);
    let cap = 0;
    let lowest = asOf;
    docs.forEach((d, i) => {
      this.seriesBase[i] = sm.length;
      this.seriesCount[i] = d.spec.reports.length;
      for (const r of d.spec.reports) {
        sm.push(r.every.months);
        sd.push(r.every.days);
        sdd.push(r.dueDay ?? 0);
      }
      const earliest = this.issued0[i] !== NONE ? this.issued0[i] : asOf;
      lowest = Math.min(lowest, earliest);
      let count = 0;
      for (const r of d.spec.reports) for (let k = 1; reportDue(r, earliest, k) <= this.end[i]; k++) count++;
      this.repBase[i] = cap;
      this.repCap[i] = count;
      cap += count;
    });
    this.totalReports = cap;
    this.seriesMonths = Int32Array.from(sm);
    this.seriesDays = Int32Array.from(sd);
    this.seriesDueDay = Int32Array.from(sdd);
    this.months = new MonthTable(lowest, until);

    this.reviewBy = new Int32Array(2 * n).fill(NONE);
    this.reviewHeld = new Uint8Array(2 * n);
    docs.forEach((d, i) => {
      for (const r of d.spec.reviews) {
        const kind = r.which === "final" ? 1 : 0;
        if (r.by <= until) this.reviewBy[2 * i + kind] = r.by;
      }
      this.reviewHeld[2 * i] = d.start.preliminaryHeld || d.start.finalHeld ? 1 : 0;
      this.reviewHeld[2 * i + 1] = d.start.finalHeld ? 1 : 0;
    });

    this.p16Return = Math.round(delays.returned * 65536);
    this.maxReturns = delays.maxReturns;
    this.compile = Math.round(delays.compileDays);
    this.steps0 = n ? this.stepCount[0] : 0;
  }


  run(options: KernelOptions): KernelResult {
    const n = this.n;
    const runs = options.runs;
    const rng = newRng(options.seed);
    let maxCap = 1;
    for (let i = 0; i < n; i++) if (this.repCap[i] > maxCap) maxCap = this.repCap[i];
    const out: Scratch = {
      issuedRun: new Int32Array(n),
      dissemRun: new Int32Array(n),
      repCount: new Int32Array(n),
      repDue: new Int32Array(Math.max(1, this.totalReports)),
      repDel: new Int32Array(Math.max(1, this.totalReports)),
      reviewDel: new Int32Array(2 * n),
      agg: new Int32Array(maxCap),
      aggFrom: new Int32Array(maxCap),
      reportRuns: new Int32Array(n),
      reportLate: new Int32Array(n),
      culpritRuns: new Int32Array(n),
      culpritMark: new Int32Array(n).fill(-1),
      reviewRuns: new Int32Array(2 * n),
      reviewOnTime: new Int32Array(2 * n),
    };
    const traces: TraceEvent[][] = [];
    const traceRuns = options.traceRuns ?? 0;
    let rec: Recording | undefined;
    if (options.record && n > 0) {
      const sc = this.steps0;
      const cap = this.repCap[0];
      rec = {
        stepCount: sc,
        stepExit: new Int32Array(runs * sc).fill(NONE),
        stepDeadline: new Int32Array(runs * sc).fill(NONE),
        stepLate: new Uint8Array(runs * sc),
        approved: new Int32Array(runs).fill(NONE),
        approvedDeadline: new Int32Array(runs).fill(NONE),
        issued: new Int32Array(runs).fill(NONE),
        disseminated: new Int32Array(runs).fill(NONE),
        reportCap: cap,
        reportCount: new Int32Array(runs),
        reportDue: new Int32Array(runs * cap).fill(NONE),
        reportDelivered: new Int32Array(runs * cap).fill(NONE),
        review: new Int32Array(runs * 2).fill(NONE),
      };
    }
    // One call per pass per run: each pass is optimised with feedback from whole earlier runs
    // (a single loop over all runs would be compiled on-stack mid-run and deoptimise on the
    // branches it had not seen yet).
    for (let run = 0; run < runs; run++) {
      const trace: TraceEvent[] | undefined = run < traceRuns ? [] : undefined;
      this.topDown(run, rng, out, rec, trace);
      this.bottomUp(run, rng, out, rec, trace);
      if (trace) traces.push(trace.sort((a, b) => a.date - b.date || ORDER[a.type] - ORDER[b.type]));
    }
    const { reportRuns, reportLate, culpritRuns, reviewRuns, reviewOnTime } = out;
    return { runs, reportRuns, reportLate, culpritRuns, reviewRuns, reviewOnTime, recording: rec, traces };
  }

  /** Pass 1: approval, issuance, dissemination (parents first). */
  private topDown(run: number, rng: Rng, out: Scratch, rec: Recording | undefined, trace: TraceEvent[] | undefined): void {
    const { n, q, asOf } = this;
    const { phase, stepNow, entered, approved0, issued0, dissem0, dissByIssue, parent } = this;
    const { stepBase, stepCount, stepNext, stepReturn, stepTab, stepReworkTab, stepWithin, withinRest, curLo } = this;
    const { issueTab, issueLo, dissemTab, dissemLo, overdueTab, p16Return, maxReturns } = this;
    const { issuedRun, dissemRun } = out;
    for (let i = 0; i < n; i++) {
      const ph = phase[i];
      const recording = rec !== undefined && i === 0;
      let iss: number;
      if (ph >= Phase.Issued) iss = issued0[i];
      else {
        let approved: number;
        if (ph === Phase.Approval) {
          const sb = stepBase[i];
          const last = stepCount[i];
          let step = stepNow[i];
          let enter = entered[i];
          let conditioned = enter !== NONE;
          if (!conditioned) {
            enter = asOf;
            const p = parent[i];
            if (p >= 0 && issuedRun[p] > enter) enter = issuedRun[p];
            step = 0;
          }
          const rest = withinRest[sb + step];
          const deadline = rest === NONE ? NONE : enter + rest;
          let returns = 0;
          let reworking = false;
          for (;;) {
            const j = sb + step;
            const w = stepWithin[j];
            let dur: number;
            if (conditioned) {
              const elapsed = asOf - enter;
              // Past its `within` at the start: overdue, it takes the `overdue` distribution's time from then on.
              dur = w !== NONE && elapsed > w ? elapsed + 1 + draw(rng, q, overdueTab) : drawAfter(rng, q, stepTab[j], curLo[i], elapsed, overdueTab);
              conditioned = false;
            } else dur = draw(rng, q, reworking && step === 0 ? stepReworkTab[j] : stepTab[j]);
            const exit = enter + dur;
            if (recording) {
              const r = run * last + step;
              if (rec!.stepDeadline[r] === NONE && w !== NONE) rec!.stepDeadline[r] = enter + w;
              rec!.stepExit[r] = exit;
              if (w !== NONE && dur > w) rec!.stepLate[r] = 1;
            }
            const back = stepReturn[j];
            if (back >= 0 && returns < maxReturns && p16Return > 0 && chance(rng, p16Return)) {
              returns++;
              reworking = true;
              if (trace) trace.push({ type: "returned", date: exit });
              step = back;
              enter = exit;
              continue;
            }
            const nx = stepNext[j];
            if (nx < 0) {
              approved = exit;
              if (trace) trace.push({ type: "approved", date: exit });
              break;
            }
            if (trace) trace.push({ type: "submitted", date: exit });
            step = nx;
            enter = exit;
          }
          if (recording) {
            rec!.approved[run] = approved;
            rec!.approvedDeadline[run] = deadline;
          }
        } else approved = approved0[i];
        iss = approved + (ph === Phase.Approved ? drawAfter(rng, q, issueTab, issueLo[i], asOf - approved, overdueTab) : draw(rng, q, issueTab));
        if (trace) trace.push({ type: "issued", date: iss });
      }
      issuedRun[i] = iss;
      let dis: number;
      if (ph >= Phase.Implementing) dis = dissem0[i];
      else if (dissByIssue[i]) dis = iss;
      else if (ph === Phase.Issued) dis = iss + drawAfter(rng, q, dissemTab, dissemLo[i], asOf - iss, overdueTab);
      else dis = iss + draw(rng, q, dissemTab);
      if (ph < Phase.Implementing && trace) trace.push({ type: "disseminated", date: dis });
      dissemRun[i] = dis;
      if (recording) {
        rec!.issued[run] = iss;
        rec!.disseminated[run] = dis;
      }
    }
  }

  /** Pass 2: reports and reviews (children first). */
  private bottomUp(run: number, rng: Rng, out: Scratch, rec: Recording | undefined, trace: TraceEvent[] | undefined): void {
    const { n, q, asOf } = this;
    const { phase, childStart, childList, reportTab, reviewTab, overdueTab, compile } = this;
    const { seriesBase, seriesCount, seriesMonths, seriesDays, seriesDueDay, repBase, repCap, reported0, lastReported0, end } = this;
    const { reviewBy, reviewHeld } = this;
    const { base: mBase, ym, dom, first: mFirst, len: mLen } = this.months;
    const { issuedRun, dissemRun, repCount, repDue, repDel, reviewDel, agg, aggFrom } = out;
    const { reportRuns, reportLate, culpritRuns, culpritMark, reviewRuns, reviewOnTime } = out;
    const mDays = ym.length;
    const mMonths = mFirst.length;
    for (let i = n - 1; i >= 0; i--) {
      if (phase[i] === Phase.Closed) {
        repCount[i] = 0;
        continue;
      }
      const iss = issuedRun[i];
      const dis = dissemRun[i];
      const rb = repBase[i];
      const e = end[i];
      const cap = repCap[i];
      // The instances of every series, merged in due order (ties: series order).
      let cnt = 0;
      const sb = seriesBase[i];
      const sc = seriesCount[i];
      const issIdx = iss - mBase;
      for (let s = 0; s < sc && iss <= e && issIdx >= 0 && issIdx < mDays; s++) {
        const months = seriesMonths[sb + s];
        const days = seriesDays[sb + s];
        const dd = seriesDueDay[sb + s];
        for (let k = 1; cnt < cap; k++) {
          // addMonths(iss, months × k) + days × k, from the month table
          let mark = iss;
          if (months) {
            const m = ym[issIdx] + months * k;
            if (m >= mMonths) break;
            const d0 = dom[issIdx];
            mark = mFirst[m] + (d0 < mLen[m] ? d0 : mLen[m]) - 1;
          }
          mark += days * k;
          if (mark > e) break;
          let due = mark;
          if (dd) {
            const mi = mark - mBase;
            if (mi >= mDays) break;
            let m = ym[mi];
            due = mFirst[m] + (dd < mLen[m] ? dd : mLen[m]) - 1;
            if (due < mark) {
              m++;
              if (m >= mMonths) break;
              due = mFirst[m] + (dd < mLen[m] ? dd : mLen[m]) - 1;
            }
          }
          if (due > e) break;
          let p = rb + cnt;
          while (p > rb && repDue[p - 1] > due) {
            repDue[p] = repDue[p - 1];
            p--;
          }
          repDue[p] = due;
          cnt++;
        }
      }
      repCount[i] = cnt;
      const firstK = reported0[i];
      if (cnt > firstK) {
        // The children's arrivals for each instance of this document.
        for (let k = firstK; k < cnt; k++) {
          agg[k] = NONE;
          aggFrom[k] = -1;
        }
        for (let c = childStart[i]; c < childStart[i + 1]; c++) {
          const child = childList[c];
          const cb = repBase[child];
          const cc = repCount[child];
          const cf = reported0[child];
          if (cc <= cf) continue;
          let j = cf;
          for (let k = firstK; k < cnt; k++) {
            const due = repDue[rb + k];
            const prevDue = k > 0 ? repDue[rb + k - 1] : iss;
            while (j < cc && repDue[cb + j] <= due) j++;
            if (j - 1 >= cf && repDue[cb + j - 1] > prevDue) {
              const arrival = repDel[cb + j - 1] + compile;
              if (arrival > agg[k]) {
                agg[k] = arrival;
                aggFrom[k] = child;
              }
            }
          }
        }
        let prev = lastReported0[i];
        if (dis > prev) prev = dis;
        for (let k = firstK; k < cnt; k++) {
          const due = repDue[rb + k];
          const own = due + drawOffset(rng, q, reportTab, asOf - due, overdueTab);
          let ready = own > prev ? own : prev;
          if (ready <= asOf) ready = asOf + 1;
          const del = agg[k] > ready ? agg[k] : ready;
          repDel[rb + k] = del;
          prev = del;
          reportRuns[i]++;
          if (del > due) {
            reportLate[i]++;
            const from = aggFrom[k];
            if (from >= 0 && agg[k] > ready && culpritMark[from] !== run) {
              culpritMark[from] = run;
              culpritRuns[from]++;
            }
          }
          if (trace && i === 0) trace.push({ type: "reported", date: del });
        }
      }
      if (rec !== undefined && i === 0) {
        rec.reportCount[run] = cnt;
        const rc = rec.reportCap;
        for (let k = 0; k < cnt && k < rc; k++) {
          rec.reportDue[run * rc + k] = repDue[rb + k];
          rec.reportDelivered[run * rc + k] = k >= firstK ? repDel[rb + k] : NONE;
        }
      }

      // Reviews: preliminary (0) then final (1). A child's review of the same kind whose `by`
      // is before the parent's must arrive first.
      let prelim = NONE;
      for (let kind = 0; kind < 2; kind++) {
        const x = 2 * i + kind;
        reviewDel[x] = NONE;
        const by = reviewBy[x];
        if (by === NONE || reviewHeld[x]) continue;
        if (kind === 0 && reviewHeld[2 * i + 1]) continue;
        let ready = by + drawOffset(rng, q, reviewTab, asOf - by, overdueTab);
        if (ready < dis) ready = dis;
        if (kind === 1 && prelim !== NONE && ready < prelim) ready = prelim;
        if (ready <= asOf) ready = asOf + 1;
        let aggR = NONE;
        let fromR = -1;
        for (let c = childStart[i]; c < childStart[i + 1]; c++) {
          const cx = 2 * childList[c] + kind;
          if (reviewDel[cx] === NONE || reviewBy[cx] >= by) continue;
          const arrival = reviewDel[cx] + compile;
          if (arrival > aggR) {
            aggR = arrival;
            fromR = childList[c];
          }
        }
        const del = aggR > ready ? aggR : ready;
        reviewDel[x] = del;
        if (kind === 0) prelim = del;
        reviewRuns[x]++;
        if (del <= by) reviewOnTime[x]++;
        else if (fromR >= 0 && aggR > ready && culpritMark[fromR] !== run) {
          culpritMark[fromR] = run;
          culpritRuns[fromR]++;
        }
        if (trace && i === 0) trace.push({ type: kind === 0 ? "reviewed preliminary" : "reviewed final", date: del });
      }
      if (rec !== undefined && i === 0) {
        rec.review[run * 2] = reviewDel[0];
        rec.review[run * 2 + 1] = reviewDel[1];
      }
    }
  }
}

/** Per-run working arrays and the counters that become the result. */
interface Scratch {
  issuedRun: Int32Array;
  dissemRun: Int32Array;
  repCount: Int32Array;
  repDue: Int32Array;
  repDel: Int32Array;
  reviewDel: Int32Array;
  agg: Int32Array;
  aggFrom: Int32Array;
  reportRuns: Int32Array;
  reportLate: Int32Array;
  culpritRuns: Int32Array;
  culpritMark: Int32Array;
  reviewRuns: Int32Array;
  reviewOnTime: Int32Array;
}

/**
 * Random draws: 16-bit uniforms from a buffer refilled by mulberry32 (each 32-bit output gives
 * two; one refill per RANDOM_BUFFER draws). 16 bits are plenty: a table index takes 10 of them.
 */
interface Rng {
  buf: Uint16Array;
  i: number;
  state: Int32Array;
}

const RANDOM_BUFFER = 8192;

function newRng(seed: number): Rng {
  const rng: Rng = { buf: new Uint16Array(RANDOM_BUFFER), i: 0, state: Int32Array.of(seed | 0) };
  refill(rng.buf, rng.state);
  return rng;
}

/** Fills `buf` with 16-bit uniforms from mulberry32, whose state is `state[0]`. */
function refill(buf: Uint16Array, state: Int32Array): void {
  let a = state[0];
  for (let i = 0; i < buf.length; i += 2) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    t ^= t >>> 14;
    buf[i] = t & 0xffff;
    buf[i + 1] = t >>> 16;
  }
  state[0] = a;
}

/** A uniform integer in [0, 65536). */
function bits16(rng: Rng): number {
  if (rng.i === RANDOM_BUFFER) {
    refill(rng.buf, rng.state);
    rng.i = 0;
  }
  return rng.buf[rng.i++];
}

const SHIFT = 6; // 65536 / TABLE_SIZE = 2^6

/** Whether an event of probability p (given as p × 65536) happens. */
function chance(rng: Rng, p16: number): boolean {
  return bits16(rng) < p16;
}

/** A draw from the quantile table at `off`. */
function draw(rng: Rng, q: Int32Array, off: number): number {
  return q[off + (bits16(rng) >>> SHIFT)];
}

/** A draw from the table at `off` conditioned on > `elapsed` (`lo` = its entries ≤ elapsed); past the table: overdue. */
function drawAfter(rng: Rng, q: Int32Array, off: number, lo: number, elapsed: number, overdueTab: number): number {
  return lo >= TABLE_SIZE ? elapsed + 1 + draw(rng, q, overdueTab) : q[off + lo + ((bits16(rng) * (TABLE_SIZE - lo)) >>> 16)];
}

/** A report or review's offset from its due date, given it has not happened by as-of (`elapsed` = as-of − due). */
function drawOffset(rng: Rng, q: Int32Array, off: number, elapsed: number, overdueTab: number): number {
  if (elapsed < q[off]) return draw(rng, q, off);
  // Already overdue at the start: it takes the `overdue` distribution's time from then on.
  if (elapsed > 0) return elapsed + 1 + draw(rng, q, overdueTab);
  return drawAfter(rng, q, off, countAtMost(q, off, elapsed), elapsed, overdueTab);
}

/** Same-day events in the order the lifecycle takes them (traces are sorted by date, then this). */
const ORDER: Record<TraceEvent["type"], number> = {
  submitted: 0,
  returned: 0,
  approved: 1,
  issued: 2,
  disseminated: 3,
  reported: 4,
  "reviewed preliminary": 5,
  "reviewed final": 6,
};
