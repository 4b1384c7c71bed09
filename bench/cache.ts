// `plancode lint --cache` on the nationwide workspace, through the real CLI process (issue 13's
// goals): no change since the last run ≤ 1 s; one provincial plan changed ≤ 1.5 s (only it and the
// plans that depend on it checked again); the output identical to a run without the cache.
//
//   node --import tsx bench/cache.ts [--scale 1] [--runs 3] [--no-build]
//
// The generated workspace is copied to a scratch folder (the edits must not reach the shared
// one). Each run is logged with the 1-minute load average at its start, and with what the run
// parsed and checked (PLANCODE_DEBUG's line). Writes bench/results.cache.json.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { buildCli, lintOnce, parseScale } from "./lint.js";
import { ROOT } from "./lib/bundle.js";
import { ensureWorkspace, fmt, machineInfo, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";

/** The provincial plan the bench edits: the first province's Tỉnh ủy plan (provinces/an-giang/tinh-uy.plan at scale 1). */
function provincePlan(dir: string): string {
  const province = readdirSync(join(dir, "provinces")).filter((p) => existsSync(join(dir, "provinces", p, "tinh-uy.plan"))).sort()[0];
  return `provinces/${province}/tinh-uy.plan`;
}

export async function runCacheBench(options: { scale?: number; runs?: number; seed?: number; build?: boolean; log?: (s: string) => void } = {}): Promise<Figure[]> {
  const scale = options.scale ?? 1;
  const runs = options.runs ?? 3;
  const log = options.log ?? console.log;
  if (options.build !== false) await buildCli();
  const { dir: shared, counts } = ensureWorkspace(options.seed ?? 57, scale);
  const dir = join(WORK_DIR, `cache-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(shared, dir, { recursive: true });
  try {
    const cache = ["--cache"];
    const debug = { PLANCODE_DEBUG: "1" };
    const what = (stderr: string): string => /cache: (.*)/.exec(stderr)?.[1] ?? "?";
    const cold = await lintOnce(dir, [], cache, debug);
    log(`  first run with --cache (no cache yet): ${fmt(cold.wallMs / 1000)} s (${what(cold.stderr)})`);

    const unchanged: number[] = [];
    for (let r = 0; r < runs; r++) {
      const load = loadavg()[0];
      const run = await lintOnce(dir, [], cache, debug);
      unchanged.push(run.wallMs / 1000);
      log(`  no change: ${fmt(run.wallMs / 1000)} s, load ${fmt(load)} (${what(run.stderr)})`);
    }

    const changed: number[] = [];
    const PROVINCE_PLAN = provincePlan(dir);
    const plan = join(dir, PROVINCE_PLAN);
    const original = readFileSync(plan, "utf8");
    let last = "";
    for (let r = 0; r < runs; r++) {
      // A different edit each run: an indicator's target of the plan's first task.
      writeFileSync(plan, original.replace(/target 100%/, `target ${90 + r}%`));
      const load = loadavg()[0];
      const run = await lintOnce(dir, [], cache, debug);
      changed.push(run.wallMs / 1000);
      last = readFileSync(run.outPath, "utf8");
      log(`  ${PROVINCE_PLAN} changed: ${fmt(run.wallMs / 1000)} s, load ${fmt(load)} (${what(run.stderr)})`);
    }
    const edited = PROVINCE_PLAN;
    const full = await lintOnce(dir);
    const identical = readFileSync(full.outPath, "utf8") === last;
    log(`  the same state without --cache: ${fmt(full.wallMs / 1000)} s; output identical: ${identical ? "yes" : "NO"}`);

    const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
    const size = `${counts.files} files, ${fmt(counts.bytes / 1e6)} MB (scale ${label}); first --cache run ${fmt(cold.wallMs / 1000)} s`;
    const full1 = scale === 1;
    return [
      summarize(`lint --cache, no change, scale ${label}`, "s", unchanged, full1 ? { text: "≤ 1 s", ok: (m) => m <= 1 } : undefined, size),
      summarize(`lint --cache, one provincial plan changed, scale ${label}`, "s", changed, full1 ? { text: "≤ 1.5 s", ok: (m) => m <= 1.5 } : undefined, `edited ${edited}; output identical to a run without --cache: ${identical ? "yes" : "no"}`),
      summarize(`lint --cache output identical to a full run, scale ${label}`, "", [identical ? 1 : 0], { text: "1 (yes)", ok: (m) => m === 1 }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("cache.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const machine = machineInfo();
  const figures = await runCacheBench({ scale: parseScale(get("--scale") ?? "1"), runs: Number(get("--runs") ?? 3), build: !argv.includes("--no-build") });
  console.log("lint --cache through the CLI");
  figures.forEach(printFigure);
  const results = { date: new Date().toISOString(), node: process.version, machine: { ...machine, loadavgAtEnd: loadavg() }, figures };
  writeFileSync(join(ROOT, "bench", "results.cache.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("wrote bench/results.cache.json");
}
