// `plancode/site` over LSP: the language server answers the dashboard's data from its workspace
// (the editor's dashboard webview shows it), follows edits, and `plancode/graph` draws nothing
// over a `limit` (the extension then opens the dashboard instead of an unreadable flowchart).
import assert from "node:assert/strict";
import type { SiteData } from "../../site/data.js";
import { LspClient } from "../server/lsp-client.js";

const PROVINCE = "provinces/tinh-a.plan";

describe("server: plancode/site and the graph's limit", function () {
  this.timeout(30_000);
  let c: LspClient;

  before(async () => {
    c = await LspClient.start({ initializationOptions: { asOf: "2024-11-01" } });
    await c.open(PROVINCE);
  });
  after(() => c.stop());

  const site = async () => (await c.request<{ data: SiteData }>("plancode/site", { runs: 30, seed: 2 })).data;

  it("answers the dashboard's data: every document, files by URI, the directive simulated", async () => {
    const data = await site();
    assert.deepEqual(data.docs.map((d) => d.name), ["KL57", "KH-A-57", "KH-X-57"]);
    assert.equal(data.locale, "vi");
    assert.equal(data.simulation?.runs, 30);
    assert.ok(Array.isArray(data.details), "the editor gets the details at once");
    const province = data.docs[1];
    assert.equal(data.strings[province.file], c.uri(PROVINCE));
    assert.equal(c.text(PROVINCE).slice(province.offset, province.offset + "KH-A-57".length), "KH-A-57", "the offset of the declaration");
  });

  it("follows an edit of an open plan", async () => {
    const original = c.text(PROVINCE);
    await c.change(PROVINCE, original.replace(/title "[^"]*"/, 'title "Tiêu đề mới"'));
    try {
      const data = await site();
      assert.ok(data.strings.includes("Tiêu đề mới"));
    } finally {
      await c.change(PROVINCE, original);
    }
  });

  it("plancode/graph draws nothing over its limit, and says how many documents there are", async () => {
    const over = await c.request<{ mermaid: string; documents: number }>("plancode/graph", { limit: 2 });
    assert.deepEqual(over, { mermaid: "", format: "mermaid", text: "", documents: 3 });
    const under = await c.request<{ mermaid: string; documents: number }>("plancode/graph", { limit: 3 });
    assert.match(under.mermaid, /KH-X-57/);
  });
});
