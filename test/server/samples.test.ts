// The server on a copy of samples/ (the real cascade from KL57 down to a district), when present:
// indexing, `covers` completion with the directive's tasks, hover, definition, the coverage
// lens, and an opened file from samples/mistakes/ (ignored by plancode.json) being checked.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CodeLens, CompletionList, Hover, Location } from "vscode-languageserver-protocol/node.js";
import { LspClient, REPO } from "./lsp-client.js";

const SAMPLES = join(REPO, "samples");
const PLAN = "provinces/binh-duong.plan";

describe("server: on samples/", function () {
  this.timeout(30_000);
  let c: LspClient;

  before(async function () {
    if (!existsSync(join(SAMPLES, PLAN)) || !existsSync(join(SAMPLES, "central/kl57.plan"))) this.skip();
    c = await LspClient.start({ workspace: SAMPLES });
    await c.waitForStartup();
    await c.open(PLAN);
  });
  after(async () => {
    await c?.stop();
  });

  it("publishes nothing for ignored mistakes/ and checks one once it is opened", async () => {
    assert.ok(!c.published.some((p) => p.uri.includes("/mistakes/") && p.diagnostics.length));
    const rel = "mistakes/unresolved-reference.plan";
    if (!existsSync(join(SAMPLES, rel))) return;
    await c.open(rel);
    await c.diagnosticsOf(rel, (d) => d.some((x) => x.code === "unresolved-reference"));
  });

  it("offers KL57's tasks after `covers `", async () => {
    const original = c.text(PLAN);
    const anchor = original.indexOf("\n", original.indexOf("task A1 "));
    const line = '  task A9 "Mới" covers ';
    await c.change(PLAN, `${original.slice(0, anchor + 1)}${line}\n${original.slice(anchor + 1)}`);
    try {
      const { items } = await c.request<CompletionList>("textDocument/completion", {
        textDocument: { uri: c.uri(PLAN) },
        position: c.positionOf(PLAN, line, line.length),
      });
      const labels = items.map((i) => i.label);
      for (const t of ["T1", "T2", "T2.1", "T3"]) assert.ok(labels.includes(t), t);
      assert.match(items.find((i) => i.label === "T1")!.detail!, /quán triệt/i);
    } finally {
      await c.change(PLAN, original);
    }
  });

  it("hovers and jumps to the directive", async () => {
    const position = c.positionOf(PLAN, "parent KL57", 8);
    const h = await c.request<Hover>("textDocument/hover", { textDocument: { uri: c.uri(PLAN) }, position });
    assert.match((h.contents as { value: string }).value, /57-KL\/TW/);
    const defs = await c.request<Location[]>("textDocument/definition", { textDocument: { uri: c.uri(PLAN) }, position });
    assert.ok(defs[0].uri.endsWith("/central/kl57.plan"));
  });

  it("shows the coverage lens of the provincial plan", async () => {
    const lenses = await c.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri: c.uri(PLAN) } });
    assert.ok(lenses.some((l) => /^bao quát \d+\/\d+ nhiệm vụ của KL57$/.test(l.command!.title)), lenses.map((l) => l.command?.title).join(" | "));
  });
});
