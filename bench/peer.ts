// Our parser against a peer: the same language as a Langium grammar (bench/peers/langium, its
// own package with its own node_modules), parsing the same generated files in the same process.
// Both are bundled by esbuild the same way. Goal: our parse time ≤ half of Langium's.
//
//   node --import tsx bench/peer.ts [--scale 1/16] [--runs 3]
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { generateWorkspace } from "./generate.js";
import { loadLanguage, ROOT } from "./lib/bundle.js";
import { bestOf, fmt, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";

export const PEER_DIR = join(ROOT, "bench/peers/langium");

interface PeerApi {
  parse(text: string): { decls: number; lexerErrors: number; parserErrors: number };
}

/** Installs (npm ci, pinned by its lockfile) and generates the peer when needed; returns why not if impossible. */
export function preparePeer(log: (s: string) => void = console.log): string | undefined {
  try {
    if (!existsSync(join(PEER_DIR, "node_modules/langium"))) {
      log("  installing the Langium peer (npm ci in bench/peers/langium) ...");
      execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: PEER_DIR, stdio: "pipe" });
    }
    if (!existsSync(join(PEER_DIR, "src/generated/module.ts"))) {
      log("  generating the Langium parser (npm run generate in bench/peers/langium) ...");
      execFileSync("npm", ["run", "generate"], { cwd: PEER_DIR, stdio: "pipe" });
    }
    return undefined;
  } catch (error) {
    return `Langium peer unavailable: ${String((error as Error).message).split("\n")[0]}`;
  }
}

async function loadPeer(): Promise<PeerApi> {
  // CommonJS: Langium pulls in CommonJS packages that require Node built-ins.
  const outfile = join(WORK_DIR, `langium-peer-${process.pid}.cjs`);
  await build({
    entryPoints: [join(PEER_DIR, "src/index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "error",
    mainFields: ["module", "main"],
  });
  return createRequire(import.meta.url)(outfile) as PeerApi;
}

export async function runPeerBench(options: { seed?: number; scale?: number; runs?: number; passes?: number } = {}): Promise<Figure[]> {
  const why = preparePeer();
  if (why) return [summarize("parse time / Langium's", "×", [NaN], { text: "≤ 0.5", ok: () => false }, why)];
  const seed = options.seed ?? 57;
  const scale = options.scale ?? 1 / 16;
  const runs = options.runs ?? 3;
  const passes = options.passes ?? 2;
  const { parse } = await loadLanguage();
  const peer = await loadPeer();
  const files = [...generateWorkspace({ seed, scale })].map(([path, text]) => ({ uri: `file:///ws/${path}`, text }));
  const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;

  // Warm up both; count what each finds wrong (only the injected syntax mistakes should show).
  let oursProblems = 0;
  let peerErrors = 0;
  for (const f of files) {
    oursProblems += parse(f.uri, f.text).problems.length ? 1 : 0;
    const r = peer.parse(f.text);
    peerErrors += r.lexerErrors + r.parserErrors ? 1 : 0;
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    ours.push(bestOf(passes, () => {
      for (const f of files) sink += parse(f.uri, f.text).decls.length;
    }).cpu);
    theirs.push(bestOf(passes, () => {
      for (const f of files) sink += peer.parse(f.text).decls;
    }).cpu);
  }
  if (sink < 0) console.log(sink);
  const size = `${files.length} files, ${fmt(mb)} MB (scale ${scale}); files with syntax findings: ours ${oursProblems}, Langium ${peerErrors}`;
  return [
    summarize("our parse", "MB/s", ours.map((ms) => mb / (ms / 1000)), undefined, size),
    summarize("Langium 4.2.1 parse", "MB/s", theirs.map((ms) => mb / (ms / 1000))),
    summarize(
      "parse time / Langium's",
      "×",
      ours.map((t, i) => t / theirs[i]),
      { text: "≤ 0.5 (ours ≥ 2× faster)", ok: (m) => m <= 0.5 },
      `ours is ${fmt(1 / (ours.reduce((a, b) => a + b) / theirs.reduce((a, b) => a + b)))}× faster over all runs; by CPU time, best of ${passes} passes per run`,
    ),
  ];
}

if (process.argv[1]?.endsWith("peer.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const s = get("--scale");
  const scale = s ? (s.includes("/") ? Number(s.split("/")[0]) / Number(s.split("/")[1]) : Number(s)) : 1 / 16;
  const figures = await runPeerBench({ scale, runs: Number(get("--runs") ?? 3) });
  console.log("Peer: Langium");
  figures.forEach(printFigure);
}
