// The server keeps the whole workspace current: edits re-check dependants in other files (open
// or not), files changed on disk and `plancode.json` are picked up through
// workspace/didChangeWatchedFiles, and closing a document falls back to the file on disk.
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "vscode-languageserver-protocol/node.js";
import { LspClient } from "./lsp-client.js";

const DISTRICT = "districts/huyen-x.plan";
const PROVINCE = "provinces/tinh-a.plan";

const has = (code: string, name?: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === code && (!name || d.message.includes(`'${name}'`)));

describe("server: incremental workspace over LSP", function () {
  this.timeout(30_000);
  let c: LspClient;

  beforeEach(async () => {
    c = await LspClient.start();
    await c.diagnosticsOf(DISTRICT, has("unresolved-reference", "btg-hu-xx"));
  });
  afterEach(() => c.stop());

  it("an edit in a parent plan re-publishes a child file's diagnostics (child not open)", async () => {
    await c.open(PROVINCE);
    const original = c.text(PROVINCE);
    let since = c.published.length;
    await c.change(PROVINCE, original.replace("task A1 ", "task A9 "));
    const broken = await c.diagnosticsOf(DISTRICT, has("unresolved-reference", "A1"), since);
    assert.match(broken.find((d) => d.message.includes("'A1'"))!.message, /Văn bản cấp trên 'KH-A-57' không có nhiệm vụ 'A1'/);
    since = c.published.length;
    await c.change(PROVINCE, original);
    const fixed = await c.diagnosticsOf(DISTRICT, (ds) => !has("unresolved-reference", "A1")(ds), since);
    assert.ok(has("unresolved-reference", "btg-hu-xx")(fixed));
  });

  it("an incremental (ranged) edit is applied like the editor sent it", async () => {
    await c.open(DISTRICT);
    const since = c.published.length;
    const start = c.positionOf(DISTRICT, "btg-hu-xx", 8);
    await c.edit(DISTRICT, [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: "" }]);
    await c.diagnosticsOf(DISTRICT, (ds) => ds.length === 0, since);
  });

  it("a renamed unit breaks references in unopened files, and renaming back mends them", async () => {
    await c.open(PROVINCE);
    const original = c.text(PROVINCE);
    let since = c.published.length;
    await c.change(PROVINCE, original.replace("unit vp-hu-x ", "unit vp-hu-y "));
    await c.diagnosticsOf(DISTRICT, has("unresolved-reference", "vp-hu-x"), since);
    since = c.published.length;
    await c.change(PROVINCE, original);
    await c.diagnosticsOf(DISTRICT, (ds) => !has("unresolved-reference", "vp-hu-x")(ds), since);
  });

  it("files created, changed and deleted on disk are picked up (didChangeWatchedFiles)", async () => {
    assert.ok(c.registrations.includes("workspace/didChangeWatchedFiles"));
    const rel = "districts/huyen-y.plan";
    writeFileSync(join(c.root, rel), 'plan KH-Y-57 {\n  issuer huyen-uy-y\n  parent KH-A-57\n  task C1 "c" covers A1 { lead huyen-uy-x }\n}\n');
    let since = c.published.length;
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri(rel), type: 1 }] });
    await c.diagnosticsOf(rel, has("unresolved-reference", "huyen-uy-y"), since);

    // The directive changes on disk: the provincial plan (not open) loses a task it covers.
    const kl57 = c.read("central/kl57.plan");
    writeFileSync(join(c.root, "central/kl57.plan"), kl57.replace("task T3 ", "task T4 "));
    since = c.published.length;
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("central/kl57.plan"), type: 2 }] });
    await c.diagnosticsOf(PROVINCE, has("unresolved-reference", "T3"), since);

    rmSync(join(c.root, rel));
    since = c.published.length;
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri(rel), type: 3 }] });
    await c.diagnosticsOf(rel, (ds) => ds.length === 0, since);
  });

  it("closing a document falls back to the text on disk", async () => {
    await c.open(DISTRICT);
    let since = c.published.length;
    await c.change(DISTRICT, c.text(DISTRICT).replace("btg-hu-xx", "btg-hu-x"));
    await c.diagnosticsOf(DISTRICT, (ds) => ds.length === 0, since);
    since = c.published.length;
    await c.close(DISTRICT);
    await c.diagnosticsOf(DISTRICT, has("unresolved-reference", "btg-hu-xx"), since);
  });

  it("plancode.json changes re-check everything with the new severities", async () => {
    const config = join(c.root, "plancode.json");
    writeFileSync(config, JSON.stringify({ locale: "vi", ignore: ["drafts/**"], rules: { "unresolved-reference": "warning" } }));
    let since = c.published.length;
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("plancode.json"), type: 2 }] });
    const warned = await c.diagnosticsOf(DISTRICT, (ds) => ds.some((d) => d.code === "unresolved-reference" && d.severity === 2), since);
    assert.equal(warned.length, 1);
    writeFileSync(config, JSON.stringify({ locale: "en", ignore: [], rules: { "unresolved-reference": "off" } }));
    since = c.published.length;
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("plancode.json"), type: 2 }] });
    await c.diagnosticsOf(DISTRICT, (ds) => ds.length === 0, since);
    // `ignore` no longer skips drafts/: the broken draft is checked now, in English.
    const draft = await c.diagnosticsOf("drafts/scratch.plan", (ds) => ds.some((d) => d.code === "syntax"), since);
    assert.match(draft[0].message, /[A-Za-z]/);
    assert.ok(!/Không|Cần/.test(draft[0].message), draft[0].message);
  });

  it("plancode.json's `simulation` reaches the editor's simulation, as it does `plancode simulate`", async () => {
    const config = join(c.root, "plancode.json");
    writeFileSync(config, JSON.stringify({ locale: "vi", ignore: ["drafts/**"], simulation: { seed: 42, runs: 30 } }));
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("plancode.json"), type: 2 }] });
    type Sim = { text: string; simulation: { runs: number; seed: number } } | null;
    let sim: Sim = null;
    for (let i = 0; i < 50 && sim?.simulation.runs !== 30; i++) {
      sim = await c.request<Sim>("plancode/simulate", { uri: c.uri(DISTRICT) });
      if (sim?.simulation.runs !== 30) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(sim!.simulation.runs, 30);
    assert.equal(sim!.simulation.seed, 42);
    // The request's own seed and runs win over the file's.
    const asked = await c.request<Sim>("plancode/simulate", { uri: c.uri(DISTRICT), runs: 5, seed: 3 });
    assert.deepEqual([asked!.simulation.runs, asked!.simulation.seed], [5, 3]);
  });
});
