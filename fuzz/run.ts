// The fuzz runner: `npm run fuzz -- --runs N [--seed S] [--only NAME,...] [--workers W] [--out DIR]`.
//
// Splits N inputs over the properties of fuzz/properties.ts by weight (the huge inputs run once
// each on top), runs them in worker threads, and counts per property: inputs tried, crashes,
// invariant violations, inputs slower than the bound proportional to their size, and hangs. A
// case is one fast-check sample from its own seed, so any case is reproduced by its seed alone;
// a failing case is shrunk (briefly) and written to DIR as JSON. A watchdog in the main thread
// terminates a worker whose case runs far past its bound, records the hang and carries on in a
// fresh worker. Exit code 0 only when nothing was found.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import fc from "fast-check";
import { InvariantError, timeBoundMs, type Violation } from "./invariants.js";
import { PROPERTIES, type FuzzProperty } from "./properties.js";

interface Chunk {
  prop: number;
  from: number;
  to: number;
}

type FromWorker =
  | { t: "ready" }
  | { t: "start"; prop: number; i: number; size: number }
  | { t: "done"; prop: number; i: number; ms: number; wall: number; size: number; edits: number; slow: boolean; violations: Violation[]; saved?: string }
  | { t: "chunk" }
  | { t: "fatal"; message: string };

interface Options {
  runs: number;
  seed: number;
  only?: string[];
  workers: number;
  out: string;
  chunk: number;
  /** Grace added to a case's time bound before the watchdog calls it a hang. */
  hangGraceMs: number;
}

/** The seed of case `i` of property `prop`: every case is reproducible on its own. */
export function caseSeed(seed: number, prop: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (prop + 1), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ i, 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h | 0;
}

function sample<T>(p: FuzzProperty<T>, seed: number, i: number): T {
  if (p.enumerate) return p.enumerate()[i];
  return fc.sample(p.arb, { seed, numRuns: 1 })[0];
}

function sizeOf(input: unknown): number {
  if (typeof input === "string") return input.length;
  if (input && typeof input === "object") {
    if ("text" in input && typeof input.text === "string") return input.text.length;
    if ("files" in input && Array.isArray(input.files)) return input.files.reduce((n: number, f: { text?: string }) => n + (f.text?.length ?? 0), 0);
    if (Array.isArray(input)) return input.reduce((n: number, x) => n + sizeOf(x), 0);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Worker: runs chunks of cases.

async function shrink(p: FuzzProperty, seed: number): Promise<unknown> {
  if (p.enumerate) return undefined;
  let budget = 300;
  const predicate = async (x: unknown): Promise<boolean> => {
    if (--budget < 0) return true; // stop shrinking
    const outcome = await p.run(x);
    if (outcome.violations.length) throw new InvariantError(outcome.violations);
    return true;
  };
  const details = await fc.check(fc.asyncProperty(p.arb, predicate), { seed, numRuns: 1 });
  return details.failed ? details.counterexample?.[0] : undefined;
}

async function workerMain(): Promise<void> {
  const port = parentPort!;
  const { seed, out } = workerData as { seed: number; out: string };
  const ready = new Set<number>();
  port.on("message", async (chunk: Chunk | "stop") => {
    if (chunk === "stop") {
      for (const i of ready) await PROPERTIES[i].teardown?.().catch(() => undefined);
      process.exit(0);
    }
    try {
      const p = PROPERTIES[chunk.prop];
      if (!ready.has(chunk.prop)) {
        await p.setup?.();
        ready.add(chunk.prop);
      }
      for (let i = chunk.from; i < chunk.to; i++) {
        const s = caseSeed(seed, chunk.prop, i);
        const w0 = performance.now();
        const input = sample(p, s, i);
        const size = sizeOf(input);
        port.postMessage({ t: "start", prop: chunk.prop, i, size } satisfies FromWorker);
        const t0 = performance.now();
        let outcome;
        try {
          outcome = await p.run(input);
        } catch (error) {
          outcome = { violations: [{ invariant: "crash", detail: `the property itself threw: ${error instanceof Error ? error.stack : String(error)}` }] };
        }
        const ms = outcome.ms ?? performance.now() - t0;
        const caseSize = outcome.size ?? size;
        const slow = Boolean(p.timed) && ms > timeBoundMs(caseSize);
        let saved: string | undefined;
        if (outcome.violations.length || slow) {
          const shrunk = outcome.violations.length ? await shrink(p, s).catch(() => undefined) : undefined;
          saved = join(out, `${p.name.replace(/\W+/g, "_")}-${s >>> 0}.json`);
          const clip = (x: unknown): unknown => JSON.parse(JSON.stringify(x ?? null, (_k, v) => (typeof v === "string" && v.length > 200_000 ? `${v.slice(0, 200_000)}…(${v.length} chars)` : v)));
          writeFileSync(saved, JSON.stringify({ property: p.name, seed: s, index: i, ms, size: caseSize, slow, violations: outcome.violations, input: clip(input), shrunk: clip(shrunk) }, null, 1));
        }
        port.postMessage({ t: "done", prop: chunk.prop, i, ms, wall: performance.now() - w0, size: caseSize, edits: outcome.edits ?? 0, slow, violations: outcome.violations.slice(0, 5), saved } satisfies FromWorker);
      }
      port.postMessage({ t: "chunk" } satisfies FromWorker);
    } catch (error) {
      port.postMessage({ t: "fatal", message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker);
    }
  });
  port.postMessage({ t: "ready" } satisfies FromWorker);
}

// ---------------------------------------------------------------------------------------------
// Main: plans the runs, feeds workers, watches for hangs, reports.

interface Stats {
  inputs: number;
  crashes: number;
  violations: number;
  byInvariant: Map<string, number>;
  slow: number;
  hangs: number;
  edits: number;
  maxMs: number;
  maxMsSize: number;
  chars: number;
  ms: number;
  /** Wall time of the worker on this property's cases (generation, run, checks), for the rate. */
  wall: number;
  examples: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 10_000, seed: 20260601, workers: 2, out: join(tmpdir(), "plancode-fuzz"), chunk: 200, hangGraceMs: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--runs") o.runs = Number(value());
    else if (a === "--seed") o.seed = Number(value());
    else if (a === "--only") o.only = value().split(",");
    else if (a === "--workers") o.workers = Math.max(1, Number(value()));
    else if (a === "--out") o.out = resolve(value());
    else if (a === "--chunk") o.chunk = Math.max(1, Number(value()));
    else if (a === "--hang-grace") o.hangGraceMs = Number(value());
    else if (a === "--list") {
      for (const p of PROPERTIES) console.log(`${p.name}\tweight ${p.weight}${p.enumerate ? ` (${p.enumerate().length} fixed inputs)` : ""}`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (use --runs N --seed S --only NAME,... --workers W --out DIR --list)`);
  }
  if (!Number.isFinite(o.runs) || o.runs < 0) throw new Error("--runs needs a non-negative number");
  return o;
}

function plan(o: Options): Map<number, number> {
  const chosen = PROPERTIES.map((p, i) => [p, i] as const).filter(([p]) => !o.only || o.only.some((n) => p.name.includes(n)));
  const total = chosen.reduce((n, [p]) => n + p.weight, 0) || 1;
  const runs = new Map<number, number>();
  for (const [p, i] of chosen) runs.set(i, p.enumerate ? p.enumerate().length : Math.max(o.runs > 0 ? 1 : 0, Math.round((o.runs * p.weight) / total)));
  return runs;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(o.out, { recursive: true });
  const runs = plan(o);
  // Two pools: CPU-bound properties on `--workers` threads, and the ones that mostly wait on a
  // language server process on one more thread beside them (smaller chunks).
  const cpuQueue: Chunk[] = [];
  const ioQueue: Chunk[] = [];
  for (const [prop, n] of runs) {
    const io = PROPERTIES[prop].io === true;
    const size = io ? Math.max(1, Math.ceil(o.chunk / 20)) : o.chunk;
    for (let from = 0; from < n; from += size) (io ? ioQueue : cpuQueue).push({ prop, from, to: Math.min(n, from + size) });
  }
  // Interleave properties so a partial run still covers all of them.
  for (const q of [cpuQueue, ioQueue]) q.sort((a, b) => a.from - b.from || a.prop - b.prop);
  const stats = new Map<number, Stats>();
  for (const prop of runs.keys()) {
    stats.set(prop, { inputs: 0, crashes: 0, violations: 0, byInvariant: new Map(), slow: 0, hangs: 0, edits: 0, maxMs: 0, maxMsSize: 0, chars: 0, ms: 0, wall: 0, examples: [] });
  }
  const totalCases = [...runs.values()].reduce((a, b) => a + b, 0);
  console.log(`plancode fuzz: ${totalCases.toLocaleString("en")} inputs, seed ${o.seed}, ${o.workers} worker(s), findings in ${o.out}`);
  for (const [prop, n] of runs) console.log(`  ${PROPERTIES[prop].name}: ${n.toLocaleString("en")}`);

  const started = performance.now();
  let done = 0;
  let lastReport = started;
  // Stopped early (Ctrl-C, `kill`): report what was run, then exit.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`\nstopped by ${signal}`);
      report(o, stats, done, totalCases, started);
      process.exit(process.exitCode ?? 3);
    });
  }

  await new Promise<void>((finish) => {
    let live = 0;
    const spawn = (queue: Chunk[]): void => {
      const worker = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: { seed: o.seed, out: o.out } });
      live++;
      let current: { chunk: Chunk; i: number; since: number; size: number } | undefined;
      let chunk: Chunk | undefined;
      const feed = (): void => {
        chunk = queue.shift();
        if (!chunk) {
          clearInterval(watchdog);
          // Let it tear down (language servers), then make sure it is gone.
          worker.postMessage("stop");
          setTimeout(() => void worker.terminate(), 15_000).unref();
          return;
        }
        worker.postMessage(chunk);
      };
      const watchdog = setInterval(() => {
        if (!current) return;
        const limit = timeBoundMs(current.size) * 3 + o.hangGraceMs;
        if (performance.now() - current.since <= limit) return;
        const p = PROPERTIES[current.chunk.prop];
        const s = stats.get(current.chunk.prop)!;
        s.inputs++;
        s.hangs++;
        done++;
        const seed = caseSeed(o.seed, current.chunk.prop, current.i);
        s.examples.push(`hang: case ${current.i} (seed ${seed}, ${current.size} chars) ran over ${Math.round(limit / 1000)} s`);
        console.log(`HANG ${p.name} case ${current.i} seed ${seed}`);
        const rest = { prop: current.chunk.prop, from: current.i + 1, to: current.chunk.to };
        if (rest.from < rest.to) queue.unshift(rest);
        current = undefined;
        clearInterval(watchdog);
        void worker.terminate();
        spawn(queue);
      }, 1000);
      worker.on("message", (m: FromWorker) => {
        if (m.t === "ready") feed();
        else if (m.t === "start") current = { chunk: chunk!, i: m.i, since: performance.now(), size: m.size };
        else if (m.t === "done") {
          current = undefined;
          done++;
          const s = stats.get(m.prop)!;
          s.inputs++;
          s.edits += m.edits;
          s.chars += m.size;
          s.ms += m.ms;
          s.wall += m.wall;
          if (m.ms > s.maxMs) {
            s.maxMs = m.ms;
            s.maxMsSize = m.size;
          }
          if (m.slow) {
            s.slow++;
            s.examples.push(`slow: case ${m.i}, ${Math.round(m.ms)} ms for ${m.size} chars (bound ${Math.round(timeBoundMs(m.size))} ms) → ${m.saved}`);
          }
          if (m.violations.length) {
            const crash = m.violations.some((v) => v.invariant === "crash");
            if (crash) s.crashes++;
            else s.violations++;
            for (const v of m.violations) s.byInvariant.set(v.invariant, (s.byInvariant.get(v.invariant) ?? 0) + 1);
            if (s.examples.length < 20) s.examples.push(`${m.violations[0].invariant}: ${m.violations[0].detail.split("\n")[0].slice(0, 300)} → ${m.saved}`);
          }
          const now = performance.now();
          if (now - lastReport > 30_000) {
            lastReport = now;
            const rate = done / ((now - started) / 1000);
            console.log(`  … ${done.toLocaleString("en")}/${totalCases.toLocaleString("en")} inputs, ${rate.toFixed(0)}/s, ${summaryLine(stats)}`);
          }
        } else if (m.t === "chunk") feed();
        else if (m.t === "fatal") {
          console.error(`worker failed: ${m.message}`);
          process.exitCode = 3;
          feed();
        }
      });
      worker.on("error", (error) => {
        console.error(`worker error: ${error.stack ?? error.message}`);
        if (!current && !chunk) {
          // Died before running anything (it cannot load): give up rather than respawn forever.
          clearInterval(watchdog);
          cpuQueue.length = 0;
          ioQueue.length = 0;
          process.exitCode = 3;
          return;
        }
        if (current) {
          const s = stats.get(current.chunk.prop)!;
          s.inputs++;
          s.crashes++;
          done++;
          s.examples.push(`worker died on case ${current.i} (seed ${caseSeed(o.seed, current.chunk.prop, current.i)}): ${error.message}`);
          const rest = { prop: current.chunk.prop, from: current.i + 1, to: current.chunk.to };
          if (rest.from < rest.to) queue.unshift(rest);
        }
        current = undefined;
        clearInterval(watchdog);
        spawn(queue);
      });
      worker.on("exit", () => {
        live--;
        if (live === 0 && cpuQueue.length === 0 && ioQueue.length === 0) finish();
      });
    };
    for (let i = 0; i < Math.min(o.workers, cpuQueue.length); i++) spawn(cpuQueue);
    if (ioQueue.length) spawn(ioQueue);
    if (live === 0) finish();
  });

  report(o, stats, done, totalCases, started);
}

/** The final table: per property inputs, crashes, violations, slow and hung inputs, edits, times. */
function report(o: Options, stats: Map<number, Stats>, done: number, totalCases: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nplancode fuzz: ${done.toLocaleString("en")} inputs in ${seconds.toFixed(1)} s (seed ${o.seed})`);
  let bad = 0;
  let edits = 0;
  for (const [prop, s] of stats) {
    const p = PROPERTIES[prop];
    edits += s.edits;
    bad += s.crashes + s.violations + s.hangs + s.slow;
    const inv = [...s.byInvariant].map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(
      `  ${p.name.padEnd(34)} ${String(s.inputs).padStart(9)} inputs  ${s.crashes} crashes  ${s.violations} violations  ${s.slow} slow  ${s.hangs} hangs` +
        `${s.edits ? `  ${s.edits} edits` : ""}  ${s.wall ? `${((s.inputs * 1000) / s.wall).toFixed(1)}/s` : "-"}  avg ${(s.ms / Math.max(1, s.inputs)).toFixed(1)} ms, max ${s.maxMs.toFixed(0)} ms (${s.maxMsSize} chars)${inv ? `  [${inv}]` : ""}`,
    );
    for (const e of s.examples.slice(0, 10)) console.log(`      ${e}`);
  }
  console.log(`  edits replayed: ${edits.toLocaleString("en")}`);
  if (done < totalCases) {
    console.log(`INCOMPLETE: ${totalCases - done} inputs not run`);
    process.exitCode = 3;
  }
  console.log(bad ? `FOUND ${bad} problem inputs` : "0 crashes, 0 hangs, 0 invariant violations");
  if (bad) process.exitCode = 1;
}

function summaryLine(stats: Map<number, Stats>): string {
  let c = 0;
  let v = 0;
  let h = 0;
  let sl = 0;
  for (const s of stats.values()) {
    c += s.crashes;
    v += s.violations;
    h += s.hangs;
    sl += s.slow;
  }
  return `${c} crashes, ${v} violations, ${sl} slow, ${h} hangs`;
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  });
} else {
  void workerMain();
}
