// The workspace generator: a deterministic, realistic nationwide cascade of plans implementing
// Kết luận 57-KL/TW (see bench/generator/). Building blocks are re-exported for benchmarks and
// fuzzing; run directly it writes a workspace to a folder:
//
//   node --import tsx bench/generate.ts --seed 57 --scale 1 --out /tmp/plancode-ws [--mistakes 0.02] [--manifest]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateWorkspaceDetailed, type GeneratedWorkspace, type GenerateOptions } from "./generator/workspace.js";

export * from "./generator/workspace.js";
export * from "./generator/render.js";
export { Rng } from "./generator/rng.js";
export { MISTAKE_KINDS, type MistakeKind, type MistakeContext } from "./generator/mistakes.js";
export * as data from "./generator/data.js";

/** Writes a generated workspace below `root` (emptied first), with a plancode.json. */
export function writeWorkspace(root: string, ws: GeneratedWorkspace, options: { manifest?: boolean } = {}): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const made = new Set<string>();
  for (const [rel, text] of ws.files) {
    const path = join(root, rel);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, text);
  }
  writeFileSync(join(root, "plancode.json"), JSON.stringify({ locale: "vi" }, null, 2) + "\n");
  if (options.manifest) writeFileSync(join(root, "mistakes.json"), JSON.stringify(ws.mistakes, null, 2) + "\n");
}

/** Generates and writes a workspace for benchmarks: returns its counts. */
export function generateTo(root: string, options: GenerateOptions): GeneratedWorkspace {
  const ws = generateWorkspaceDetailed(options);
  writeWorkspace(root, ws);
  return ws;
}

export function describeCounts(ws: GeneratedWorkspace): string {
  const c = ws.counts;
  return (
    `${c.files} files, ${c.lines.toLocaleString("en")} lines, ${(c.bytes / 1e6).toFixed(1)} MB; ` +
    `${c.provinces} provinces, ${c.districts} districts, ${c.grassroots} grassroots units; ${c.plans} plans, ${c.units} units; ` +
    `${ws.mistakes.length} mistakes`
  );
}

function parseScale(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(s);
  const v = m ? Number(m[1]) / Number(m[2]) : Number(s);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`bad --scale ${s}`);
  return v;
}

function main(argv: string[]): void {
  const opts: GenerateOptions = {};
  let out = "/tmp/plancode-ws";
  let manifest = false;
  let dry = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--seed") opts.seed = Number(next());
    else if (a === "--scale") opts.scale = parseScale(next());
    else if (a === "--mistakes") opts.mistakes = Number(next());
    else if (a === "--out") out = resolve(next());
    else if (a === "--manifest") manifest = true;
    else if (a === "--dry-run") dry = true;
    else throw new Error(`unknown argument ${a} (use --seed N --scale S --mistakes R --out DIR --manifest --dry-run)`);
  }
  const t0 = performance.now();
  const ws = generateWorkspaceDetailed(opts);
  const t1 = performance.now();
  if (!dry) writeWorkspace(out, ws, { manifest });
  const t2 = performance.now();
  console.log(`${describeCounts(ws)}`);
  console.log(`generated in ${((t1 - t0) / 1000).toFixed(2)} s${dry ? "" : `, written to ${out} in ${((t2 - t1) / 1000).toFixed(2)} s`}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(2);
  }
}
