// "Simulate this plan" through the server on a day past the plan's horizon (issue 16, point 6):
// it said "từ 07/12/2026 … đến 31/12/2025" with 0% on time everywhere; now it says the plan's
// period is over, with what was left overdue, and simulates nothing.
import assert from "node:assert/strict";
import { join } from "node:path";
import { LspClient, REPO } from "./lsp-client.js";

describe("server: simulating a plan past its horizon", function () {
  this.timeout(30_000);
  let c: LspClient;

  before(async () => {
    c = await LspClient.start({ workspace: join(REPO, "samples"), initializationOptions: { asOf: "2026-12-07" } });
    await c.waitForStartup();
  });
  after(() => c?.stop());

  it("says the plan's period is over and what was left overdue", async () => {
    const result = await c.request<{ text: string; simulation: { ended?: { reason: string } } }>("plancode/simulate", { name: "KH-LB-57", runs: 50 });
    assert.equal(result.simulation.ended?.reason, "horizon");
    assert.match(result.text, /KH-LB-57 đã hết thời hạn kế hoạch \(31\/12\/2025\) trước ngày 07\/12\/2026: không còn mốc nào để mô phỏng\./);
    assert.match(result.text, /Còn quá hạn: /);
    assert.doesNotMatch(result.text, /đến 31\/12\/2025/, "no period that ends before it starts");
  });
});
