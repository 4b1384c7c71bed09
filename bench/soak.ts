// Issue 15, goal 4 — a working day: the real server (`plancode lsp`, bundled) on a scratch copy of
// the nationwide workspace, driven through 100,000 edits as VS Code sends them (lib/soak-session.ts:
// words typed a character at a time into task titles, names broken and fixed, undo, a whole plan
// pasted over a file, files opened and closed, created and deleted on disk, new and untitled
// documents, completion and hover among them). Nothing waits for diagnostics after a keystroke;
// a pause after each gesture lets the debounce fire, and every `--settle-every` edits the bench
// waits until the server is idle (no progress open, no diagnostics and no CPU for a while), then
// reads its RSS (/proc/<pid>/status), so the work does not pile up and samples are comparable.
//
// Every `--gc-every` edits, and at half-way and at the end, a bench-only hook preloaded in the
// server (lib/soak-hook.cjs) collects garbage and reports the heap; at half-way and at the end it
// also writes a heap snapshot, compared by constructor (lib/heap-summary.ts): what grew.
// Goal: RSS from the end of warm-up (`--warmup`, 10,000 edits) to the end grows ≤ 10%, and no
// retained-object growth between the two snapshots.
//
//   node --import tsx bench/soak.ts [--edits 100000] [--seed 1] [--scale 1] [--pause-ms 25]
//        [--runs 1] [--snapshots] [--no-build] [--out bench/results.soak.json]
// A full run takes about half an hour on the benchmark machine; `--edits 5000` a few minutes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { Rng } from "./generator/rng.js";
import { buildCli, parseScale } from "./lint.js";
import { ROOT } from "./lib/bundle.js";
import { diffSummaries, formatGrowth, summarizeSnapshot, type Growth } from "./lib/heap-summary.js";
import { Editor, percentile, planFiles } from "./lib/lsp-editor.js";
import { SoakSession } from "./lib/soak-session.js";
import { ServerProbe } from "./lib/server-probe.js";
import { ensureWorkspace, fmt, machineInfo, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";
import { lineChart } from "./lib/svg-chart.js";

export interface SoakOptions {
  edits: number;
  seed: number;
  scale: number;
  pauseMs: number;
  /** The share of gestures that paste a whole plan, and that create a file (each). */
  rare: number;
  settleEvery: number;
  gcEvery: number;
  warmup: number;
  snapshots: boolean;
  log: (s: string) => void;
}

export interface Sample {
  edits: number;
  /** Seconds since the first edit. */
  at: number;
  rssMB: number;
}

export interface HeapSample {
  edits: number;
  /** After two forced collections (MB). */
  heapUsedMB: number;
  rssMB: number;
}

export interface SoakRun {
  edits: number;
  seconds: number;
  serverCpuSeconds: number;
  indexedSeconds: number;
  samples: Sample[];
  heap: HeapSample[];
  counts: Record<string, number>;
  requestP50: number;
  requestP95: number;
  requestMax: number;
  rssWarmMB: number;
  rssEndMB: number;
  rssGrowthPct: number;
  heapWarmMB: number;
  heapEndMB: number;
  heapGrowthPct: number;
  peakRssMB: number;
  growers: Growth[];
  snapshotMB: number[];
  loadavg: { start: number[]; end: number[] };
}

export async function soakRun(source: string, o: SoakOptions): Promise<SoakRun> {
  const dir = mkdtempSync(join(WORK_DIR, "soak-ws-"));
  const work = mkdtempSync(join(WORK_DIR, "soak-run-"));
  const loadStart = loadavg().map(round2);
  try {
    cpSync(source, dir, { recursive: true });
    const control = join(work, "control.json");
    // The hook needs `gc` and must be loaded before the server; Editor.start passes these on.
    const before = process.env.PLANCODE_BENCH_NODE_ARGS;
    process.env.PLANCODE_BENCH_NODE_ARGS = `${before ?? ""} --expose-gc --require ${join(ROOT, "bench/lib/soak-hook.cjs")}`;
    process.env.PLANCODE_SOAK_CONTROL = control;
    const { editor, spawnedAt } = await Editor.start(dir, join(work, "probe.json"));
    if (before === undefined) delete process.env.PLANCODE_BENCH_NODE_ARGS;
    else process.env.PLANCODE_BENCH_NODE_ARGS = before;
    const probe = new ServerProbe(editor, control);
    await editor.waitFor(() => editor.indexingDone, "indexing", 600_000);
    const indexedSeconds = (editor.indexedAt - spawnedAt) / 1000;
    await probe.settle();
    o.log(`  indexed in ${fmt(indexedSeconds)} s; RSS ${fmt(probe.rssMB())} MB`);

    const files = planFiles(dir).map((f) => relative(dir, f));
    const districts = files.filter((f) => /\/(huyen|quan|thi|thanh)-uy\.plan$/.test(f));
    const session = new SoakSession(new Rng(o.seed), dir, files, districts, {
      notify: (method, params) => editor.rpc.sendNotification(method, params),
      request: (method, params) => editor.rpc.sendRequest(method, params),
      pause: (ms) => new Promise((r) => setTimeout(r, ms)),
    }, o.pauseMs, o.rare);

    const samples: Sample[] = [];
    const heap: HeapSample[] = [];
    const snapshots: string[] = [];
    /** The edit counts at which the snapshots were written (the heap samples between are GC-only). */
    const snapshotEdits: number[] = [];
    const cpu0 = probe.cpuSeconds();
    const t0 = performance.now();
    let edits = await session.start();
    let nextSettle = o.settleEvery;
    let nextGc = o.gcEvery;
    const snapshotAt = [Math.floor(o.edits / 2), o.edits];
    const heapSample = async (snapshot?: string) => {
      const reply = await probe.collect(snapshot);
      heap.push({ edits, heapUsedMB: reply.memory.heapUsed / 2 ** 20, rssMB: reply.memory.rss / 2 ** 20 });
      if (snapshot) {
        snapshots.push(snapshot);
        snapshotEdits.push(edits);
      }
    };
    while (edits < o.edits) {
      edits += await session.step();
      if (edits < nextSettle && edits < o.edits) continue;
      nextSettle = (Math.floor(edits / o.settleEvery) + 1) * o.settleEvery;
      await probe.settle();
      samples.push({ edits, at: (performance.now() - t0) / 1000, rssMB: probe.rssMB() });
      if (samples.length % 4 === 0) o.log(`  ${edits} edits, ${fmt(samples[samples.length - 1].at)} s: RSS ${fmt(samples[samples.length - 1].rssMB)} MB`);
      if (snapshotAt.length && edits >= snapshotAt[0]) {
        snapshotAt.shift();
        await heapSample(o.snapshots ? join(work, `at-${edits}.heapsnapshot`) : undefined);
        o.log(`  ${edits} edits, ${fmt(samples[samples.length - 1].at)} s: RSS ${fmt(samples[samples.length - 1].rssMB)} MB; after GC heap ${fmt(heap[heap.length - 1].heapUsedMB)} MB${o.snapshots ? ", snapshot written" : ""}`);
      } else if (edits >= nextGc) {
        await heapSample();
        o.log(`  ${edits} edits, ${fmt(samples[samples.length - 1].at)} s: RSS ${fmt(samples[samples.length - 1].rssMB)} MB; after GC heap ${fmt(heap[heap.length - 1].heapUsedMB)} MB; load ${loadavg()[0].toFixed(2)}`);
      }
      if (edits >= nextGc) nextGc = (Math.floor(edits / o.gcEvery) + 1) * o.gcEvery;
    }
    const seconds = (performance.now() - t0) / 1000;
    const serverCpuSeconds = probe.cpuSeconds() - cpu0;
    o.log(`  end state: ${JSON.stringify(session.state())}; edits by kind ${JSON.stringify(session.counts)}`);
    await editor.stop();
    const peakRssMB = existsSync(join(work, "probe.json")) ? (JSON.parse(readFileSync(join(work, "probe.json"), "utf8")) as { maxRssKB: number }).maxRssKB / 1024 : NaN;

    let growers: Growth[] = [];
    const snapshotMB: number[] = [];
    if (snapshots.length === 2) {
      const [a, b] = snapshots.map((s) => summarizeSnapshot(s));
      snapshotMB.push(a.totalSize / 2 ** 20, b.totalSize / 2 ** 20);
      growers = diffSummaries(a, b);
      o.log(`  heap snapshots at ${snapshotEdits[0]} and ${snapshotEdits[1]} edits: ${fmt(a.nodes / 1e6)} → ${fmt(b.nodes / 1e6)} M objects, ${fmt(snapshotMB[0])} → ${fmt(snapshotMB[1])} MB`);
      o.log(formatGrowth(growers, 12));
    }

    // Warm-up and end: the median of the samples in the window after `warmup` and in the last
    // window of the same length (one sample is one GC's luck).
    const window = Math.max(o.settleEvery * 4, Math.floor(o.edits / 20));
    const med = (xs: number[]) => percentile(xs, 50);
    const warm = samples.filter((s) => s.edits >= o.warmup && s.edits < o.warmup + window).map((s) => s.rssMB);
    const end = samples.filter((s) => s.edits > edits - window).map((s) => s.rssMB);
    // The heap after GC takes two levels, ~30 MB apart: with a broken name somewhere, the index of
    // every unit name for "did you mean" (unresolved-reference.ts) is alive. The lower level of
    // each half after warm-up is the base a leak would lift.
    const after = heap.filter((h) => h.edits >= o.warmup);
    const half = Math.ceil(after.length / 2);
    const base = (hs: HeapSample[]) => (hs.length ? Math.min(...hs.map((h) => h.heapUsedMB)) : NaN);
    const heapWarm = { heapUsedMB: base(after.slice(0, half)) };
    const heapEnd = { heapUsedMB: base(after.slice(half)) };
    const rssWarmMB = med(warm.length ? warm : [samples[0].rssMB]);
    const rssEndMB = med(end);
    return {
      edits,
      seconds,
      serverCpuSeconds,
      indexedSeconds,
      samples,
      heap,
      counts: { ...session.counts },
      requestP50: percentile(session.requestMs, 50),
      requestP95: percentile(session.requestMs, 95),
      requestMax: Math.max(...session.requestMs),
      rssWarmMB,
      rssEndMB,
      rssGrowthPct: ((rssEndMB - rssWarmMB) / rssWarmMB) * 100,
      heapWarmMB: heapWarm.heapUsedMB,
      heapEndMB: heapEnd.heapUsedMB,
      heapGrowthPct: ((heapEnd.heapUsedMB - heapWarm.heapUsedMB) / heapWarm.heapUsedMB) * 100,
      peakRssMB,
      growers,
      snapshotMB,
      loadavg: { start: loadStart, end: loadavg().map(round2) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export async function runSoakBench(options: Partial<SoakOptions> & { runs?: number; build?: boolean } = {}): Promise<{ figures: Figure[]; runs: SoakRun[]; snapshotRun?: SoakRun; options: SoakOptions }> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const o: SoakOptions = { edits: 100_000, seed: 1, scale: 1, pauseMs: 25, rare: 0.001, settleEvery: 500, gcEvery: 5000, warmup: 10_000, snapshots: false, log: console.log, ...given };
  if (o.edits < o.warmup * 2) o.warmup = Math.floor(o.edits / 10);
  if (options.build !== false) await buildCli();
  mkdirSync(WORK_DIR, { recursive: true });
  const { dir } = ensureWorkspace(57, o.scale);
  const runs: SoakRun[] = [];
  let snapshotRun: SoakRun | undefined;
  // Writing a heap snapshot leaves the server's RSS gigabytes higher for good (the generator's
  // native memory stays with the allocator: 300 MB of heap took RSS from 0.3 to 2.7 GB), so the
  // RSS runs take none; the snapshots come from one more run of the first run's seed (the same
  // edits), whose RSS is not part of the figures.
  const count = options.runs ?? 1;
  for (let r = 0; r < count + (o.snapshots ? 1 : 0); r++) {
    const snapshots = r === count;
    const seed = snapshots ? o.seed : o.seed + r;
    o.log(`run ${r + 1}: ${o.edits} edits, seed ${seed}${snapshots ? ", heap snapshots at half-way and at the end" : ""}`);
    const run = await soakRun(dir, { ...o, seed, snapshots });
    if (snapshots) {
      snapshotRun = run;
      continue;
    }
    o.log(
      `  run ${r + 1}: ${run.edits} edits in ${fmt(run.seconds)} s (server CPU ${fmt(run.serverCpuSeconds)} s); RSS ${fmt(run.rssWarmMB)} → ${fmt(run.rssEndMB)} MB (${fmt(run.rssGrowthPct)}%), ` +
        `heap after GC ${fmt(run.heapWarmMB)} → ${fmt(run.heapEndMB)} MB (${fmt(run.heapGrowthPct)}%), peak RSS ${fmt(run.peakRssMB)} MB; requests p95 ${fmt(run.requestP95)} ms`,
    );
    runs.push(run);
  }
  const label = o.scale >= 1 ? String(o.scale) : `1/${Math.round(1 / o.scale)}`;
  const k = `${o.edits.toLocaleString("en-US")} edits, scale ${label}`;
  const figures = !runs.length ? [] : [
    summarize(`soak RSS growth after warm-up (${k})`, "%", runs.map((r) => r.rssGrowthPct), { text: "≤ 10%", ok: (m) => m <= 10 }, `median RSS over the ${o.warmup.toLocaleString("en-US")}th edits' window → the last window`),
    summarize(`soak heap after GC, growth after warm-up (${k})`, "%", runs.map((r) => r.heapGrowthPct), undefined, "heapUsed after two forced collections, every 5,000 edits: the lowest of the first half after warm-up → of the second half"),
    summarize(`soak RSS after warm-up (${k})`, "MB", runs.map((r) => r.rssWarmMB)),
    summarize(`soak RSS at the end (${k})`, "MB", runs.map((r) => r.rssEndMB)),
    summarize(`soak peak RSS (${k})`, "MB", runs.map((r) => r.peakRssMB)),
    summarize(`soak duration (${k})`, "s", runs.map((r) => r.seconds), undefined, "wall time of the edits, settles and heap samples, not indexing"),
    summarize(`soak completion/hover during the edits p95 (${k})`, "ms", runs.map((r) => r.requestP95)),
  ];
  return { figures, runs, snapshotRun, options: o };
}

if (process.argv[1]?.endsWith("soak.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const num = (f: string): number | undefined => (get(f) === undefined ? undefined : Number(get(f)));
  const { figures, runs, snapshotRun, options } = await runSoakBench({
    edits: num("--edits"),
    seed: num("--seed"),
    scale: get("--scale") ? parseScale(get("--scale")!) : undefined,
    pauseMs: num("--pause-ms"),
    rare: num("--rare"),
    settleEvery: num("--settle-every"),
    runs: num("--runs"),
    build: !argv.includes("--no-build"),
    snapshots: argv.includes("--snapshots"),
  } as Partial<SoakOptions> & { runs?: number; build?: boolean });
  console.log("Soak");
  figures.forEach(printFigure);
  const out = get("--out") ?? join(ROOT, "bench", "results.soak.json");
  const { log: _log, ...settings } = options;
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), options: settings, figures, runs: runs.map((r) => ({ ...r, growers: undefined })), snapshotRun: snapshotRun && { ...snapshotRun, growers: snapshotRun.growers.slice(0, 25) } }, null, 2)}\n`,
  );
  const chart = join(ROOT, "docs", "images", "soak-rss.svg");
  if (runs.length && !argv.includes("--no-chart")) {
  const colors = ["#1f77b4", "#d62728", "#2ca02c"];
  writeFileSync(
    chart,
    lineChart(
      runs.flatMap((r, i) => [
        { label: `RSS, run ${i + 1}`, color: colors[i % 3], points: r.samples.map((s) => [s.edits, s.rssMB] as [number, number]) },
        { label: `heap after GC, run ${i + 1}`, color: "#888", points: r.heap.map((h) => [h.edits, h.heapUsedMB] as [number, number]) },
      ]),
      { title: `Language server memory over ${options.edits.toLocaleString("en-US")} edits (nationwide workspace)`, xLabel: "edits", yLabel: "MB", marks: [{ x: options.warmup, label: "warm-up" }] },
    ),
  );
  }
  console.log(`wrote ${relative(ROOT, out)} and ${relative(ROOT, chart)}`);
}
