// The issued document's renderers and the PDF converter (a script, not a test; nothing asserted):
//   - loading dist/export.cjs (the renderers' bundle, as shipped) in a fresh Node process, and the
//     time from there to the first .docx of the Party fixture (load + first render: what one
//     `plancode export` pays);
//   - warm render time of the Party fixture as .docx and as HTML (mean of 20 renders per run);
//   - LibreOffice's .docx → PDF conversion of it (host/libreoffice.ts: a fresh profile each time),
//     when soffice is installed.
//   - the whole command as a user runs it: `plancode export KH-BD-57 samples` (.docx and .html),
//     CLI start-up, loading the samples workspace and writing the file included (issue 11's goal:
//     one plan in ≤ 1 s).
// Bundle size is printed beside. Writes bench/results.export.json.
//
//   npm run build && node --import tsx bench/export.ts [--runs 5]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { renderDocx } from "../document/docx.js";
import { renderHtml } from "../document/html.js";
import { convertDocxToPdf, findConverter } from "../host/libreoffice.js";
import { partyPlan } from "../test/fixtures/documents/party-plan.js";
import { machineInfo, packageVersions, printFigure, summarize, type Figure } from "./lib/stats.js";

const ROOT = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const BUNDLE = join(ROOT, "dist", "export.cjs");
const FIXTURE = join(ROOT, "test", "fixtures", "documents", "party-plan.ts");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A fresh Node: require the bundle, render the fixture once; both times in ms, from inside. */
function coldStart(): { loadMs: number; firstDocxMs: number } {
  const script = `
    const { performance } = require("node:perf_hooks");
    const doc = JSON.parse(process.argv[1]);
    const t0 = performance.now();
    const r = require(${JSON.stringify(BUNDLE)});
    const t1 = performance.now();
    r.renderDocx(doc).then(() => console.log(JSON.stringify({ loadMs: t1 - t0, firstDocxMs: performance.now() - t0 })));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(partyPlan)], { encoding: "utf8" }));
}

/** Wall time of one `plancode export` process writing into a temporary folder. */
function wholeCommand(format: "docx" | "html"): number {
  const out = mkdtempSync(join(tmpdir(), "plancode-bench-export-"));
  try {
    const start = performance.now();
    execFileSync(process.execPath, [join(ROOT, "bin", "plancode.cjs"), "export", "KH-BD-57", join(ROOT, "samples"), "--format", format], { cwd: out, stdio: "ignore" });
    return performance.now() - start;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function meanMs(times: number, f: () => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < times; i++) await f();
  return (performance.now() - start) / times;
}

async function main(): Promise<void> {
  const runs = arg("runs", 5);
  const figures: Figure[] = [];
  const add = (f: Figure) => {
    figures.push(f);
    printFigure(f);
  };
  const bundle = readFileSync(BUNDLE);
  const sizeNote = `dist/export.cjs ${(statSync(BUNDLE).size / 1024).toFixed(0)} kB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} kB gzipped`;
  console.log(`export bench: ${runs} runs; ${sizeNote}; fixture ${FIXTURE}`);

  const cold = Array.from({ length: runs }, coldStart);
  add(summarize("load dist/export.cjs (fresh process)", "ms", cold.map((c) => c.loadMs), undefined, sizeNote));
  add(summarize("load + first .docx of the Party plan (fresh process)", "ms", cold.map((c) => c.firstDocxMs)));

  await renderDocx(partyPlan); // warm-up
  const docx: number[] = [];
  const html: number[] = [];
  for (let r = 0; r < runs; r++) {
    docx.push(await meanMs(20, () => renderDocx(partyPlan)));
    html.push(await meanMs(20, () => renderHtml(partyPlan)));
  }
  const docxBytes = (await renderDocx(partyPlan)).length;
  add(summarize("render .docx, Party plan (warm, mean of 20)", "ms", docx, undefined, `${docxBytes} bytes`));
  add(summarize("render HTML, Party plan (warm, mean of 20)", "ms", html, undefined, `${renderHtml(partyPlan).length} characters`));

  for (const format of ["docx", "html"] as const) {
    add(summarize(`plancode export KH-BD-57 samples --format ${format} (whole command)`, "ms", Array.from({ length: runs }, () => wholeCommand(format)), { text: "≤ 1000 ms", ok: (m) => m <= 1000 }));
  }

  const converter = findConverter();
  if (converter) {
    const bytes = await renderDocx(partyPlan);
    const pdf: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      await convertDocxToPdf(bytes, { converter });
      pdf.push(performance.now() - start);
    }
    add(summarize("LibreOffice .docx → PDF, Party plan (fresh profile each)", "ms", pdf, undefined, converter));
  } else {
    console.log("  LibreOffice: not installed, conversion not measured (bash scripts/e2e/setup-libreoffice.sh)");
  }

  const out = { date: new Date().toISOString(), machine: machineInfo(), versions: packageVersions(ROOT, ["docx", "esbuild"]), figures };
  writeFileSync(join(ROOT, "bench", "results.export.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("wrote bench/results.export.json");
}

await main();
