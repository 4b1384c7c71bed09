// The nationwide rename of issue 16 through LSP, applied as VS Code applies a rename's workspace
// edit: KL57 → KL57-TW, named by every plan of the generated workspace (10,764 files at scale 1).
// VS Code opens each file it edits (didOpen), applies the edit (didChange), saves the files it
// opened (`files.refactoring.autoSave`: the file watcher reports them changed) and lets them go
// (didClose); this benchmark sends the same messages, as fast as the pipe takes them, and
// meanwhile asks for completion every 200 ms in another plan, as a drafter typing on would.
//
// Per run (a fresh copy of the workspace, a fresh server):
//   - rename: the time the server takes to answer textDocument/rename (the edit's size);
//   - settled: from the first didOpen until the server's checking is over (its work-done
//     progress ended and no diagnostics for 2 s) — the rename applied, every file checked;
//   - diagnostics published during it (per file at most: does the Problems panel flicker?);
//   - completion latency during it (p50, p95, max);
//   - the server's peak RSS (bench/lib/rss-probe.cjs).
// Goals (issue 16): settled ≤ 15 s, RSS ≤ 1 GB, typing answered meanwhile. Also checks the end
// state: no file left with a finding that names KL57.
//
//   node --import tsx bench/rename.ts [--scale 1] [--runs 3] [--no-build] [--out bench/results.rename.json]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol/node.js";
import { buildCli, parseScale } from "./lint.js";
import { ROOT } from "./lib/bundle.js";
import { Editor, percentile, planFiles, positionAt } from "./lib/lsp-editor.js";
import { ensureWorkspace, fmt, machineInfo, printFigure, summarize, WORK_DIR, type Figure } from "./lib/stats.js";

const OLD = "KL57";
const NEW = "KL57-TW";
/** Quiet time after which the diagnostics count as settled. */
const QUIET_MS = 2000;

export interface RenameRun {
  files: number;
  renameMs: number;
  settledMs: number;
  published: number;
  publishedPerFileMax: number;
  completion: number[];
  maxRssMB: number;
  leftNaming: number;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split("\n");
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

export async function renameSession(source: string, log: (s: string) => void = console.log): Promise<RenameRun> {
  const dir = mkdtempSync(join(tmpdir(), "plancode-rename-"));
  try {
    cpSync(source, dir, { recursive: true });
    const probe = join(WORK_DIR, `rename-probe-${process.pid}.json`);
    rmSync(probe, { force: true });
    const { editor } = await Editor.start(dir, probe);
    editor.keepMessages = true;
    const directive = "central/kl57.plan";
    const directiveText = readFileSync(join(dir, directive), "utf8");
    // The drafter's own plan, open, where completion is asked meanwhile: a district plan.
    const typing = readdirDistrict(dir);
    const typingText = readFileSync(join(dir, typing), "utf8");
    await editor.open(directive, directiveText);
    await editor.open(typing, typingText);
    await editor.waitFor(() => editor.indexingDone, "indexing", 300_000);
    await settled(editor, 0);

    // 1. The rename, asked where the directive declares its name.
    const at = positionAt(directiveText, directiveText.indexOf(`directive ${OLD} `) + "directive ".length);
    const { ms: renameMs, result: edit } = await editor.timed<WorkspaceEdit>("textDocument/rename", { textDocument: { uri: editor.uri(directive) }, position: at, newName: NEW });
    const changes = Object.entries(edit.changes ?? {});
    const rels = changes.map(([uri]) => relative(dir, fileURLToPath(uri)));
    log(`  rename answered in ${fmt(renameMs)} ms: ${changes.length} files`);

    // 2. Completion every 200 ms in the drafter's plan, until the end (`covers ` on a new task line).
    const coversAt = typingText.indexOf("\n", typingText.indexOf("\n  task ")) + 1;
    const typed = `${typingText.slice(0, coversAt)}  task Z9 "z" covers \n${typingText.slice(coversAt)}`;
    const completion: number[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const { ms } = await editor.timed("textDocument/completion", {
          textDocument: { uri: editor.uri(typing) },
          position: positionAt(typed, coversAt + '  task Z9 "z" covers '.length),
          context: { triggerKind: 1 },
        });
        completion.push(ms);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    // 3. Apply it as VS Code does: open, edit, save (the watcher), close. The texts are read and
    //    edited first, so the clock measures the server, not this script.
    const open = new Set([directive, typing]);
    const olds = rels.map((rel) => readFileSync(join(dir, rel), "utf8"));
    const texts = changes.map(([, edits], i) => applyEdits(olds[i], edits));
    const since = editor.published.length;
    const t0 = performance.now();
    await editor.change(typing, typed);
    for (let i = 0; i < rels.length; i++) {
      if (!open.has(rels[i])) await editor.open(rels[i], olds[i]);
      await editor.change(rels[i], texts[i]);
    }
    const edited = performance.now();
    for (let i = 0; i < rels.length; i++) writeFileSync(join(dir, rels[i]), texts[i]);
    for (let i = 0; i < rels.length; i += 1000) await editor.filesChanged(rels.slice(i, i + 1000).filter((r) => !open.has(r)));
    for (const rel of rels) if (!open.has(rel)) await editor.close(rel);
    const closed = performance.now();
    const end = await settled(editor, t0);
    const checking = editor.progress.filter((p) => p.at >= t0 && p.kind === "begin").map((p) => `${fmt((p.at - t0) / 1000)} s`);
    log(`    sent: opened and edited by ${fmt((edited - t0) / 1000)} s, saved and closed by ${fmt((closed - t0) / 1000)} s; checking began at ${checking.join(", ") || "—"}, settled at ${fmt((end - t0) / 1000)} s`);
    probing = false;
    await prober;

    const during = editor.published.slice(since);
    const perFile = new Map<string, number>();
    for (const p of during) perFile.set(p.uri, (perFile.get(p.uri) ?? 0) + 1);
    // The end state: the last diagnostics of every file; none may name the old name.
    const last = new Map<string, string[]>();
    for (const p of editor.published) last.set(p.uri, p.messages ?? []);
    const leftNaming = [...last.values()].filter((messages) => messages.some((m) => new RegExp(`'${OLD}'`).test(m))).length;
    await editor.stop();
    const rss = existsSync(probe) ? (JSON.parse(readFileSync(probe, "utf8")) as { maxRssKB: number }).maxRssKB / 1024 : NaN;
    return {
      files: changes.length,
      renameMs,
      settledMs: end - t0,
      published: during.length,
      publishedPerFileMax: Math.max(0, ...perFile.values()),
      completion,
      maxRssMB: rss,
      leftNaming,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A district plan of the workspace (the first `huyen-uy.plan`), relative to it. */
function readdirDistrict(dir: string): string {
  const found = planFiles(join(dir, "provinces")).find((f) => f.endsWith("/huyen-uy.plan"));
  if (!found) throw new Error("no district plan found in the generated workspace");
  return relative(dir, found);
}

/**
 * When the server's checking was over: its last work-done progress ended, and no diagnostics came
 * for `QUIET_MS` after both (the time of the last of them). Waits at most 10 minutes.
 */
async function settled(editor: Editor, since: number): Promise<number> {
  const deadline = performance.now() + 600_000;
  for (;;) {
    const lastPublish = editor.published.length ? editor.published[editor.published.length - 1].at : since;
    const progress = editor.progress.filter((p) => p.at >= since);
    const open = progress.length > 0 && progress[progress.length - 1].kind !== "end";
    const lastEvent = Math.max(lastPublish, progress.length ? progress[progress.length - 1].at : since, since);
    if (!open && performance.now() - lastEvent >= QUIET_MS) return lastEvent;
    if (performance.now() > deadline) throw new Error("the server never settled");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runRenameBench(options: { scale?: number; runs?: number; build?: boolean; log?: (s: string) => void } = {}): Promise<{ figures: Figure[]; runs: RenameRun[] }> {
  const scale = options.scale ?? 1;
  const log = options.log ?? console.log;
  if (options.build !== false) await buildCli();
  const { dir, counts } = ensureWorkspace(57, scale);
  const runs: RenameRun[] = [];
  for (let r = 0; r < (options.runs ?? 3); r++) {
    const run = await renameSession(dir, log);
    log(
      `  run ${r + 1}: ${run.files} files; settled in ${fmt(run.settledMs / 1000)} s; ${run.published} diagnostics (at most ${run.publishedPerFileMax} per file); ` +
        `completion p50 ${fmt(percentile(run.completion, 50))} ms, p95 ${fmt(percentile(run.completion, 95))} ms, max ${fmt(Math.max(...run.completion))} ms (${run.completion.length} requests); ` +
        `peak RSS ${fmt(run.maxRssMB)} MB; files still naming ${OLD}: ${run.leftNaming}`,
    );
    runs.push(run);
  }
  const label = scale >= 1 ? String(scale) : `1/${Math.round(1 / scale)}`;
  const figures = [
    summarize(`rename ${OLD} → ${NEW}: request, scale ${label}`, "ms", runs.map((r) => r.renameMs), undefined, `${runs[0].files} files edited of ${counts.files}`),
    summarize(`rename applied and checked, scale ${label}`, "s", runs.map((r) => r.settledMs / 1000), { text: "≤ 15 s", ok: (m) => m <= 15 }, "didOpen, didChange, the watcher's changes, didClose for every file; until the checking progress ended and diagnostics were quiet for 2 s"),
    summarize(`completion during the rename p95, scale ${label}`, "ms", runs.map((r) => percentile(r.completion, 95)), { text: "≤ 200 ms", ok: (m) => m <= 200 }),
    summarize(`completion during the rename max, scale ${label}`, "ms", runs.map((r) => Math.max(...r.completion))),
    summarize(`diagnostics published per file during the rename (max), scale ${label}`, "", runs.map((r) => r.publishedPerFileMax), { text: "≤ 2", ok: (m) => m <= 2 }),
    summarize(`server peak RSS during the rename, scale ${label}`, "MB", runs.map((r) => r.maxRssMB), { text: "≤ 1024 MB", ok: (m) => m <= 1024 }),
  ];
  return { figures, runs };
}

if (process.argv[1]?.endsWith("rename.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const { figures, runs } = await runRenameBench({ scale: parseScale(get("--scale") ?? "1"), runs: Number(get("--runs") ?? 3), build: !argv.includes("--no-build") });
  console.log("Nationwide rename");
  figures.forEach(printFigure);
  const out = get("--out") ?? join(ROOT, "bench", "results.rename.json");
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), figures, runs: runs.map((r) => ({ ...r, completion: undefined, completionMs: r.completion })) }, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, out)}`);
}
