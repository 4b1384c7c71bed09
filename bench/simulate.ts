// The workflow engine's Monte Carlo simulation on a generated workspace (language core and
// workflows bundled as shipped):
//   - runs per second of one provincial plan (`simulatePlan`, as `plancode simulate KH-..-57`);
//   - runs per second of the whole cascade under KL57 (`simulateCascade`, every document of the
//     workspace), and the time of 10,000 runs of its first year (from KL57's issuance, 15/6/2023,
//     one year on), setup included (history replay, compiling the kernel). Goal: 10,000 runs of
//     the nationwide cascade's first year ≤ 10 s, measured as CPU time on one thread (like the
//     other in-process figures, README "Method": on this shared machine wall time mostly measures
//     the other jobs; here it swung 5 – 15 s for the same code); wall time beside it. Then the
//     same as `simulateCascade` runs by default (threads: auto, workflows/kernel-workers.ts) or
//     with --threads, in wall time (CPU time of every thread beside it).
//
//   node --import tsx bench/simulate.ts [--scale 1] [--runs 3] [--cascade-runs 10000] [--threads N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { threadsFor } from "../workflows/kernel-workers.js";
import { join } from "node:path";
import { parseScale } from "./lint.js";
import { loadCore } from "./lib/bundle.js";
import { bestOf, ensureWorkspace, fmt, printFigure, summarize, type Figure } from "./lib/stats.js";

function planFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) planFiles(p, out);
    else if (name.endsWith(".plan")) out.push(p);
  }
  return out;
}

export async function runSimulateBench(
  options: { scale?: number; seed?: number; runs?: number; cascadeRuns?: number; planRuns?: number; threads?: number; log?: (s: string) => void } = {},
): Promise<Figure[]> {
  const scale = options.scale ?? 1;
  const runs = options.runs ?? 3;
  const cascadeRuns = options.cascadeRuns ?? 10_000;
  const planRuns = options.planRuns ?? 10_000;
  const log = options.log ?? console.log;
  const { language, workflows } = await loadCore();
  if (!workflows) return [summarize("simulation", "", [NaN], undefined, "workflows/ does not exist yet")];
  const { dir, counts } = ensureWorkspace(options.seed ?? 57, scale);
  const ws = new language.Workspace();
  for (const path of planFiles(dir)) ws.setFile(`file://${path}`, readFileSync(path, "utf8"));

  const kl57 = ws.lookupDocument("KL57")!;
  const start = kl57.issued!.first!; // 15/6/2023
  const firstYear = { asOf: start, until: language.addMonths(start, 12) };
  const province = ws.documents().find((e) => e.uri.endsWith("/tinh-uy.plan"))!.decl;

  // One plan: from its state on 15/6/2023 (a draft not yet started) through its horizon.
  const plan: number[] = [];
  let planMilestones = 0;
  for (let r = 0; r < runs; r++) {
    const t = bestOf(1, () => {
      planMilestones = workflows.simulatePlan(province, ws, { asOf: start, runs: planRuns, seed: r + 1 }).milestones.length;
    });
    plan.push(planRuns / (t.cpu / 1000));
  }
  log(`  one plan (${province.name.text}): ${plan.map((x) => fmt(x)).join(", ")} runs/s`);

  // The cascade, first year: on one thread (the goal's figure), then as `simulateCascade` runs
  // by default (threads: auto) or with --threads.
  let documents = 0;
  const cascade = (threads: number | undefined, what: string) => {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = bestOf(1, () => {
        documents = workflows.simulateCascade("KL57", ws, { ...firstYear, runs: cascadeRuns, seed: r + 1, threads })!.documents;
      });
      cpu.push(t.cpu);
      wall.push(t.wall);
      log(`  cascade KL57, ${cascadeRuns} runs of the first year, ${what}: ${fmt(t.cpu / 1000)} s CPU, ${fmt(t.wall / 1000)} s wall`);
    }
    return { cpu, wall };
  };
  const threads = options.threads;
  // What "auto" chooses depends on how busy the machine is (workflows/kernel-workers.ts): say so.
  const auto = () => `threads: auto, ${threadsFor(Infinity)} of ${availableParallelism()} cores at load ${loadavg()[0].toFixed(1)}`;
  const alone = cascade(1, "one thread");
  const what = threads ? `${threads} threads` : auto();
  const shared = cascade(threads, what);
  const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
  const toTenThousand = (ms: number): number => (ms / 1000) * (10_000 / cascadeRuns);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const range = (xs: number[]) => `${fmt(toTenThousand(Math.min(...xs)))} – ${fmt(toTenThousand(median(xs)))} – ${fmt(toTenThousand(Math.max(...xs)))} s`;
  const scaled = cascadeRuns !== 10_000 ? `; measured with ${cascadeRuns} runs and scaled` : "";
  return [
    summarize(`simulate one plan`, "runs/s", plan, undefined, `${province.name.text} from 15/6/2023 to its horizon, ${planRuns} runs per measurement, ${planMilestones} milestones`),
    summarize(`simulate cascade, scale ${label}`, "runs/s", alone.cpu.map((ms) => cascadeRuns / (ms / 1000)), undefined, `one thread, per second of CPU time, setup included; ${documents} documents (${counts.files} files), first year ${language.formatIso(firstYear.asOf)} → ${language.formatIso(firstYear.until)}`),
    summarize(
      `10,000 runs of the cascade's first year, scale ${label} (CPU, one thread)`,
      "s",
      alone.cpu.map(toTenThousand),
      scale === 1 ? { text: "≤ 10 s", ok: (m) => m <= 10 } : undefined,
      `CPU time on one thread, setup included (history replay, compiling), GC included: what it takes on an idle core (${fmt((median(alone.cpu) * 1e6) / (cascadeRuns * documents))} ns per document per run); wall clock on this shared machine min – median – max ${range(alone.wall)}${scaled}`,
    ),
    summarize(
      `10,000 runs of the cascade's first year, scale ${label} (wall, ${threads ? `${threads} threads` : "threads: auto"})`,
      "s",
      shared.wall.map(toTenThousand),
      undefined,
      `wall clock, setup included, ${what}; CPU time of every thread ${range(shared.cpu)}${scaled}`,
    ),
  ];
}

if (process.argv[1]?.endsWith("simulate.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const figures = await runSimulateBench({
    scale: parseScale(get("--scale") ?? "1"),
    runs: Number(get("--runs") ?? 3),
    cascadeRuns: Number(get("--cascade-runs") ?? 10_000),
    planRuns: Number(get("--plan-runs") ?? 10_000),
    threads: get("--threads") === undefined ? undefined : Number(get("--threads")),
  });
  console.log("Simulation");
  figures.forEach(printFigure);
}
