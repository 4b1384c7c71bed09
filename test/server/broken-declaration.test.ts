// A deleted `{` in the editor: the server publishes the syntax errors of the plan it cut short and
// none of the coverage, cadence, lead or indicator findings the recovery would invent about the
// text it skipped (language/checks/run.ts `withholdInBrokenDeclarations`); once the brace is back,
// the plan is clean again.
import assert from "node:assert/strict";
import { drafterServer } from "./helpers.js";

const PLAN = "districts/lam-binh.plan";

describe("server: a declaration cut short by a syntax error", function () {
  this.timeout(30_000);
  const server = drafterServer({}, [PLAN]);

  it("publishes the syntax errors only, then nothing once the brace is back", async () => {
    const c = server();
    const original = c.text(PLAN);
    const since = c.published.length;
    await c.change(PLAN, original.replace("covers A1 {", "covers A1"));
    const broken = await c.diagnosticsOf(PLAN, (d) => d.length > 0, since);
    assert.deepEqual(broken.map((d) => d.code), ["syntax", "syntax"], broken.map((d) => d.message).join("\n"));
    const invented = c.published.slice(since).filter((p) => p.uri === c.uri(PLAN)).flatMap((p) => p.diagnostics).filter((d) => d.code !== "syntax");
    assert.deepEqual(invented, [], "never published, not even for a moment");
    const again = c.published.length;
    await c.change(PLAN, original);
    await c.diagnosticsOf(PLAN, (d) => d.length === 0, again);
  });
});
