// Shared helpers of the benchmarks: repeated measurement with min/median/max, machine info, and
// generated workspaces cached under /tmp (never in the repository).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, type as osType, release } from "node:os";
import { join } from "node:path";
import { generateWorkspaceDetailed, writeWorkspace, type WorkspaceCounts } from "../generate.js";

export interface Figure {
  /** What is measured, e.g. "parse throughput (MB/s)". */
  name: string;
  unit: string;
  /** Every run's value. */
  runs: number[];
  min: number;
  median: number;
  max: number;
  /** The goal, in words ("≥ 0.2 of JSON.parse"), and whether the median meets it. */
  goal?: string;
  met?: boolean;
  /** Free-form details (sizes, CPU time, ...). */
  notes?: string;
}

export function summarize(name: string, unit: string, runs: number[], goal?: { text: string; ok: (median: number) => boolean }, notes?: string): Figure {
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return {
    name,
    unit,
    runs,
    min: sorted[0],
    median,
    max: sorted[sorted.length - 1],
    goal: goal?.text,
    met: goal ? goal.ok(median) : undefined,
    notes,
  };
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(Math.min(1, digits)) : n.toFixed(digits);
}

export function printFigure(f: Figure): void {
  const verdict = f.met === undefined ? "" : f.met ? "  [goal met]" : "  [goal MISSED]";
  console.log(
    `  ${f.name}: median ${fmt(f.median)} ${f.unit} (min ${fmt(f.min)}, max ${fmt(f.max)}, ${f.runs.length} runs)${f.goal ? `; goal ${f.goal}` : ""}${verdict}` +
      (f.notes ? `\n    ${f.notes}` : ""),
  );
}

export function machineInfo(): Record<string, unknown> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function packageVersions(root: string, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    try {
      out[name] = (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      out[name] = "absent";
    }
  }
  return out;
}

export const WORK_DIR = process.env.PLANCODE_BENCH_DIR ?? "/tmp/plancode-bench";

/** The folder of a generated workspace (written once per seed/scale, reused by later runs). */
export function workspaceDir(seed: number, scale: number): string {
  return join(WORK_DIR, `ws-seed${seed}-scale${scale}`);
}

/** A fingerprint of the generator's sources: a workspace on disk is reused only if they did not change. */
function generatorStamp(seed: number, scale: number): string {
  const dir = new URL("../generator/", import.meta.url);
  const hash = createHash("sha256").update(`${seed}:${scale}`);
  for (const f of readdirSync(dir).sort()) hash.update(readFileSync(new URL(f, dir)));
  return hash.digest("hex");
}

/** Generates (or reuses) a workspace on disk; returns its folder and size. */
export function ensureWorkspace(seed: number, scale: number): { dir: string; counts: WorkspaceCounts; mistakes: number } {
  const dir = workspaceDir(seed, scale);
  const stampFile = join(dir, ".generated.json");
  const stamp = generatorStamp(seed, scale);
  if (existsSync(stampFile)) {
    const saved = JSON.parse(readFileSync(stampFile, "utf8")) as { stamp: string; counts: WorkspaceCounts; mistakes: number };
    if (saved.stamp === stamp) return { dir, counts: saved.counts, mistakes: saved.mistakes };
  }
  const ws = generateWorkspaceDetailed({ seed, scale });
  writeWorkspace(dir, ws);
  writeFileSync(stampFile, JSON.stringify({ stamp, counts: ws.counts, mistakes: ws.mistakes.length }));
  return { dir, counts: ws.counts, mistakes: ws.mistakes.length };
}

/** Runs `f` and returns milliseconds. */
export function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system) over the same interval. */
  cpu: number;
}

/**
 * Runs `f` `passes` times and returns the fastest pass by CPU time. On a shared machine (other
 * processes competing for the 2 cores) wall time mostly measures the scheduler; the CPU time of
 * the best pass is the stable figure.
 */
export function bestOf(passes: number, f: () => void): Timing {
  let best: Timing | undefined;
  for (let i = 0; i < passes; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    if (!best || cpu < best.cpu) best = { wall, cpu };
  }
  return best!;
}
