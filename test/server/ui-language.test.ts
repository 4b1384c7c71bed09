// One language on screen (issue 16, point 4): what the server sends for the editor's own UI —
// the status entries the "Show status" picker and the Plancode view show, the lifecycle diagram,
// the simulation of a plan past its horizon — is in the workspace's language, dates as that
// language writes them, and `plancode/locale` tells the extension which language that is:
// `plancode.locale`, else plancode.json, else the editor's display language (LSP `locale`).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StatusEntry } from "../../server/protocol.js";
import { DRAFTER_PLAN, drafterServer } from "./helpers.js";
import { FIXTURE, LspClient } from "./lsp-client.js";

describe("server: the editor's own words in the workspace's language", function () {
  this.timeout(30_000);
  const server = drafterServer({}, []);
  let c: LspClient;
  before(() => (c = server()));

  it("plancode/status: Vietnamese words and dd/mm/yyyy dates, the level, the declaration, most urgent first", async () => {
    const entries = await c.request<StatusEntry[]>("plancode/status", { order: "urgency" });
    // The drafter's plan (issued 25/10/2023, no report yet: due 05/05/2024), then KL57 (due 15/06/2024), as `plancode status` sorts.
    assert.deepEqual(entries.slice(0, 2).map((e) => e.name), ["KH-CH-57", "KL57"]);
    assert.deepEqual(entries[1].display, {
      state: "Đang thực hiện",
      description: "Đang thực hiện · từ 11/10/2023",
      detail: "Quá hạn: báo cáo 15/06/2024 · Kế tiếp: báo cáo 15/06/2025",
      locale: "vi",
    });
    const lamBinh = entries.find((e) => e.name === "KH-LB-57")!;
    assert.equal(lamBinh.level?.name, "district");
    assert.deepEqual(lamBinh.selection.start, c.positionOf("districts/lam-binh.plan", "KH-LB-57 {"));
    for (const e of entries) assert.doesNotMatch(`${e.display.description} ${e.display.detail}`, /\d{4}-\d{2}-\d{2}|since|overdue|next|report/i, e.name);
  });

  it("plancode/simulate: the lifecycle diagram's states in words", async () => {
    const sim = await c.request<{ mermaid: string }>("plancode/simulate", { uri: c.uri(DRAFTER_PLAN), runs: 20, seed: 1 });
    assert.match(sim.mermaid, /state "Đang thực hiện \(đã sơ kết và tổng kết\)" as implementing_p_f/);
    assert.doesNotMatch(sim.mermaid, /"(drafting|implementing|approved|issued|closed)/);
  });

  it("plancode/locale: plancode.json's language for a file and for the workspace", async () => {
    assert.deepEqual(await c.request("plancode/locale", { uri: c.uri(DRAFTER_PLAN) }), { locale: "vi" });
    assert.deepEqual(await c.request("plancode/locale", {}), { locale: "vi" });
  });

  it("plancode/locale: the setting wins; without one, plancode.json; without that, the editor's display language", async () => {
    const bare = mkdtempSync(join(tmpdir(), "plancode-bare-"));
    writeFileSync(join(bare, "plancode.json"), "{}\n");
    writeFileSync(join(bare, "a.plan"), 'unit a "A"\n');
    const clients: LspClient[] = [];
    const start = async (options: Parameters<typeof LspClient.start>[0], locale?: string) => {
      const client = await LspClient.start({ ...options, ...(locale ? { clientLocale: locale } : {}) });
      clients.push(client);
      return client;
    };
    try {
      const asked = async (client: LspClient) => (await client.request<{ locale: string }>("plancode/locale", { uri: client.uri("a.plan") })).locale;
      assert.equal(await asked(await start({ workspace: bare }, "vi")), "vi", "VS Code in Vietnamese, no plancode.json locale");
      assert.equal(await asked(await start({ workspace: bare }, "en-US")), "en");
      assert.equal(await asked(await start({ workspace: bare, settings: { locale: "vi" }, initializationOptions: { plancode: { locale: "vi" } } }, "en-US")), "vi", "plancode.locale: vi over an English VS Code");
      const fixture = await start({ workspace: FIXTURE }, "en-US");
      assert.equal((await fixture.request<{ locale: string }>("plancode/locale", {})).locale, "vi", "plancode.json's locale over the editor's language");
    } finally {
      for (const client of clients) await client.stop();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
