// The simulation kernel: Monte Carlo runs of one document or a whole cascade over plain typed
// arrays. The lifecycle's structure comes from the generated machine (the approval chain, where
// `returned` leads, what follows `approved`) and each document's starting point from replaying
// its history through it; the inner loop then only draws numbers and compares dates.
//
// Why not step XState in the loop: one `transition` costs ~30 µs, and a cascade of 11,000 plans
// over one year is ~10 events per plan per run, so 10,000 runs would take ~9 hours. Here a draw
// is one PRNG call and one table read. The tests replay traces of simulated runs through the
// XState machine to check that the kernel only takes transitions the machine allows, and check
// each fast path against the machine or the definition it replaces.
//
//   kernel-compile.ts  documents → typed arrays (once)     kernel-lag.ts   fresh drafts in one draw
//   kernel-run.ts      the run loop (self-contained)       kernel-dues.ts  due dates by issuance day
//   kernel-workers.ts  runs shared between threads         kernel-layout.ts  the arrays' layout, for both
import type { DelayModel } from "./delays.js";
import { compileKernel, type KernelData, type KernelDoc } from "./kernel-compile.js";
import { newRecording, Runner, type KernelOptions, type KernelResult, type TraceEvent } from "./kernel-run.js";
import { runOnThreads, threadsFor } from "./kernel-workers.js";

export { type KernelDoc, type StartPoint } from "./kernel-compile.js";
export { type KernelOptions, type KernelResult, type Recording, type TraceEvent } from "./kernel-run.js";
export { NONE } from "./kernel-layout.js";

/**
 * The compiled form of a set of documents (document 0 first; parents before children), ready
 * for any number of runs.
 */
export class Kernel {
  readonly data: KernelData;

  /** `fastDrafts: false` takes every draft step by step (to compare the two in tests). */
  constructor(docs: readonly KernelDoc[], delays: DelayModel, asOf: number, until: number, options: { record?: boolean; fastDrafts?: boolean } = {}) {
    this.data = compileKernel(docs, delays, asOf, until, { record: options.record ?? true, fastDrafts: options.fastDrafts });
  }

  get n(): number {
    return this.data.n;
  }

  /** Runs 0 .. runs − 1 (the same result however many threads share them). */
  run(options: KernelOptions): KernelResult {
    const { seed, runs } = options;
    const traceRuns = options.traceRuns ?? 0;
    const threads = traceRuns > 0 ? 1 : threadsFor(this.data.n * runs, options.threads);
    const rec = options.record && this.data.n > 0 ? newRecording(this.data, runs, threads > 1) : undefined;
    if (threads > 1) return { runs, ...runOnThreads(this.data, seed, runs, rec, threads, options.awaitWorkers), recording: rec, traces: [] };
    const runner = new Runner(this.data);
    const traces: TraceEvent[][] = [];
    const traced = Math.min(traceRuns, runs);
    if (traced) runner.runRange(seed, 0, traced, rec, traces);
    runner.runRange(seed, traced, runs, rec);
    const { reportRuns, reportLate, culpritRuns, reviewRuns, reviewOnTime } = runner;
    return { runs, reportRuns, reportLate, culpritRuns, reviewRuns, reviewOnTime, recording: rec, traces, threads: 1 };
  }
}
