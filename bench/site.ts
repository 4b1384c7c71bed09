// The cascade dashboard (`plancode site`) on the generated nationwide workspace (scale 1, 10,830
// documents), the four figures with their goals:
//   - writing the site through the CLI, 1,000 simulation runs included (wall; CPU beside it) ≤ 10 s;
//   - the overview on screen in Chromium, from navigation start to the app's `plancode:overview`
//     mark (set once the first overview has been painted), opened from the file system ≤ 1.5 s;
//   - a search answered: typing into the search field → the tree's rows re-drawn and the next
//     frame reached (five queries: a commune, a district, a number, a body's name that half the
//     documents share, nothing) ≤ 100 ms;
//   - the whole site on disk ≤ 25 MB.
// Each figure 3 runs (min/median/max). The site's counts are checked against `plancode status
// --format json` on the way. `--screenshots` also writes docs/images/site-*.png (the README's).
//
//   node --import tsx bench/site.ts [--scale 1] [--runs 3] [--screenshots | --screenshots-only]
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { parseScale } from "./lint.js";
import { ROOT } from "./lib/bundle.js";
import { ensureWorkspace, machineInfo, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";

const CHROMIUM = process.env.PLANCODE_CHROMIUM ?? "/usr/bin/chromium";
const AS_OF = "2024-06-30";
const BIN = join(ROOT, "bin", "plancode.cjs");

function folderBytes(dir: string): { bytes: number; files: number; largest: number } {
  let bytes = 0;
  let files = 0;
  let largest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = folderBytes(p);
      bytes += sub.bytes;
      files += sub.files;
      largest = Math.max(largest, sub.largest);
    } else {
      bytes += s.size;
      files++;
      largest = Math.max(largest, s.size);
    }
  }
  return { bytes, files, largest };
}

/** `plancode site` through /usr/bin/time: wall and CPU seconds, peak RSS. */
function writeSite(ws: string, out: string): { wall: number; cpu: number; rssMB: number } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, BIN, "site", ws, "-o", out, "--as-of", AS_OF, "--runs", "1000", "--seed", "1"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`plancode site failed: ${r.stderr}`);
  const [wall, user, sys, rss] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { wall, cpu: user + sys, rssMB: rss / 1024 };
}

const QUERIES = ["Lâm Châu", "Huyện ủy Lâm", "KH-BG", "Ban Thường vụ", "không có văn bản này"];

/** Milliseconds from the input event to the frame after the tree is re-drawn. */
async function searchLatency(page: Page, query: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const input = document.getElementById("tree-search");
    const t0 = performance.now();
    input.value = ${JSON.stringify(query)};
    input.dispatchEvent(new Event("input", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
  })`) as Promise<number>;
}

export async function runSiteBench(options: { scale?: number; runs?: number; screenshots?: boolean; log?: (s: string) => void } = {}): Promise<Figure[]> {
  const scale = options.scale ?? 1;
  const runs = options.runs ?? 3;
  const log = options.log ?? console.log;
  const { dir: ws, counts } = ensureWorkspace(57, scale);
  const out = join(WORK_DIR, `site-scale${scale}`);
  log(`  workspace: ${counts.files} files at ${ws}`);

  // 1. Writing the site.
  const writes: { wall: number; cpu: number; rssMB: number }[] = [];
  for (let r = 0; r < runs; r++) {
    writes.push(writeSite(ws, out));
    log(`  plancode site: ${writes[r].wall.toFixed(2)} s wall, ${writes[r].cpu.toFixed(2)} s CPU, ${writes[r].rssMB.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}`);
  }
  const size = folderBytes(out);

  // The numbers on the page are status's.
  const status = JSON.parse(spawnSync(process.execPath, [BIN, "status", ws, "--format", "json", "--as-of", AS_OF], { encoding: "utf8", maxBuffer: 1 << 30 }).stdout) as { overdue: unknown[] }[];

  // 2 and 3. Chromium.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  const url = pathToFileURL(join(out, "index.html")).href;
  const overview: number[] = [];
  const search: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(`performance.getEntriesByName("plancode:overview").length > 0`, undefined, { timeout: 60_000 });
      overview.push(Number(await page.evaluate(`performance.getEntriesByName("plancode:overview")[0].startTime`)));
      const shown = Number((await page.textContent("#figure-documents .value"))!.replace(/\D/g, ""));
      const overdue = Number((await page.textContent("#figure-overdue .value"))!.replace(/\D/g, ""));
      if (shown !== status.length || overdue !== status.filter((s) => s.overdue.length).length) throw new Error(`the site shows ${shown}/${overdue}, status ${status.length}/${status.filter((s) => s.overdue.length).length}`);
      await page.goto(`${url}#/cascade`);
      await page.waitForSelector("#tree-search");
      for (const q of QUERIES) search.push(await searchLatency(page, q));
      log(`  overview on screen ${overview[r].toFixed(0)} ms; searches ${search.slice(-QUERIES.length).map((t) => t.toFixed(0)).join(", ")} ms`);
      if (options.screenshots && r === 0) await screenshots(page, url);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  rmSync(out, { recursive: true, force: true });

  return [
    summarize("site: written by the CLI, 1,000 runs (wall)", "s", writes.map((w) => w.wall), { text: "≤ 10 s", ok: (m) => m <= 10 }, `CPU ${writes.map((w) => w.cpu.toFixed(2)).join(", ")} s; peak RSS ${Math.max(...writes.map((w) => w.rssMB)).toFixed(0)} MB; ${status.length} documents`),
    summarize("site: size on disk", "MB", [size.bytes / 1e6], { text: "≤ 25 MB", ok: (m) => m <= 25 }, `${size.files} files; largest ${(size.largest / 1e6).toFixed(1)} MB (index.html)`),
    summarize("site: overview on screen in Chromium", "ms", overview, { text: "≤ 1,500 ms", ok: (m) => m <= 1500 }, "navigation start → plancode:overview (after the first paint), from file://"),
    summarize("site: search answered", "ms", search, { text: "≤ 100 ms", ok: (m) => m <= 100 }, `input → tree re-drawn → next frame; queries ${QUERIES.map((q) => JSON.stringify(q)).join(", ")}`),
  ];
}

/** The README's screenshots, of the real nationwide site. */
async function screenshots(page: Page, url: string): Promise<void> {
  const images = join(ROOT, "docs", "images");
  mkdirSync(images, { recursive: true });
  await page.goto(url);
  await page.waitForFunction(`performance.getEntriesByName("plancode:overview").length > 0`);
  await page.screenshot({ path: join(images, "site-overview.png"), fullPage: true });
  await page.goto(`${url}#/cascade`);
  await page.fill("#tree-search", "Lâm Châu");
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(images, "site-search.png") });
  const commune = await page.getAttribute(".tree-row:not(.context)", "id");
  await page.click(`#${commune}`);
  await page.waitForSelector("table.tasks");
  await page.screenshot({ path: join(images, "site-document.png"), fullPage: true });
  // The district above it: the documents below with the coverage matrix and who may make it late.
  await page.click(".breadcrumb li:nth-last-child(2) a");
  await page.waitForSelector("section[aria-labelledby='children-h'] table");
  await page.locator("section[aria-labelledby='children-h']").screenshot({ path: join(images, "site-children.png") });
  await page.goto(`${url}#/simulation`);
  await page.waitForSelector(".milestone svg");
  await page.screenshot({ path: join(images, "site-simulation.png"), fullPage: true });
}

/** Only the screenshots (`--screenshots-only`): one site written, no figures. */
async function screenshotsOnly(scale: number): Promise<void> {
  const { dir: ws } = ensureWorkspace(57, scale);
  const out = join(WORK_DIR, `site-scale${scale}`);
  writeSite(ws, out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await screenshots(page, pathToFileURL(join(out, "index.html")).href);
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = parseScale(flag("--scale") ?? "1");
  if (args.includes("--screenshots-only")) {
    await screenshotsOnly(scale);
    process.exit(0);
  }
  const figures = await runSiteBench({ scale, runs: Number(flag("--runs") ?? 3), screenshots: args.includes("--screenshots") });
  console.log("");
  for (const f of figures) printFigure(f);
  const file = join(ROOT, "bench", scale === 1 ? "results.site.json" : "results.site.quick.json");
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), scale, figures }, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}
