// `npm run bench` — every benchmark, each figure with min/median/max over its runs:
//   1. the generated workspace (size), 2. parser throughput vs JSON.parse, 3. the Langium peer,
//   4. cold lint through the CLI at 1/16, 1/4, 1, 2, 5. lint --cache at 1, 6. the language server,
//   7. simulation.
// Writes bench/results.json and the results table of bench/README.md.
//
// `npm run bench -- --quick`: the same figures on small workspaces and fewer requests (under two
// minutes); writes bench/results.quick.json and leaves README.md alone.
// `--only parse,lint` runs some sections; `--skip lsp` leaves some out.
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { describeCounts, generateWorkspaceDetailed } from "./generate.js";
import { runCacheBench } from "./cache.js";
import { runLintBench, buildCli } from "./lint.js";
import { runLspBench } from "./lsp.js";
import { runParseBench } from "./parse.js";
import { PEER_DIR, runPeerBench } from "./peer.js";
import { runSimulateBench } from "./simulate.js";
import { ROOT } from "./lib/bundle.js";
import { ensureWorkspace, fmt, machineInfo, packageVersions, printFigure, summarize, type Figure } from "./lib/stats.js";

type Section = "generate" | "parse" | "peer" | "lint" | "cache" | "lsp" | "simulate";
const SECTIONS: Section[] = ["generate", "parse", "peer", "lint", "cache", "lsp", "simulate"];

const TITLES: Record<Section, string> = {
  generate: "Generated workspace",
  parse: "Parser throughput",
  peer: "Peer: Langium",
  lint: "Cold lint through the CLI",
  cache: "lint --cache through the CLI",
  lsp: "Language server",
  simulate: "Simulation",
};

function generateFigures(scales: number[]): Figure[] {
  const figures: Figure[] = [];
  for (const scale of scales) {
    const times: number[] = [];
    let counts = "";
    let c;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const ws = generateWorkspaceDetailed({ seed: 57, scale });
      times.push((performance.now() - t0) / 1000);
      counts = describeCounts(ws);
      c = ws.counts;
    }
    const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
    figures.push(summarize(`generate, scale ${label}`, "s", times, undefined, counts));
    if (scale === 1 && c) {
      figures.push(summarize("nationwide size: lines", "lines", [c.lines], { text: "≈ 1,000,000", ok: (m) => m > 900_000 && m < 1_100_000 }));
      figures.push(summarize("nationwide size: files", "files", [c.files], { text: "≈ 11,000", ok: (m) => m > 10_000 && m < 12_000 }));
    }
    ensureWorkspace(57, scale);
  }
  return figures;
}

function peerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PEER_DIR, "node_modules/langium/package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

function table(results: Record<string, Figure[]>): string {
  const rows = ["| figure | median | min – max | runs | goal | met |", "|---|---:|---:|---:|---|:---:|"];
  for (const [section, figures] of Object.entries(results)) {
    rows.push(`| **${TITLES[section as Section] ?? section}** | | | | | |`);
    for (const f of figures) {
      const v = (x: number): string => (Number.isFinite(x) ? fmt(x) : "–");
      rows.push(
        `| ${f.name} | ${v(f.median)} ${f.unit} | ${v(f.min)} – ${v(f.max)} | ${f.runs.length} | ${f.goal ?? ""} | ${f.met === undefined ? "" : f.met ? "yes" : "**no**"} |`,
      );
    }
  }
  return rows.join("\n");
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes("--quick");
  const list = (flag: string): Section[] | undefined => (argv.includes(flag) ? (argv[argv.indexOf(flag) + 1].split(",") as Section[]) : undefined);
  const only = list("--only");
  const skip = list("--skip") ?? [];
  const sections = SECTIONS.filter((s) => (!only || only.includes(s)) && !skip.includes(s));
  const started = performance.now();
  const machineAtStart = machineInfo();
  const results: Record<string, Figure[]> = {};
  const log = (s: string): void => console.log(s);
  let built = false;
  const build = async (): Promise<void> => {
    if (!built) await buildCli();
    built = true;
  };
  for (const section of sections) {
    console.log(`\n== ${TITLES[section]}${quick ? " (quick)" : ""}`);
    const t0 = performance.now();
    let figures: Figure[];
    try {
      switch (section) {
        case "generate":
          figures = generateFigures(quick ? [1 / 16, 1 / 4] : [1 / 16, 1 / 4, 1, 2]);
          break;
        case "parse":
          figures = await runParseBench({ scale: quick ? 1 / 16 : 1, runs: 3, passes: quick ? 2 : 3 });
          break;
        case "peer":
          figures = await runPeerBench({ scale: quick ? 1 / 32 : 1 / 4, runs: 3, passes: quick ? 1 : 2 });
          break;
        case "lint":
          await build();
          figures = await runLintBench({ scales: quick ? [1 / 16, 1 / 4] : [1 / 16, 1 / 4, 1, 2], runs: 3, build: false, log });
          break;
        case "cache":
          await build();
          figures = await runCacheBench({ scale: quick ? 1 / 16 : 1, runs: 3, build: false, log });
          break;
        case "lsp":
          await build();
          figures = await runLspBench({ scale: quick ? 1 / 16 : 1, requests: quick ? 60 : 200, runs: quick ? 1 : 3, build: false, log });
          break;
        case "simulate":
          figures = await runSimulateBench({ scale: quick ? 1 / 16 : 1, runs: 3, cascadeRuns: quick ? 300 : 10_000, planRuns: quick ? 2000 : 10_000, log });
          break;
      }
    } catch (error) {
      figures = [summarize(`${section} failed`, "", [NaN], undefined, String((error as Error).stack ?? error).split("\n").slice(0, 3).join(" | "))];
    }
    figures.forEach(printFigure);
    console.log(`  (${fmt((performance.now() - t0) / 1000)} s)`);
    results[section] = figures;
  }
  const total = (performance.now() - started) / 1000;
  console.log(`\nall sections in ${fmt(total)} s`);

  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const machine = { ...machineAtStart, loadavgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) } as Results["machine"];
  const file = quick ? "results.quick.json" : "results.json";
  const partial = Boolean(only || skip.length);
  const fresh: Results = {
    mode: quick ? "quick" : "full",
    date: new Date().toISOString(),
    seconds: Math.round(total),
    machine,
    versions: {
      plancode: pkg.version,
      node: process.version,
      ...packageVersions(ROOT, ["chevrotain", "xstate", "vscode-languageserver", "esbuild", "typescript"]),
      "langium (peer)": peerVersion(),
    },
    notes:
      "Times marked CPU are user+system CPU of the measuring process (the machine is shared: wall time there mostly measures the other processes). " +
      "Lint and language-server wall times include node start-up; see bench/README.md for the method.",
    results,
  };
  // Some sections only (not in quick mode): merged into the last full results, whose header
  // (date, machine, versions) stays that run's; this run is listed under `reruns`.
  const previous = partial && !quick ? readResults(join(ROOT, "bench", file)) : undefined;
  const output: Results = previous
    ? {
        ...previous,
        results: { ...previous.results, ...results },
        reruns: [
          ...(previous.reruns ?? []).filter((r) => r.sections.some((s) => !(s in results))),
          { sections: Object.keys(results), date: fresh.date, node: process.version, loadavgAtStart: machine.loadavgAtStart, loadavgAtEnd: machine.loadavgAtEnd },
        ],
      }
    : fresh;
  writeFileSync(join(ROOT, "bench", file), JSON.stringify(output, null, 2) + "\n");
  console.log(`wrote bench/${file}`);
  if (!quick) {
    const readmePath = join(ROOT, "bench/README.md");
    const readme = readFileSync(readmePath, "utf8");
    const start = "<!-- results:start -->";
    const end = "<!-- results:end -->";
    const body = `${start}\n${tableHeading(output)}\n\n${table(output.results)}\n${end}`;
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    writeFileSync(readmePath, i >= 0 && j > i ? readme.slice(0, i) + body + readme.slice(j + end.length) : `${readme}\n${body}\n`);
    console.log("updated the table in bench/README.md");
  }
}

interface Rerun {
  sections: string[];
  date: string;
  node: string;
  loadavgAtStart?: number[] | null;
  loadavgAtEnd: number[];
}

interface Results {
  mode: string;
  date: string;
  seconds: number;
  machine: { cores?: number; cpu?: string; loadavgAtStart?: number[]; loadavgAtEnd: number[] };
  versions: Record<string, string>;
  notes: string;
  results: Record<string, Figure[]>;
  reruns?: Rerun[];
}

function readResults(path: string): Results | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Results;
  } catch {
    return undefined; // no previous results: write what this run has
  }
}

/** The line above the table: the full run's machine and load, then the sections re-run since. */
function tableHeading(r: Results): string {
  const load = (start: number[] | undefined | null, end: number[]): string =>
    start && end.length ? `load average ${start.join(" / ")} at start, ${end.join(" / ")} at the end` : "load not recorded";
  const m = r.machine;
  const head = `Full run of ${r.date.slice(0, 10)}, ${m.cores} cores (${m.cpu}), Node ${r.versions.node}, ${load(m.loadavgAtStart, m.loadavgAtEnd)} (the machine is shared: see the method below).`;
  const reruns = (r.reruns ?? []).map((x) => `${x.sections.join(", ")} (${x.date.slice(0, 10)}, Node ${x.node}, ${load(x.loadavgAtStart, x.loadavgAtEnd)})`);
  return reruns.length ? `${head} Sections re-run later: ${reruns.join("; ")}.` : head;
}

await main(process.argv.slice(2));
