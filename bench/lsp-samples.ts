// Measures the language server as an editor feels it (a script, not a test; nothing asserted):
//   - time to first diagnostics: from spawning the server to the diagnostics of the file the
//     editor opened at start (indexing every .plan, checking, publishing);
//   - completion latency after `covers `: p50/p95 over 200 requests;
//   - diagnostics-after-edit latency: p50/p95 over 200 edits, from sending didChange to receiving
//     the new diagnostics, for an edit of the file itself and for an edit of the parent plan that
//     changes a child file's diagnostics (the debounce, 30 ms, is included).
// Runs the esbuild bundle of server/main.ts (as shipped).
// Usage: node --import tsx bench/lsp-samples.ts [workspace-folder ...]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { CompletionList } from "vscode-languageserver-protocol/node.js";
import { bundleServer, FIXTURE, LspClient, REPO } from "../test/server/lsp-client.js";

const N = 200;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms`;

interface Scenario {
  name: string;
  folder: string;
  /** The file opened at start; it must have findings. */
  opened: string;
  /** A plan (a parent) and a child whose findings depend on it. */
  parent: string;
  parentEdit: [string, string];
  child: string;
  /** A line of `child` after which `  task Z "z" covers ` is inserted. */
  coversAfter: string;
  /** A typo in `opened` that toggles a finding. */
  selfEdit: [string, string];
}

const scenarios: Scenario[] = [
  {
    name: "test/fixtures/lsp-workspace",
    folder: FIXTURE,
    opened: "districts/huyen-x.plan",
    parent: "provinces/tinh-a.plan",
    parentEdit: ["task A1 ", "task A9 "],
    child: "districts/huyen-x.plan",
    coversAfter: "task B1",
    selfEdit: ["btg-hu-xx", "btg-hu-x"],
  },
  {
    name: "samples",
    folder: join(REPO, "samples"),
    opened: "mistakes/unresolved-reference.plan",
    parent: "central/kl57.plan",
    parentEdit: ["task T3 ", "task T9 "],
    child: "provinces/binh-duong.plan",
    coversAfter: "task A1 ",
    selfEdit: ["", ""],
  },
];

async function bundle(): Promise<string> {
  return bundleServer(mkdtempSync(join(tmpdir(), "plancode-measure-")));
}

async function measure(s: Scenario, bundlePath: string): Promise<void> {
  console.log(`\n== ${s.name}`);
  const t0 = performance.now();
  const c = await LspClient.start({ workspace: s.folder, bundlePath });
  await c.open(s.opened);
  await c.diagnosticsOf(s.opened, (d) => d.length > 0);
  console.log(`time to first diagnostics (spawn → diagnostics of the opened file): ${(performance.now() - t0).toFixed(0)} ms`);
  await c.waitFor(() => c.progress.some((p) => p.value.kind === "end"), "indexing");
  const files = c.published.length;
  console.log(`(files with diagnostics at start: ${files})`);

  // Completion after `covers `.
  await c.open(s.child);
  const original = c.text(s.child);
  const i = original.indexOf("\n", original.indexOf(s.coversAfter));
  const line = '  task Z9 "z" covers ';
  await c.change(s.child, `${original.slice(0, i + 1)}${line}\n${original.slice(i + 1)}`);
  const position = c.positionOf(s.child, line, line.length);
  const completion: number[] = [];
  for (let k = 0; k < N + 10; k++) {
    const start = performance.now();
    const { items } = await c.request<CompletionList>("textDocument/completion", {
      textDocument: { uri: c.uri(s.child) },
      position,
      context: { triggerKind: 2, triggerCharacter: " " },
    });
    if (k >= 10) completion.push(performance.now() - start); // first 10: warm-up
    if (!items.length) throw new Error("empty completion");
  }
  console.log(`completion after 'covers ' (${completion.length} requests): ${fmt(completion)}`);
  await c.change(s.child, original);

  // Diagnostics after an edit of the file itself.
  if (s.selfEdit[0]) {
    const self: number[] = [];
    const text = c.text(s.opened);
    for (let k = 0; k < N; k++) {
      const broken = k % 2 === 1;
      const since = c.published.length;
      const start = performance.now();
      await c.change(s.opened, broken ? text : text.replace(s.selfEdit[0], s.selfEdit[1]));
      await c.diagnosticsOf(s.opened, (d) => (broken ? d.length > 0 : d.length === 0), since);
      self.push(performance.now() - start);
    }
    console.log(`diagnostics after an edit, same file (${self.length} edits): ${fmt(self)}`);
  }

  // Diagnostics of a child after an edit of its parent.
  await c.open(s.parent);
  const parentText = c.text(s.parent);
  const cross: number[] = [];
  const missing = s.parentEdit[0].replace("task ", "").trim();
  for (let k = 0; k < N; k++) {
    const broken = k % 2 === 0;
    const since = c.published.length;
    const start = performance.now();
    await c.change(s.parent, broken ? parentText.replace(s.parentEdit[0], s.parentEdit[1]) : parentText);
    await c.diagnosticsOf(
      s.child,
      (d) => d.some((x) => x.message.includes(`'${missing}'`)) === broken,
      since,
    );
    cross.push(performance.now() - start);
  }
  console.log(`diagnostics of a child after an edit of its parent (${cross.length} edits): ${fmt(cross)}`);
  await c.stop();
}

const bundlePath = await bundle();
try {
  for (const s of scenarios) await measure(s, bundlePath);
} finally {
  rmSync(join(bundlePath, ".."), { recursive: true, force: true });
}
