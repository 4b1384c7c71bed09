// Sharing a simulation's runs between threads. Every run has its own random stream (seeded from
// the seed and the run's number), so which thread runs which run changes nothing: the counters
// are sums, and document 0's recording is written at each run's index. Threads take blocks of
// runs from a shared counter, so a thread the machine's other load slows down simply takes fewer.
//
// The call stays synchronous (the CLI, the server and the tests call `simulateCascade` as a
// function): the workers write into SharedArrayBuffers and this thread waits with Atomics.wait
// after doing its own share. A worker's program is the source text of `runnerProgram`
// (kernel-run.ts) and `duesProgram` (kernel-dues.ts), given the layout constants
// (kernel-layout.ts) as data, so nothing extra has to be built or shipped. Whatever goes wrong with a worker
// (it cannot start, throws, or stops making progress), its runs are redone here: the result is
// the same, only slower.
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import type { KernelData } from "./kernel-compile.js";
import { duesProgram } from "./kernel-dues.js";
import { KERNEL_LAYOUT, Runner, runnerProgram, type Recording } from "./kernel-run.js";

/** Runs per block taken from the shared counter. */
const BLOCK = 16;
/** Below this much work (documents × runs, ≈ 0.2 s on one thread) starting a worker (~50 ms) does not pay. */
const MIN_WORK = 4_000_000;
/** At most this many threads. */
const MAX_THREADS = 8;
/** A worker that completes no block for this long is given up on (its runs are redone here). */
const STALL_MS = 60_000;

const PENDING = 0;
const RUNNING = 1;
const DONE = 2;
const FAILED = 3;
const CANCELLED = 4;

export interface Counters {
  reportRuns: Int32Array;
  reportLate: Int32Array;
  culpritRuns: Int32Array;
  reviewRuns: Int32Array;
  reviewOnTime: Int32Array;
}

const COUNTERS = ["reportRuns", "reportLate", "culpritRuns", "reviewRuns", "reviewOnTime"] as const;

/**
 * How many threads for this much work: `requested` if given; else, when the work is large, this
 * one and one per idle core. Idle, not all: on a busy machine a second thread gets no more CPU
 * (Linux shares CPU between sessions, not threads, by default: autogroup) and only adds its
 * start-up and warm-up (~20% more CPU time in all, measured on the 2-core benchmark machine under
 * load 7: 2 threads took longer than 1). The 1-minute load average says how busy (0 on Windows:
 * every core).
 */
export function threadsFor(work: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(MAX_THREADS, Math.floor(requested)));
  if (work < MIN_WORK) return 1;
  const cores = availableParallelism();
  const idle = Math.floor(cores - loadavg()[0]);
  return Math.max(1, Math.min(MAX_THREADS, cores, 1 + idle));
}

// The worker: claims the run state (a worker that starts after this thread gave up on it does
// nothing), runs blocks until none are left, publishes its counters. `new Function` compiles the
// program inside the try, so even a compile error is reported through `state`. tsx compiles with
// keepNames, so under tsx the program calls esbuild's `__name` helper; the bundles do not.
const WORKER_SOURCE = `
const { workerData: w } = require("node:worker_threads");
const state = w.state;
if (Atomics.compareExchange(state, 0, ${PENDING}, ${RUNNING}) === ${PENDING}) {
  try {
    const program = new Function("__name", "layout", "return (" + w.runner + ")((" + w.dues + ")(), layout);")((f) => f, w.layout);
    const runner = new program.Runner(w.data);
    for (;;) {
      const block = Atomics.add(w.next, 0, 1);
      const from = block * ${BLOCK};
      if (from >= w.runs) break;
      Atomics.store(w.owner, block, w.id);
      runner.runRange(w.seed, from, Math.min(w.runs, from + ${BLOCK}), w.rec);
      Atomics.add(state, 1, 1);
    }
    for (const k of ${JSON.stringify(COUNTERS)}) w.out[k].set(runner[k]);
    Atomics.store(state, 0, ${DONE});
  } catch (e) {
    Atomics.store(state, 0, ${FAILED});
  }
  Atomics.notify(state, 0);
}
`;

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)));
}

interface Job {
  id: number;
  /** [state, blocks completed]. */
  state: Int32Array;
  out: Counters;
  worker: Worker;
}

/** Whether the worker finished (false: it failed or stopped making progress; its runs must be redone). */
function finished(job: Job): boolean {
  const { state } = job;
  let progress = Atomics.load(state, 1);
  let since = performance.now();
  for (;;) {
    const s = Atomics.load(state, 0);
    if (s === DONE) return true;
    if (s !== RUNNING) return false;
    Atomics.wait(state, 0, RUNNING, 1000);
    const p = Atomics.load(state, 1);
    if (p !== progress) {
      progress = p;
      since = performance.now();
    } else if (performance.now() - since > STALL_MS && Atomics.compareExchange(state, 0, RUNNING, CANCELLED) === RUNNING) return false;
  }
}

/**
 * Runs [0, runs) on `threads` threads (this one included) and returns the summed counters (and
 * how many threads contributed: fewer than asked when a worker failed);
 * `rec` (document 0's recording, in SharedArrayBuffers: see `newRecording`) is filled at each
 * run's index.
 */
export function runOnThreads(data: KernelData, seed: number, runs: number, rec: Recording | undefined, threads: number, awaitWorkers = false): Counters & { threads: number } {
  const n = data.n;
  const next = sharedInt32(1);
  /** Which thread ran each block (-1: claimed, owner not yet written). */
  const owner = sharedInt32(Math.ceil(runs / BLOCK)).fill(-1);
  const sources = { runner: runnerProgram.toString(), dues: duesProgram.toString(), layout: KERNEL_LAYOUT };
  const jobs: Job[] = [];
  for (let id = 1; id < threads; id++) {
    const state = sharedInt32(2);
    const out: Counters = { reportRuns: sharedInt32(n), reportLate: sharedInt32(n), culpritRuns: sharedInt32(n), reviewRuns: sharedInt32(2 * n), reviewOnTime: sharedInt32(2 * n) };
    try {
      // execArgv: none of the parent's (under tsx, `--import tsx` would load a TypeScript loader the plain-JavaScript program does not need).
      const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { id, state, next, owner, ...sources, data, seed, runs, rec, out } });
      worker.on("error", () => {}); // reported through `state`; an unhandled 'error' event would end the process
      worker.unref();
      jobs.push({ id, state, out, worker });
    } catch {
      // No worker (e.g. thread limits): this thread runs everything.
    }
  }
  if (awaitWorkers) for (const job of jobs) Atomics.wait(job.state, 0, PENDING, STALL_MS);
  const runner = new Runner(data);
  for (;;) {
    const block = Atomics.add(next, 0, 1);
    const from = block * BLOCK;
    if (from >= runs) break;
    Atomics.store(owner, block, 0);
    runner.runRange(seed, from, Math.min(runs, from + BLOCK), rec);
  }
  const done: Job[] = [];
  for (const job of jobs) {
    // Never started: it claimed nothing and now never will.
    if (Atomics.compareExchange(job.state, 0, PENDING, CANCELLED) === PENDING) void job.worker.terminate();
    else if (finished(job)) done.push(job);
    else void job.worker.terminate();
  }
  // The blocks of workers that did not finish (or died between claiming a block and saying so).
  const counted = new Set([0, ...done.map((j) => j.id)]);
  for (let block = 0; block < owner.length; block++) {
    if (!counted.has(Atomics.load(owner, block))) runner.runRange(seed, block * BLOCK, Math.min(runs, (block + 1) * BLOCK), rec);
  }
  const total: Counters = {
    reportRuns: Int32Array.from(runner.reportRuns),
    reportLate: Int32Array.from(runner.reportLate),
    culpritRuns: Int32Array.from(runner.culpritRuns),
    reviewRuns: Int32Array.from(runner.reviewRuns),
    reviewOnTime: Int32Array.from(runner.reviewOnTime),
  };
  for (const job of done) {
    for (const k of COUNTERS) {
      const sum = total[k];
      const part = job.out[k];
      for (let i = 0; i < sum.length; i++) sum[i] += part[i];
    }
  }
  return { ...total, threads: 1 + done.length };
}
