// The language server on a generated workspace, as an editor drives it: `plancode lsp` (the
// real CLI, bundled) over stdio, the workspace folder opened as is (edits stay in memory).
//   - time to first diagnostics: spawn → diagnostics of a grassroots plan opened right after
//     `initialized` (or the end of indexing, if that comes first: nothing is published for a
//     clean file), and to the end of indexing (every file read, parsed and in the symbol tables:
//     the end of the first work-done progress; the check of unopened files runs after it);
//   - completion right after indexing: requests sent back to back from the moment the indexing
//     progress ends, while the server checks the workspace in the background;
//   - latency p50/p95/p99 of completion (after `covers `, `lead `, and the ranked lists after
//     `parent `, `issuer ` and a report's `to `), hover, definition, once things settled;
//   - diagnostics after a one-edit change, the debounce included: of the edited district plan
//     itself (a deadline past the horizon, and a `lead` body misspelt, which makes the rule look
//     for the closest of every unit name: the did-you-mean), and of a provincial plan
//     (`task A1` → `task A9`, and back) until its own diagnostics and those of every plan citing
//     it as parent arrive;
//   - the server's peak RSS (reported by the process itself on exit, lib/rss-probe.cjs).
// Goals: completion p95 ≤ 10 ms from the end of indexing, diagnostics after edit p95 ≤ 50 ms,
// indexing ≤ 2 s, server RSS ≤ 1.5 GB.
//
//   node --import tsx bench/lsp.ts [--scale 1] [--requests 200] [--no-build]
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "../language/index.js";
import { Editor, percentile, planFiles, positionAt } from "./lib/lsp-editor.js";
import { buildCli, parseScale } from "./lint.js";
import { ROOT } from "./lib/bundle.js";
import { ensureWorkspace, fmt, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";

/** Time between two edits at most as often as a fast typist's keys (≈ 120 words a minute). */
const KEY_INTERVAL_MS = 100;

export interface LspRun {
  firstDiagnosticsMs: number;
  indexedMs: number;
  latencies: Record<string, number[]>;
  maxRssMB: number;
  children: number;
}

/** One server session: start, measure every latency, stop. */
export async function lspSession(dir: string, requests: number, log: (s: string) => void = console.log): Promise<LspRun> {
  // The scene: a provincial Party plan, the plans citing it as parent, one grassroots plan.
  const files = planFiles(join(dir, "provinces"));
  const province = files.find((f) => f.endsWith("/tinh-uy.plan"))!;
  const provinceText = readFileSync(province, "utf8");
  const planName = /^plan (\S+) \{/m.exec(provinceText)![1];
  const children = files.filter((f) => f !== province && readFileSync(f, "utf8").includes(`\n  parent ${planName}\n`));
  const district = children.find((f) => !f.endsWith("/ubnd.plan"))!;
  const grassroots = files.find((f) => f.startsWith(join(district, "..")) && !/(huyen|quan|thi|thanh)-uy\.plan$/.test(f))!;
  const rel = (f: string): string => relative(dir, f);

  const probe = join(WORK_DIR, `lsp-probe-${process.pid}.json`);
  rmSync(probe, { force: true });
  const { editor, spawnedAt } = await Editor.start(dir, probe);
  const grassrootsText = readFileSync(grassroots, "utf8");
  await editor.open(rel(grassroots), grassrootsText);

  // The district plan, opened at once with a new task line half typed: `covers ` (the province
  // plan's tasks) and `lead ` (bodies of the district).
  const districtRel = rel(district);
  const districtText = readFileSync(district, "utf8");
  const at = districtText.indexOf("\n", districtText.indexOf("\n  task ")) + 1;
  const coversLine = '  task Z9 "z" covers \n';
  const leadLine = "    lead \n";
  const edited = districtText.slice(0, at) + coversLine + districtText.slice(at);
  const leadAt = edited.indexOf("\n", edited.indexOf("{", edited.indexOf("\n  task B1"))) + 1;
  const edited2 = edited.slice(0, leadAt) + leadLine + edited.slice(leadAt);
  await editor.open(districtRel, edited2);
  const uri = editor.uri(districtRel);
  const leadPos = positionAt(edited2, edited2.indexOf(leadLine) + leadLine.length - 1);

  // The file's problems are all known once its diagnostics arrive or, for a clean file (the
  // server publishes nothing for it), once the first indexing is done: whichever comes first.
  const openedUri = editor.uri(rel(grassroots));
  await editor.waitFor(() => editor.indexingDone || editor.published.some((d) => d.uri === openedUri), "diagnostics or indexing", 120_000);
  const firstAt = editor.published.find((d) => d.uri === openedUri)?.at ?? editor.indexedAt;
  await editor.waitFor(() => editor.indexingDone, "indexing", 120_000);
  const indexedAt = editor.indexedAt;

  const latencies: Record<string, number[]> = {
    "completion right after indexing": [],
    "completion after covers": [],
    "completion after lead": [],
    "completion after parent": [],
    "completion after issuer": [],
    "completion after to": [],
    hover: [],
    definition: [],
    "diagnostics after edit, same file": [],
    "diagnostics after edit, same file, unresolved name": [],
    "diagnostics after edit, parent → children": [],
  };
  const warm = 10;

  // Completion from the moment indexing ends, no pause, no warm-up: what a drafter gets who types
  // as soon as the progress bar goes, while the server checks the workspace behind it.
  for (let k = 0; k < requests; k++) {
    const { ms } = await editor.timed("textDocument/completion", { textDocument: { uri }, position: leadPos, context: { triggerKind: 1 } });
    latencies["completion right after indexing"].push(ms);
  }
  const afterIndexing = latencies["completion right after indexing"];
  log(
    `  server up: first diagnostics ${fmt((firstAt - spawnedAt) / 1000)} s, indexing done ${fmt((indexedAt - spawnedAt) / 1000)} s; ` +
      `completion right after: p95 ${fmt(percentile(afterIndexing, 95))} ms, max ${fmt(Math.max(...afterIndexing))} ms`,
  );

  // Let the server finish checking the workspace and what the new text affects before timing the
  // other requests (steady state: what a drafter gets between bursts of typing).
  await editor.settle();
  const coversPos = positionAt(edited2, edited2.indexOf(coversLine) + coversLine.length - 1);
  for (const [name, position] of [
    ["completion after covers", coversPos],
    ["completion after lead", leadPos],
  ] as const) {
    for (let k = 0; k < requests + warm; k++) {
      const { ms, result } = await editor.timed<unknown[] | { items: unknown[] } | null>("textDocument/completion", {
        textDocument: { uri },
        position,
        context: { triggerKind: 1 },
      });
      const n = Array.isArray(result) ? result.length : (result?.items.length ?? 0);
      if (k === 0) log(`  ${name}: ${n} items`);
      if (k >= warm) latencies[name].push(ms);
    }
  }
  // Ranked completion (a nationwide list of 10,800 documents or 118,000 units, limited): the
  // district plan with its `parent`, `issuer` and first report's `to` name deleted, one at a time.
  for (const [name, pattern] of [
    ["completion after parent", /\n {2}parent (\S+)\n/],
    ["completion after issuer", /\n {2}issuer (\S+)\n/],
    ["completion after to", /\n {4}report [^\n]* to (\S+)\n/],
  ] as const) {
    const m = pattern.exec(edited2);
    if (!m) throw new Error(`no ${name} site in ${districtRel}`);
    const cut = m.index + m[0].length - 1 - m[1].length;
    const blank = edited2.slice(0, cut) + edited2.slice(cut + m[1].length);
    await editor.change(districtRel, blank);
    await editor.settle();
    const position = positionAt(blank, cut);
    for (let k = 0; k < requests + warm; k++) {
      const { ms, result } = await editor.timed<{ items: { label: string; sortText?: string }[]; isIncomplete: boolean }>("textDocument/completion", {
        textDocument: { uri },
        position,
        context: { triggerKind: 2, triggerCharacter: " " },
      });
      if (k === 0) {
        const first = [...result.items].sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""))[0]?.label;
        log(`  ${name}: ${result.items.length} items${result.isIncomplete ? " (incomplete)" : ""}, first ${first} (was ${m[1]})`);
      }
      if (k >= warm) latencies[name].push(ms);
    }
  }
  await editor.change(districtRel, edited2);
  await editor.settle();

  // Hover and definition on the `parent` name and on a `lead` body of the district plan.
  const targets = [edited2.indexOf(" parent ") + 9, edited2.indexOf("    lead ", edited2.indexOf("\n  task B1")) + 10];
  for (const [name, method] of [
    ["hover", "textDocument/hover"],
    ["definition", "textDocument/definition"],
  ] as const) {
    for (let k = 0; k < requests + warm; k++) {
      const { ms } = await editor.timed(method, { textDocument: { uri }, position: positionAt(edited2, targets[k % 2]) });
      if (k >= warm) latencies[name].push(ms);
    }
  }

  // The district plan back as on disk: with the half-typed lines above it has syntax errors, and
  // a plan with syntax errors withholds its other findings (they would not change with the edit).
  await editor.change(districtRel, districtText);
  await editor.settle();

  // Edits come as a fast typist's keys do, one every KEY_INTERVAL_MS at most (the server takes
  // edits closer together than its debounce for a burst, and waits for the burst to end).
  let lastKey = 0;
  const typist = async (): Promise<void> => {
    const wait = lastKey + KEY_INTERVAL_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastKey = performance.now();
  };

  // One-edit changes of the district plan itself, each undone by the next; wait for its
  // diagnostics. A deadline past the plan's horizon (a finding of `date-order`), and a `lead`
  // body misspelt (`unresolved-reference`, whose suggestion is the closest of every unit name).
  const dueMatch = /\n {4}due (\d{4})-(\d\d-\d\d)\n/.exec(districtText)!;
  const lateDue = districtText.slice(0, dueMatch.index) + `\n    due ${Number(dueMatch[1]) + 10}-${dueMatch[2]}\n` + districtText.slice(dueMatch.index + dueMatch[0].length);
  const leadMatch = /\n {4}lead (\S+)\n/.exec(districtText)!;
  const typo = leadMatch[1].slice(0, -1) + (leadMatch[1].endsWith("x") ? "y" : "x");
  const misspelt = districtText.slice(0, leadMatch.index) + `\n    lead ${typo}\n` + districtText.slice(leadMatch.index + leadMatch[0].length);
  for (const [name, changed] of [
    ["diagnostics after edit, same file", lateDue],
    ["diagnostics after edit, same file, unresolved name", misspelt],
  ] as const) {
    for (let k = 0; k < requests + warm; k++) {
      await typist();
      const since = editor.published.length;
      const t0 = performance.now();
      await editor.change(districtRel, k % 2 === 0 ? changed : districtText);
      const done = await editor.nextDiagnostics(uri, since);
      if (k >= warm) latencies[name].push(done - t0);
    }
    await editor.settle(300);
  }

  // One-character edits of the provincial plan; wait for it and every child to be re-published.
  const provinceRel = rel(province);
  const broken = provinceText.replace("\n  task A1 ", "\n  task A9 ");
  await editor.open(provinceRel, provinceText);
  await editor.settle();
  // The server publishes a file's diagnostics when its findings change: the plan's own do not
  // (A9 covers what A1 did), those of every child that covers A1 do (an unknown task now).
  // A child with a syntax error (the generator injects a few) withholds its other findings.
  const affected = children.filter((f) => {
    const text = readFileSync(f, "utf8");
    return /\n\s+task [^\n]* covers [^\n{]*\bA1(?![\w.-])/.test(text) && parse(f, text).problems.length === 0;
  });
  const watched = affected.map((f) => editor.uri(rel(f)));
  for (let k = 0; k < requests + warm; k++) {
    await typist();
    const since = editor.published.length;
    const t0 = performance.now();
    await editor.change(provinceRel, k % 2 === 0 ? broken : provinceText);
    const ats = await Promise.all(watched.map((u) => editor.nextDiagnostics(u, since)));
    if (k >= warm) latencies["diagnostics after edit, parent → children"].push(Math.max(...ats) - t0);
  }
  await editor.stop();
  const rss = existsSync(probe) ? (JSON.parse(readFileSync(probe, "utf8")) as { maxRssKB: number }).maxRssKB / 1024 : NaN;
  return { firstDiagnosticsMs: firstAt - spawnedAt, indexedMs: indexedAt - spawnedAt, latencies, maxRssMB: rss, children: affected.length };
}

export async function runLspBench(options: { scale?: number; seed?: number; requests?: number; runs?: number; build?: boolean; log?: (s: string) => void } = {}): Promise<Figure[]> {
  const scale = options.scale ?? 1;
  const requests = options.requests ?? 200;
  const runs = options.runs ?? 3;
  const log = options.log ?? console.log;
  if (!existsSync(join(ROOT, "server/main.ts"))) return [summarize("language server", "", [NaN], undefined, "server/ does not exist yet")];
  if (options.build !== false) await buildCli();
  const { dir, counts } = ensureWorkspace(options.seed ?? 57, scale);
  const sessions: LspRun[] = [];
  for (let r = 0; r < runs; r++) sessions.push(await lspSession(dir, requests, log));
  const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
  const figures: Figure[] = [
    summarize(`LSP time to first diagnostics, scale ${label}`, "s", sessions.map((s) => s.firstDiagnosticsMs / 1000), undefined, `${counts.files} files; spawn → diagnostics of an opened grassroots plan, or the end of indexing for a clean one`),
    summarize(`LSP indexing done, scale ${label}`, "s", sessions.map((s) => s.indexedMs / 1000), { text: "≤ 2 s", ok: (m) => m <= 2 }, "spawn → the end of the first work-done progress: every file read, parsed and in the symbol tables (the open files checked; the others are checked in the background after it)"),
  ];
  const goals: Record<string, { text: string; ok: (m: number) => boolean }> = {
    "completion right after indexing": { text: "p95 ≤ 10 ms", ok: (m) => m <= 10 },
    "completion after covers": { text: "p95 ≤ 20 ms", ok: (m) => m <= 20 },
    "completion after lead": { text: "p95 ≤ 20 ms", ok: (m) => m <= 20 },
    "completion after parent": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
    "completion after issuer": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
    "completion after to": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
    "diagnostics after edit, same file": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
    "diagnostics after edit, same file, unresolved name": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
    "diagnostics after edit, parent → children": { text: "p95 ≤ 50 ms", ok: (m) => m <= 50 },
  };
  const notes: Record<string, string> = {
    "completion right after indexing": "sent back to back from the end of the indexing progress, no warm-up, while the unopened files are checked in the background",
    "diagnostics after edit, same file": "a district plan's deadline moved past its horizon and back, until its diagnostics arrive (debounce included)",
    "diagnostics after edit, same file, unresolved name": `a \`lead\` body misspelt and back: the did-you-mean over all ${counts.units} unit names`,
    "diagnostics after edit, parent → children": `until all ${sessions[0].children} child plans citing the edited task are re-published`,
  };
  for (const name of Object.keys(sessions[0].latencies)) {
    for (const p of [50, 95, 99]) {
      figures.push(
        summarize(
          `LSP ${name} p${p}`,
          "ms",
          sessions.map((s) => percentile(s.latencies[name], p)),
          p === 95 ? goals[name] : undefined,
          p === 50 ? `${sessions[0].latencies[name].length} requests per run${notes[name] ? `; ${notes[name]}` : ""}` : undefined,
        ),
      );
    }
  }
  figures.push(summarize(`LSP server peak RSS, scale ${label}`, "MB", sessions.map((s) => s.maxRssMB), { text: "≤ 1536 MB", ok: (m) => m <= 1536 }));
  return figures;
}

if (process.argv[1]?.endsWith("lsp.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const figures = await runLspBench({
    scale: parseScale(get("--scale") ?? "1"),
    requests: Number(get("--requests") ?? 200),
    runs: Number(get("--runs") ?? 3),
    build: !argv.includes("--no-build"),
  });
  console.log("Language server");
  figures.forEach(printFigure);
}
