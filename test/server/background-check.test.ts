// Start-up as an editor sees it on a workspace of a few thousand files: indexing ends once every
// file is parsed and in the symbol tables; the open file's diagnostics come first, then the other
// files are checked in the background while requests are answered, under a progress of their own.
// What matters is the order of events and the end state, never how long anything took.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { CompletionList, Hover } from "vscode-languageserver-protocol/node.js";
import { generateTo } from "../../bench/generate.js";
import { planFiles } from "../../bench/lib/lsp-editor.js";
import { checkFile, Workspace } from "../../language/index.js";
import { offsetAt } from "./helpers.js";
import { LspClient } from "./lsp-client.js";

describe("server: the check after indexing runs in the background", function () {
  this.timeout(180_000);
  let folder: string;
  let c: LspClient;
  const ends = () => c.progress.filter((p) => p.value.kind === "end").length;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), "plancode-background-"));
    generateTo(folder, { seed: 57, scale: 1 / 8, mistakes: 0.05 });
  });
  after(async () => {
    await c?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("answers requests and publishes the open file first while the other files are checked", async () => {
    c = await LspClient.start({ workspace: folder });
    const files = planFiles(join(c.root, "provinces"));
    const open = relative(c.root, files.find((f) => f.endsWith("/huyen-uy.plan"))!);
    await c.open(open);
    await c.waitFor(() => ends() >= 1, "indexing to end", 120_000);
    // Requests sent the moment indexing ends are answered before the checking progress ends.
    const hover = await c.request<Hover | null>("textDocument/hover", { textDocument: { uri: c.uri(open) }, position: c.positionOf(open, "\n  issuer ", 11) });
    const list = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: c.uri(open) }, position: c.positionOf(open, "\n    lead ", 10) });
    assert.ok(hover, "hover answered");
    assert.ok(list.items.length > 0, "completion answered");
    assert.equal(ends(), 1, "answered while the workspace was still being checked");
    await c.waitForStartup(120_000);
    // The open file was checked before any unopened one was published.
    const firstUnopened = c.published.findIndex((p) => p.uri !== c.uri(open));
    assert.ok(firstUnopened >= 0, "unopened files got diagnostics");
    const checking = c.progress.find((p) => p.value.kind === "begin" && p.token !== c.progress[0].token)!;
    assert.ok(checking.publishedBefore <= firstUnopened, "unopened files are published after indexing ended");
  });

  it("publishes, once the checking progress ends, the diagnostics of a full check of every file", async () => {
    // (after the test above: the server has settled)
    const ws = new Workspace();
    const uris: string[] = [];
    for (const path of planFiles(c.root)) {
      const uri = pathToFileURL(path).href;
      uris.push(uri);
      ws.setFile(uri, readFileSync(path, "utf8"));
    }
    let withFindings = 0;
    for (const uri of uris) {
      const text = ws.getFile(uri)!.text;
      const expected = checkFile(ws, uri).map((f) => `${f.span.start} ${f.ruleId} ${f.message.vi}`);
      const actual = (c.diagnostics.get(uri) ?? []).map((d) => `${offsetAt(text, d.range.start)} ${d.code} ${d.message}`);
      assert.deepEqual(actual.sort(), expected.sort(), uri);
      if (expected.length) withFindings++;
    }
    assert.ok(withFindings > 10, "the generated mistakes are found");
  });
});
