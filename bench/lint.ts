// Cold lint of a whole generated workspace through the real CLI process, as CI runs it:
//   node bin/plancode.cjs lint <dir> --format json > /dev/null
// Wall time (spawn to exit) and peak RSS (the process reports its own maxRSS on exit, see
// lib/rss-probe.cjs), at scales 1/16, 1/4, 1 and 2 so the growth is visible.
// Goals at scale 1 on the 2-core machine: ≤ 5 s and ≤ 1.5 GB (issue 6); ≤ 8× the time V8's
// JSON.parse takes on a JSON document of the same byte size, ≤ 1 GB, linear from 1/16 to 2
// (issue 15). JSON.parse is timed in this process between the lint runs (`jsonParseOfSameBytes`),
// so both meet the same machine load; the ratio is taken run by run.
//
//   node --import tsx bench/lint.ts [--scales 1/16,1/4,1,2 | --scale 1] [--runs 3] [--no-build]
//
// Each run is logged with the machine's 1-minute load average at its start: the machine is
// shared, and a lint that waits for the CPU takes longer whatever the code does.
import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync, rmSync, closeSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "./lib/bundle.js";
import { ensureWorkspace, fmt, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";
import { loadLanguage } from "./lib/bundle.js";
import { astJson, jsonOfSize } from "./parse.js";
import { planFiles } from "./lib/lsp-editor.js";

export interface LintRun {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  exitCode: number | null;
  outputBytes: number;
}

/** Builds dist/ (the CLI bundle) from the current sources. */
export async function buildCli(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, "build.mjs")], { cwd: ROOT, stdio: "inherit" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build.mjs exited ${code}`))));
  });
}

/** One cold `plancode lint <dir> --format json [...lintArgs]`, output to a file (as `> /dev/null` would, but counted). */
export async function lintOnce(dir: string, extraNodeArgs: string[] = [], lintArgs: string[] = [], env: Record<string, string> = {}): Promise<LintRun & { outPath: string; stderr: string }> {
  const probe = join(WORK_DIR, `probe-${process.pid}.json`);
  const outPath = join(WORK_DIR, `lint-out-${process.pid}.json`);
  rmSync(probe, { force: true });
  const out = openSync(outPath, "w");
  let stderr = "";
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [...extraNodeArgs, "--require", join(ROOT, "bench/lib/rss-probe.cjs"), join(ROOT, "bin/plancode.cjs"), "lint", dir, "--format", "json", ...lintArgs],
      { cwd: dir, stdio: ["ignore", out, "pipe"], env: { ...process.env, ...env, PLANCODE_BENCH_PROBE: probe } },
    );
    p.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    p.on("error", reject);
    p.on("exit", (c) => resolve(c));
  });
  const wallMs = performance.now() - t0;
  closeSync(out);
  const outputBytes = readFileSync(outPath).length;
  const r = existsSync(probe) ? (JSON.parse(readFileSync(probe, "utf8")) as { maxRssKB: number; userMs: number; systemMs: number }) : undefined;
  if (stderr) process.stderr.write(stderr);
  return { wallMs, cpuMs: r ? r.userMs + r.systemMs : NaN, maxRssMB: r ? r.maxRssKB / 1024 : NaN, exitCode: code, outputBytes, outPath, stderr };
}

/**
 * A JSON document of the workspace's byte size — the JSON serialisation of its own ASTs (as
 * bench/parse.ts's "same byte size" document), repeated and padded to the exact size — and a
 * function timing V8's JSON.parse on it (milliseconds; warmed up once).
 */
export async function jsonParseOfSameBytes(dir: string, bytes: number): Promise<() => number> {
  const { parse } = await loadLanguage();
  const files = planFiles(dir).slice(0, 2000);
  const pieces = files.map((f) => astJson(parse(`file://${f}`, readFileSync(f, "utf8"))));
  const doc = jsonOfSize(pieces, bytes);
  JSON.parse(doc);
  return () => {
    const t0 = performance.now();
    JSON.parse(doc);
    return performance.now() - t0;
  };
}

export function parseScale(s: string): number {
  return s.includes("/") ? Number(s.split("/")[0]) / Number(s.split("/")[1]) : Number(s);
}

export async function runLintBench(options: { scales?: number[]; runs?: number; seed?: number; build?: boolean; log?: (s: string) => void } = {}): Promise<Figure[]> {
  const scales = options.scales ?? [1 / 16, 1 / 4, 1, 2];
  const runs = options.runs ?? 3;
  const seed = options.seed ?? 57;
  const log = options.log ?? console.log;
  if (options.build !== false) await buildCli();
  const figures: Figure[] = [];
  for (const scale of scales) {
    const { dir, counts } = ensureWorkspace(seed, scale);
    const results: LintRun[] = [];
    const loads: number[] = [];
    const jsonMs: number[] = [];
    const jsonParse = await jsonParseOfSameBytes(dir, counts.bytes);
    for (let r = 0; r < runs; r++) {
      loads.push(loadavg()[0]);
      results.push(await lintOnce(dir));
      jsonMs.push(jsonParse());
    }
    const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
    const full = scale === 1;
    const size = `${counts.files} files, ${counts.lines.toLocaleString("en")} lines, ${fmt(counts.bytes / 1e6)} MB; exit code ${results[0].exitCode}, JSON output ${fmt(results[0].outputBytes / 1e6)} MB`;
    figures.push(
      summarize(`lint wall time, scale ${label}`, "s", results.map((x) => x.wallMs / 1000), full ? { text: "≤ 5 s", ok: (m) => m <= 5 } : undefined, size),
      summarize(`lint CPU time (user+sys), scale ${label}`, "s", results.map((x) => x.cpuMs / 1000)),
      summarize(`lint peak RSS, scale ${label}`, "MB", results.map((x) => x.maxRssMB), full ? { text: "≤ 1024 MB", ok: (m) => m <= 1024 } : undefined),
      summarize(`JSON.parse of the same bytes, scale ${label}`, "ms", jsonMs, undefined, "in the bench process, right after each lint run"),
      summarize(
        `lint wall time / JSON.parse of the same bytes, scale ${label}`,
        "×",
        results.map((x, i) => x.wallMs / jsonMs[i]),
        full ? { text: "≤ 8×", ok: (m) => m <= 8 } : undefined,
        "run by run",
      ),
    );
    log(`  lint at scale ${label}: ${results.map((x, i) => `${fmt(x.wallMs / 1000)} s (CPU ${fmt(x.cpuMs / 1000)} s, load ${fmt(loads[i])}) / ${fmt(x.maxRssMB)} MB`).join(", ")}`);
  }
  return figures;
}

if (process.argv[1]?.endsWith("lint.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const scales = (get("--scales") ?? get("--scale") ?? "1/16,1/4,1,2").split(",").map(parseScale);
  const figures = await runLintBench({ scales, runs: Number(get("--runs") ?? 3), build: !argv.includes("--no-build") });
  console.log("Cold lint through the CLI");
  figures.forEach(printFigure);
}
