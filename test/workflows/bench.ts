// Simulation throughput (not a test; run: node --import tsx test/workflows/bench.ts [runs]).
// Prints runs/s for one plan (KH-BD-57), the samples cascade (KL57) and a synthetic
// 11,000-plan cascade's first year, each measured 3 times.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseDayString, Workspace } from "../../language/index.js";
import { simulateCascade, simulatePlan } from "../../workflows/index.js";
import { syntheticCascade } from "./synthetic.js";

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== "mistakes") walk(p, out);
    } else if (e.endsWith(".plan")) out.push(p);
  }
  return out;
}

const samples = new Workspace();
for (const f of walk(new URL("../../samples", import.meta.url).pathname)) samples.setFile(`file://${f}`, readFileSync(f, "utf8"));
const asOf = parseDayString("2024-06-30")!;
const which = process.argv[2] ?? "all";

/** Three measurements: runs per second of wall time and of CPU time (the machine may be shared). */
function measure(label: string, runs: number, f: () => void): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    f();
    const used = process.cpuUsage(c);
    wall.push(runs / ((performance.now() - t) / 1000));
    cpu.push(runs / ((used.user + used.system) / 1e6));
  }
  const show = (xs: number[]) => xs.map((r) => Math.round(r).toLocaleString("en")).join(", ");
  console.log(`${label}: ${show(wall)} runs/s (wall); ${show(cpu)} runs/s (CPU)`);
}

if (which === "all" || which === "plan") {
  const doc = samples.lookupDocument("KH-BD-57")!;
  measure("one plan (KH-BD-57, to 2030, 10,000 runs)", 10_000, () => simulatePlan(doc, samples, { asOf, runs: 10_000, seed: 7 }));
}
if (which === "all" || which === "samples") {
  measure("samples cascade (KL57, 11 documents, to 2030, 10,000 runs)", 10_000, () => simulateCascade("KL57", samples, { asOf, runs: 10_000, seed: 7 }));
}
if (which === "all" || which === "big") {
  const runs = Number(process.argv[3] ?? 1000);
  const { files, count } = syntheticCascade({ provinces: 63, districts: 11, grassroots: 15, issued: "2023-06-15" });
  const ws = new Workspace();
  let t = performance.now();
  for (const [uri, text] of files) ws.setFile(uri, text);
  console.log(`synthetic workspace: ${count} documents, parsed in ${Math.round(performance.now() - t)} ms`);
  const start = parseDayString("2023-06-15")!;
  t = performance.now();
  const r = simulateCascade("D", ws, { asOf: start, until: start + 365, runs: 1, seed: 1 });
  console.log(`setup + 1 run: ${Math.round(performance.now() - t)} ms (${r?.documents} documents)`);
  measure(`synthetic cascade first year (${count} documents, ${runs} runs)`, runs, () => simulateCascade("D", ws, { asOf: start, until: start + 365, runs, seed: 1 }));
}
