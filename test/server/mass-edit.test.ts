// A mass edit through the server, as VS Code applies a rename's workspace edit (issue 16, points
// 10 and 11): every file opened, then edited in one go, saved (the watcher says so) and closed. The
// server applies the burst as one batch once it stops arriving and checks each file once: no file
// shows a state halfway through (a name renamed in the directive but not yet where it is used),
// a work-done progress covers the updating and the checking and ends when the diagnostics are
// complete, and a completion asked in the middle is answered. The nationwide figures are
// bench/rename.ts's; here a generated cascade of a few hundred files.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompletionList, WorkspaceEdit } from "vscode-languageserver-protocol/node.js";
import { generateTo } from "../../bench/generate.js";
import { planFiles } from "../../bench/lib/lsp-editor.js";
import { applyEdits } from "./helpers.js";
import { LspClient } from "./lsp-client.js";

describe("server: a rename across a generated cascade, applied as VS Code applies it", function () {
  this.timeout(120_000);
  let folder: string;
  let c: LspClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), "plancode-mass-"));
    generateTo(folder, { seed: 57, scale: 1 / 32, mistakes: 0.05 });
    c = await LspClient.start({ workspace: folder });
    await c.waitForStartup(60_000);
  });
  after(async () => {
    await c?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("applies it once, checks each file once, shows its progress to the end, and answers meanwhile", async () => {
    const directive = "central/kl57.plan";
    await c.open(directive);
    const text = c.text(directive);
    const edit = await c.request<WorkspaceEdit>("textDocument/rename", {
      textDocument: { uri: c.uri(directive) },
      position: c.positionOf(directive, "directive KL57 ", "directive ".length),
      newName: "KL57-TW",
    });
    const changes = Object.entries(edit.changes!).map(([uri, edits]) => {
      const rel = relative(c.root, fileURLToPath(uri));
      const before = readFileSync(join(c.root, rel), "utf8");
      return { rel, before, after: applyEdits(before, edits) };
    });
    assert.ok(changes.length > 300, `${changes.length} files`);
    assert.ok(text.includes("directive KL57 "));
    const progressBefore = c.progress.length;
    const since = c.published.length;

    // As VS Code applies a workspace edit: every file opened (the directive is open already) as
    // its model is loaded, then the edits of every file sent in one go, a completion asked half
    // way; then saved and closed. (Opening a file as it is on disk checks nothing.)
    const district = changes.find((x) => x.rel.endsWith("/huyen-uy.plan"))!;
    let asked: Promise<CompletionList> | undefined;
    for (const { rel, before } of changes) if (rel !== directive) await c.openText(rel, before);
    const sent = changes.map(({ rel, after }, i) => {
      const done = c.change(rel, after);
      if (i === Math.floor(changes.length / 2)) {
        asked = c.request<CompletionList>("textDocument/completion", {
          textDocument: { uri: c.uri(district.rel) },
          position: c.positionOf(district.rel, "\n  parent ", "\n  parent ".length),
          context: { triggerKind: 1 },
        });
      }
      return done;
    });
    await Promise.all(sent);
    for (const { rel, after } of changes) writeFileSync(join(c.root, rel), after);
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: changes.map(({ rel }) => ({ uri: c.uri(rel), type: 2 })) });
    for (const { rel } of changes) if (rel !== directive) await c.close(rel);

    const answer = await asked!;
    assert.ok(answer.items.length > 0, "completion answered during the mass edit");

    // The progress: updating, then checking, then its end — after which nothing more is published.
    await c.waitFor(() => c.progress.slice(progressBefore).some((p) => p.value.kind === "end"), "the mass edit's progress to end", 60_000);
    const progress = c.progress.slice(progressBefore);
    assert.equal(progress[0].value.kind, "begin");
    assert.match(progress[0].value.message ?? "", /^Đang cập nhật 0\/[\d.]+ tệp đã sửa$/);
    const end = progress.find((p) => p.value.kind === "end")!;
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(c.published.length, end.publishedBefore, "nothing published after the progress ended");

    // Each file at most once, and never a finding that names the old name (a state halfway through).
    const during = c.published.slice(since);
    const perFile = new Map<string, number>();
    for (const p of during) perFile.set(p.uri, (perFile.get(p.uri) ?? 0) + 1);
    assert.ok(Math.max(0, ...perFile.values()) <= 1, `a file published twice: ${[...perFile].filter(([, n]) => n > 1).map(([u]) => u).join(", ")}`);
    const stale = during.filter((p) => p.diagnostics.some((d) => /'KL57'/.test(d.message)));
    assert.deepEqual(stale.map((p) => p.uri), [], "a file showed the directive renamed but not its own reference");
  });

  it("a checkout that changes every file on disk (one burst of watcher events) is applied and checked once too", async () => {
    // Undo the rename on disk, as `git checkout` would, with nothing open in the editor.
    await c.close("central/kl57.plan");
    const rels = planFiles(c.root).map((path) => relative(c.root, path));
    const progressBefore = c.progress.length;
    const since = c.published.length;
    for (const rel of rels) writeFileSync(join(c.root, rel), readFileSync(join(c.root, rel), "utf8").replaceAll("KL57-TW", "KL57"));
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: rels.map((rel) => ({ uri: c.uri(rel), type: 2 })) });
    await c.waitFor(() => c.progress.slice(progressBefore).some((p) => p.value.kind === "end"), "the checkout's progress to end", 60_000);
    await new Promise((r) => setTimeout(r, 500));
    const during = c.published.slice(since);
    const perFile = new Map<string, number>();
    for (const p of during) perFile.set(p.uri, (perFile.get(p.uri) ?? 0) + 1);
    assert.ok(Math.max(0, ...perFile.values()) <= 1, "each file published at most once");
    assert.deepEqual(during.filter((p) => p.diagnostics.some((d) => /Không tìm thấy văn bản 'KL57/.test(d.message))).map((p) => p.uri), []);
  });
});
