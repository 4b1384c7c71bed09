// The kernel's run loop: Monte Carlo runs of compiled documents (kernel-compile.ts).
//
// Everything a run executes is inside one function, `runnerProgram` (and `duesProgram`, which it
// receives), that uses nothing from outside itself: its source text is also the program of the
// worker threads that share the runs of a large simulation (kernel-workers.ts). A worker thread
// needs a file or a source string; this way the same code runs in the bundles (dist/cli.cjs,
// dist/server.cjs), under tsx and in benchmarks without a separate worker entry to build and
// ship. So: no imports used inside, only types; the layout constants it shares with the compiler
// (kernel-layout.ts) come in as an argument.
//
// Per run, two passes:
// 1. top-down (parents before children): approval steps (with `returned`), issuance,
//    dissemination. A draft with no known start begins at max(as-of, its parent's issuance); such
//    a fresh draft draws issuance − start in one number (kernel-lag.ts). Then where this run's due
//    dates are (kernel-dues.ts: looked up by issuance day), and, for a document without children
//    (nearly all of them), its reports and reviews: it waits for no one.
// 2. bottom-up over the documents with children (children before parents): reports and reviews.
//    A parent's report of a period is delivered no earlier than `compileDays` after the last of
//    its children's reports of the same period arrives (the child report due latest in (parent's
//    previous due, parent's due]); the same for reviews of the same kind whose `by` is not after
//    the parent's.
//
// Every run has its own random stream, seeded from (seed, run): a run's result does not depend
// on which runs came before, so runs can be split between threads and the results merged, the
// same whatever the split.
//
// Speed (nationwide cascade: ~45-50 ns per document per run on the benchmark machine, from ~200):
// the loop is bound by cache misses and branches, not arithmetic. So: one packed Int32Array per
// document (`doc`, D_* fields) and one per run (`now`, R_* fields) instead of a typed array per
// field (optimised code checks one array per document rather than fifteen and spills fewer
// registers); small tables (lag tables of 1024 entries, due-table slots as adjacent pairs);
// random numbers kept int32 (no float conversions); calls (due-table fills, traces, reviews) off
// the hot paths.
import type { KernelData } from "./kernel-compile.js";
import { duesProgram } from "./kernel-dues.js";
import * as LAYOUT from "./kernel-layout.js";

export type KernelLayout = typeof LAYOUT;

export interface KernelOptions {
  seed: number;
  runs: number;
  /** Record per-run dates of document 0 (milestone statistics). */
  record: boolean;
  /** Collect the events of document 0 for the first N runs (tests replay them through XState; runs on one thread). */
  traceRuns?: number;
  /** Threads to share the runs (default: as many as the machine has when the work is large, else 1). */
  threads?: number;
  /** Testing: wait until the workers have started before taking runs (else a small job is over before they start). */
  awaitWorkers?: boolean;
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
  /** Threads that ran the runs. */
  threads: number;
}

/** The layout constants, as a plain object (what the workers receive). */
export const KERNEL_LAYOUT: KernelLayout = { ...LAYOUT };

export function runnerProgram(dues: ReturnType<typeof duesProgram>, layout: KernelLayout) {
  const { DueTables } = dues;

  const {
    NONE,
    TABLE_SIZE,
    TABLE_SHIFT,
    LAG_SHIFT,
    PHASE_APPROVAL,
    PHASE_APPROVED,
    PHASE_ISSUED,
    PHASE_IMPLEMENTING,
    DOC_STRIDE,
    D_LAG,
    D_PARENT,
    D_FLAGS,
    D_FIRST_K,
    D_REP_BASE,
    D_LAST_REPORTED,
    D_CHILD0,
    D_CHILD1,
    D_SCHED,
    D_SCHED_LAST,
    D_SLOT_SHIFT,
    D_SLOT0,
    F_DISSEMINATED_BY_ISSUANCE,
    F_REVIEWS,
    F_FIXED,
  } = layout;

  /**
   * One sfc32 stream per run, its state in an Int32Array [a, b, c, d], seeded from (seed, run)
   * alone. sfc32 rather than mulberry32: a run of the nationwide cascade takes ~100,000 numbers,
   * and 10,000 runs started at random points of mulberry32's single 2^32 cycle would overlap
   * (thousands of pairs); sfc32's 128-bit state with the run in its counter `d` keeps every
   * run's stream distinct.
   */
  function seedRun(state: Int32Array, seed: number, run: number): void {
    const h = fmix32((seed | 0) ^ fmix32((run + 0x9e3779b9) | 0));
    state[0] = h;
    state[1] = fmix32(h ^ 0x85ebca6b);
    state[2] = fmix32(h ^ 0xc2b2ae35);
    state[3] = run | 0;
    for (let i = 0; i < 15; i++) nextInt(state); // sfc32's authors discard the first outputs after seeding
  }

  /** murmur3's finaliser: a 32-bit bijection that mixes every bit into every other. */
  function fmix32(x: number): number {
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) | 0;
  }

  /**
   * The next 32 uniform bits of an sfc32 stream, as an int32 (small enough for V8 to inline; int32
   * rather than uint32 so that optimised code never converts to floating point). `x >>> k` is a
   * uniform integer below 2^(32−k).
   */
  function nextInt(s: Int32Array): number {
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t;
  }

  /** How many entries of the table at `offset` are ≤ `value` (for sampling conditioned on > value). */
  function countAtMost(values: Int32Array, offset: number, value: number): number {
    let lo = 0;
    let hi = TABLE_SIZE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[offset + mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** An empty recording of `runs` runs of document 0; `shared`: in SharedArrayBuffers (worker threads write into it). */
  function newRecording(data: KernelData, runs: number, shared: boolean): Recording {
    const sc = data.steps0;
    const cap = data.n ? data.repCap[0] : 0;
    const int32 = (length: number, fill: number) => {
      const a = shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length);
      return fill ? a.fill(fill) : a;
    };
    return {
      stepCount: sc,
      stepExit: int32(runs * sc, NONE),
      stepDeadline: int32(runs * sc, NONE),
      stepLate: shared ? new Uint8Array(new SharedArrayBuffer(runs * sc)) : new Uint8Array(runs * sc),
      approved: int32(runs, NONE),
      approvedDeadline: int32(runs, NONE),
      issued: int32(runs, NONE),
      disseminated: int32(runs, NONE),
      reportCap: cap,
      reportCount: int32(runs, 0),
      reportDue: int32(runs * cap, NONE),
      reportDelivered: int32(runs * cap, NONE),
      review: int32(runs * 2, NONE),
    };
  }

  /** Per document per run, RUN_STRIDE ints: issuance, dissemination, offset and count of its due dates in the due pool. */
  const RUN_STRIDE = 4;
  const R_ISSUED = 0;
  const R_DISSEMINATED = 1;
  const R_DUE_OFF = 2;
  const R_DUE_COUNT = 3;

  /** Runs [from, to) of a compiled kernel: its scratch arrays, counters and due tables. */
  class Runner {
    private readonly d: KernelData;
    private readonly dues: InstanceType<typeof DueTables>;
    private readonly rng = new Int32Array(4);
    /** Per document (RUN_STRIDE): this run's dates and due dates. */
    private readonly now: Int32Array;
    /** Per report instance (the documents' slots): when this run delivered it. */
    private readonly repDel: Int32Array;
    private readonly reviewDel: Int32Array;
    private readonly agg: Int32Array;
    private readonly aggFrom: Int32Array;
    private readonly culpritMark: Int32Array;
    /** The documents with children, children first (pass 2 visits only these). */
    private readonly parents: Int32Array;
    /** The counters of every run so far (KernelResult's). */
    readonly reportRuns: Int32Array;
    readonly reportLate: Int32Array;
    readonly culpritRuns: Int32Array;
    readonly reviewRuns: Int32Array;
    readonly reviewOnTime: Int32Array;

    constructor(data: KernelData) {
      const n = data.n;
      this.d = data;
      this.dues = new DueTables(data);
      let maxCap = 1;
      for (let i = 0; i < n; i++) if (data.repCap[i] > maxCap) maxCap = data.repCap[i];
      this.now = new Int32Array(n * RUN_STRIDE);
      // Documents whose issuance and dissemination are history: the same in every run.
      for (let i = 0; i < n; i++) {
        if (!(data.doc[i * DOC_STRIDE + D_FLAGS] & F_FIXED)) continue;
        this.now[i * RUN_STRIDE + R_ISSUED] = data.issued0[i];
        this.now[i * RUN_STRIDE + R_DISSEMINATED] = data.dissem0[i];
      }
      this.repDel = new Int32Array(Math.max(1, data.totalReports));
      this.reviewDel = new Int32Array(2 * n).fill(NONE);
      this.agg = new Int32Array(maxCap);
      this.aggFrom = new Int32Array(maxCap);
      this.culpritMark = new Int32Array(n).fill(-1);
      const parents: number[] = [];
      for (let i = n - 1; i >= 0; i--) if (data.doc[i * DOC_STRIDE + D_CHILD0] !== data.doc[i * DOC_STRIDE + D_CHILD1]) parents.push(i);
      this.parents = Int32Array.from(parents);
      this.reportRuns = new Int32Array(n);
      this.reportLate = new Int32Array(n);
      this.culpritRuns = new Int32Array(n);
      this.reviewRuns = new Int32Array(2 * n);
      this.reviewOnTime = new Int32Array(2 * n);
    }

    /**
     * Adds runs [from, to) to the counters. `rec` (indexed by run) gets document 0's dates;
     * `traces`, when given, the events of document 0 in each of these runs.
     */
    runRange(seed: number, from: number, to: number, rec: Recording | undefined, traces?: TraceEvent[][]): void {
      const n = this.d.n;
      // One call per pass per run: each pass is optimised with feedback from whole earlier runs
      // (a single loop over all runs would be compiled on-stack mid-run and deoptimise on the
      // branches it had not seen yet).
      for (let run = from; run < to; run++) {
        seedRun(this.rng, seed, run);
        const trace: TraceEvent[] | undefined = traces ? [] : undefined;
        this.topDown(run, rec, trace);
        this.bottomUp(run);
        if (n > 0) this.recordFirst(run, rec, trace);
        if (trace) traces!.push(trace.sort((a, b) => a.date - b.date || ORDER[a.type] - ORDER[b.type]));
      }
    }

    /**
     * Pass 1 (parents first): issuance and dissemination, then where this run's due dates are;
     * for a document without children, its reports and reviews too. `r`: the run (its index in
     * the recording).
     */
    private topDown(r: number, rec: Recording | undefined, trace: TraceEvent[] | undefined): void {
      const { n, q, asOf, doc, lagQ, dissemTab, reportTab, overdueTab } = this.d;
      const { now, rng, dues, repDel, reportRuns, reportLate } = this;
      const dueSlots = dues.slots;
      for (let i = 0; i < n; i++) {
        const b = i * DOC_STRIDE;
        const x = i * RUN_STRIDE;
        const lt = doc[b + D_LAG];
        let iss: number;
        if (lt >= 0) {
          // A fresh draft: starts when its parent is issued (or on as-of); issuance − start in one draw.
          const p = doc[b + D_PARENT];
          let start = asOf;
          if (p >= 0) {
            const parentIssued = now[p * RUN_STRIDE + R_ISSUED];
            if (parentIssued > start) start = parentIssued;
          }
          iss = start + lagQ[lt + (nextInt(rng) >>> LAG_SHIFT)];
          now[x + R_ISSUED] = iss;
          now[x + R_DISSEMINATED] = doc[b + D_FLAGS] & F_DISSEMINATED_BY_ISSUANCE ? iss : iss + q[dissemTab + (nextInt(rng) >>> TABLE_SHIFT)];
        } else if (doc[b + D_FLAGS] & F_FIXED) iss = now[x + R_ISSUED];
        else iss = this.stepByStep(i, r, i === 0 ? rec : undefined, i === 0 ? trace : undefined);
        // This run's due dates: looked up by issuance day (filled the first time a run needs them).
        let off = 0;
        let cnt = 0;
        const id = doc[b + D_SCHED];
        if (id >= 0 && iss <= doc[b + D_SCHED_LAST]) {
          const slot = iss + doc[b + D_SLOT_SHIFT];
          if (slot < doc[b + D_SLOT0]) throw new Error("simulated issuance before as-of");
          off = dueSlots[2 * slot];
          if (off < 0) off = dues.fill(id, slot);
          cnt = dueSlots[2 * slot + 1];
        }
        now[x + R_DUE_OFF] = off;
        now[x + R_DUE_COUNT] = cnt;
        if (doc[b + D_CHILD0] !== doc[b + D_CHILD1]) continue;
        // A document without children (10,000 of the nationwide cascade's 10,829) waits for no
        // one: its reports and reviews now, while its data is at hand, rather than in pass 2.
        const firstK = doc[b + D_FIRST_K];
        if (cnt > firstK) {
          const pool = dues.pool; // after any fill above
          const rb = doc[b + D_REP_BASE];
          const dis = now[x + R_DISSEMINATED];
          let prev = doc[b + D_LAST_REPORTED];
          if (dis > prev) prev = dis;
          let late = 0;
          for (let k = firstK; k < cnt; k++) {
            const due = pool[off + k];
            const own = due + drawOffset(rng, q, reportTab, asOf - due, overdueTab);
            let del = own > prev ? own : prev;
            if (del <= asOf) del = asOf + 1;
            repDel[rb + k] = del;
            prev = del;
            if (del > due) late++;
          }
          reportRuns[i] += cnt - firstK;
          reportLate[i] += late;
        }
        if (doc[b + D_FLAGS] & F_REVIEWS) this.reviews(i, r);
      }
    }

    /** Approval step by step (with `returned`), issuance and dissemination of document i; returns its issuance. */
    private stepByStep(i: number, r: number, rec: Recording | undefined, trace: TraceEvent[] | undefined): number {
      const { q, asOf, phase: phases, stepNow, entered, approved0, issued0, dissem0, dissByIssue, parent } = this.d;
      const { stepBase, stepCount, stepNext, stepReturn, stepTab, stepReworkTab, stepWithin, withinRest, curLo } = this.d;
      const { issueTab, issueLo, dissemTab, dissemLo, overdueTab, p30Return, maxReturns } = this.d;
      const { now, rng } = this;
      const ph = phases[i];
      let iss: number;
      if (ph >= PHASE_ISSUED) iss = issued0[i];
      else {
        let approved: number;
        if (ph === PHASE_APPROVAL) {
          const sb = stepBase[i];
          const last = stepCount[i];
          let step = stepNow[i];
          let enter = entered[i];
          let conditioned = enter !== NONE;
          if (!conditioned) {
            enter = asOf;
            const p = parent[i];
            if (p >= 0 && now[p * RUN_STRIDE + R_ISSUED] > enter) enter = now[p * RUN_STRIDE + R_ISSUED];
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
            if (rec) {
              const x = r * last + step;
              if (rec.stepDeadline[x] === NONE && w !== NONE) rec.stepDeadline[x] = enter + w;
              rec.stepExit[x] = exit;
              if (w !== NONE && dur > w) rec.stepLate[x] = 1;
            }
            const back = stepReturn[j];
            if (back >= 0 && returns < maxReturns && p30Return > 0 && nextInt(rng) >>> 2 < p30Return) {
              returns++;
              reworking = true;
              trace?.push({ type: "returned", date: exit });
              step = back;
              enter = exit;
              continue;
            }
            const nx = stepNext[j];
            if (nx < 0) {
              approved = exit;
              trace?.push({ type: "approved", date: exit });
              break;
            }
            trace?.push({ type: "submitted", date: exit });
            step = nx;
            enter = exit;
          }
          if (rec) {
            rec.approved[r] = approved;
            rec.approvedDeadline[r] = deadline;
          }
        } else approved = approved0[i];
        iss = approved + (ph === PHASE_APPROVED ? drawAfter(rng, q, issueTab, issueLo[i], asOf - approved, overdueTab) : draw(rng, q, issueTab));
        trace?.push({ type: "issued", date: iss });
      }
      let dis: number;
      if (ph >= PHASE_IMPLEMENTING) dis = dissem0[i];
      else if (dissByIssue[i]) dis = iss;
      else if (ph === PHASE_ISSUED) dis = iss + drawAfter(rng, q, dissemTab, dissemLo[i], asOf - iss, overdueTab);
      else dis = iss + draw(rng, q, dissemTab);
      if (ph < PHASE_IMPLEMENTING) trace?.push({ type: "disseminated", date: dis });
      now[i * RUN_STRIDE + R_ISSUED] = iss;
      now[i * RUN_STRIDE + R_DISSEMINATED] = dis;
      if (rec) {
        rec.issued[r] = iss;
        rec.disseminated[r] = dis;
      }
      return iss;
    }

    /** Pass 2: reports and reviews of the documents with children (children first). `run`: the run's number (culprits count once per run). */
    private bottomUp(run: number): void {
      const { q, asOf, doc, childList, reportTab, overdueTab, compile } = this.d;
      const { now, repDel, agg, aggFrom, rng, parents } = this;
      const { reportRuns, reportLate, culpritRuns, culpritMark } = this;
      const pool = this.dues.pool; // filled by the top-down pass: stable here
      for (let t = 0; t < parents.length; t++) {
        const i = parents[t];
        const b = i * DOC_STRIDE;
        const x = i * RUN_STRIDE;
        const cnt = now[x + R_DUE_COUNT];
        const firstK = doc[b + D_FIRST_K];
        if (cnt > firstK) {
          const off = now[x + R_DUE_OFF];
          const rb = doc[b + D_REP_BASE];
          const dis = now[x + R_DISSEMINATED];
          let prev = doc[b + D_LAST_REPORTED];
          if (dis > prev) prev = dis;
          let late = 0;
          // The children's arrivals for each instance of this document.
          for (let k = firstK; k < cnt; k++) {
            agg[k] = NONE;
            aggFrom[k] = -1;
          }
          const iss = now[x + R_ISSUED];
          for (let c = doc[b + D_CHILD0]; c < doc[b + D_CHILD1]; c++) {
            const child = childList[c];
            const cx = child * RUN_STRIDE;
            const cc = now[cx + R_DUE_COUNT];
            const cf = doc[child * DOC_STRIDE + D_FIRST_K];
            if (cc <= cf) continue;
            const co = now[cx + R_DUE_OFF];
            const cb = doc[child * DOC_STRIDE + D_REP_BASE];
            let j = cf;
            for (let k = firstK; k < cnt; k++) {
              const due = pool[off + k];
              const prevDue = k > 0 ? pool[off + k - 1] : iss;
              while (j < cc && pool[co + j] <= due) j++;
              if (j - 1 >= cf && pool[co + j - 1] > prevDue) {
                const arrival = repDel[cb + j - 1] + compile;
                if (arrival > agg[k]) {
                  agg[k] = arrival;
                  aggFrom[k] = child;
                }
              }
            }
          }
          for (let k = firstK; k < cnt; k++) {
            const due = pool[off + k];
            const own = due + drawOffset(rng, q, reportTab, asOf - due, overdueTab);
            let ready = own > prev ? own : prev;
            if (ready <= asOf) ready = asOf + 1;
            const a = agg[k];
            const del = a > ready ? a : ready;
            repDel[rb + k] = del;
            prev = del;
            if (del > due) {
              late++;
              const from = aggFrom[k];
              if (from >= 0 && a > ready && culpritMark[from] !== run) {
                culpritMark[from] = run;
                culpritRuns[from]++;
              }
            }
          }
          reportRuns[i] += cnt - firstK;
          reportLate[i] += late;
        }
        if (doc[b + D_FLAGS] & F_REVIEWS) this.reviews(i, run);
      }
    }

    /** Document 0's reports and reviews of this run, into the recording and the trace (kept out of the passes' loops). */
    private recordFirst(r: number, rec: Recording | undefined, trace: TraceEvent[] | undefined): void {
      const cnt = this.now[R_DUE_COUNT];
      const off = this.now[R_DUE_OFF];
      const firstK = this.d.doc[D_FIRST_K];
      const rb = this.d.doc[D_REP_BASE];
      const pool = this.dues.pool;
      if (rec) {
        rec.reportCount[r] = cnt;
        const rc = rec.reportCap;
        for (let k = 0; k < cnt && k < rc; k++) {
          rec.reportDue[r * rc + k] = pool[off + k];
          rec.reportDelivered[r * rc + k] = k >= firstK ? this.repDel[rb + k] : NONE;
        }
        rec.review[r * 2] = this.reviewDel[0];
        rec.review[r * 2 + 1] = this.reviewDel[1];
      }
      if (trace) {
        for (let k = firstK; k < cnt; k++) trace.push({ type: "reported", date: this.repDel[rb + k] });
        if (this.reviewDel[0] !== NONE) trace.push({ type: "reviewed preliminary", date: this.reviewDel[0] });
        if (this.reviewDel[1] !== NONE) trace.push({ type: "reviewed final", date: this.reviewDel[1] });
      }
    }

    /**
     * Document i's reviews: preliminary (0) then final (1). A child's review of the same kind whose
     * `by` is before the parent's must arrive first.
     */
    private reviews(i: number, run: number): void {
      const { q, asOf, childStart, childList, reviewTab, overdueTab, compile, reviewBy, reviewHeld } = this.d;
      const { reviewDel, now, rng, reviewRuns, reviewOnTime, culpritRuns, culpritMark } = this;
      const dis = now[i * RUN_STRIDE + R_DISSEMINATED];
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
      }
    }
  }

  /** A draw from the quantile table at `off`. */
  function draw(rng: Int32Array, q: Int32Array, off: number): number {
    return q[off + (nextInt(rng) >>> TABLE_SHIFT)];
  }

  /** A draw from the table at `off` conditioned on > `elapsed` (`lo` = its entries ≤ elapsed); past the table: overdue. */
  function drawAfter(rng: Int32Array, q: Int32Array, off: number, lo: number, elapsed: number, overdueTab: number): number {
    return lo >= TABLE_SIZE ? elapsed + 1 + draw(rng, q, overdueTab) : q[off + lo + (((nextInt(rng) >>> 16) * (TABLE_SIZE - lo)) >>> 16)];
  }

  /** A report or review's offset from its due date, given it has not happened by as-of (`elapsed` = as-of − due). */
  function drawOffset(rng: Int32Array, q: Int32Array, off: number, elapsed: number, overdueTab: number): number {
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

  return { Runner, newRecording, seedRun, nextInt, countAtMost };
}

const program = runnerProgram(duesProgram(), KERNEL_LAYOUT);
export const Runner = program.Runner;
export const newRecording = program.newRecording;
export type Runner = InstanceType<typeof Runner>;
export const { seedRun, nextInt, countAtMost } = program;
