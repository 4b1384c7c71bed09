// Quick fixes through the server, on issue 16's scene: a new district plan under KH-TQ-57 whose
// first task leads with the provincial organ and which leaves three tasks of the province
// uncovered. Each fix is listed once however many findings carry it, and applying a fix through
// the editor's path (code action → edit → didChange → diagnostics) never adds a finding.
import assert from "node:assert/strict";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol/node.js";
import { applyEdits, DRAFTER_PLAN, drafterServer } from "./helpers.js";
import type { LspClient } from "./lsp-client.js";

function countByRule(diagnostics: Diagnostic[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of diagnostics) out.set(String(d.code), (out.get(String(d.code)) ?? 0) + 1);
  return out;
}

describe("server: quick fixes on a drafter's plan", function () {
  this.timeout(30_000);
  const server = drafterServer({}, [DRAFTER_PLAN]);
  let c: LspClient;
  before(() => (c = server()));

  const actionsOver = (diagnostics: Diagnostic[]) =>
    c.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: c.uri(DRAFTER_PLAN) },
      range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
      context: { diagnostics },
    });

  /** Applies `action`'s edit as the editor does; resolves with the diagnostics published for the new text. */
  async function apply(action: CodeAction): Promise<Diagnostic[]> {
    const text = applyEdits(c.text(DRAFTER_PLAN), action.edit!.changes![c.uri(DRAFTER_PLAN)]);
    const since = c.published.length;
    await c.change(DRAFTER_PLAN, text);
    return c.diagnosticsOf(DRAFTER_PLAN, () => true, since);
  }

  it("lists each fix once, naming every diagnostic it resolves", async () => {
    const diagnostics = await c.diagnosticsOf(DRAFTER_PLAN, (d) => d.filter((x) => x.code === "coverage").length === 3);
    const actions = await actionsOver(diagnostics);
    const titles = actions.map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, `a title listed twice: ${titles.join(" | ")}`);
    const all = actions.find((a) => a.title === "Thêm 3 nhiệm vụ bao quát các nhiệm vụ còn thiếu");
    assert.ok(all, titles.join(" | "));
    assert.equal(all.diagnostics?.filter((d) => d.code === "coverage").length, 3, "one entry for the three coverage warnings");
    assert.equal(titles.filter((t) => t === "Tắt 'coverage' cho dòng này").length, 1);
  });

  it("every fix applied through the editor adds no finding (the stubs' CẦN BỔ SUNG aside)", async () => {
    const original = c.text(DRAFTER_PLAN);
    const before = await c.diagnosticsOf(DRAFTER_PLAN, (d) => d.length === 4);
    const beforeCounts = countByRule(before);
    const actions = (await actionsOver(before)).filter((a) => !a.title.startsWith("Tắt "));
    assert.ok(actions.length >= 5, actions.map((a) => a.title).join(" | "));
    for (const action of actions) {
      const after = countByRule(await apply(action));
      for (const [rule, n] of after) {
        if (rule === "unfinished") continue; // the stubs' deliberate `// CẦN BỔ SUNG` marker
        assert.ok(n <= (beforeCounts.get(rule) ?? 0), `"${action.title}" adds ${rule}: ${beforeCounts.get(rule) ?? 0} → ${n}`);
      }
      const fixed = action.diagnostics?.map((d) => String(d.code)) ?? [];
      for (const rule of new Set(fixed)) assert.ok((after.get(rule) ?? 0) < (beforeCounts.get(rule) ?? 0), `"${action.title}" leaves every ${rule}`);
      const since = c.published.length;
      await c.change(DRAFTER_PLAN, original);
      await c.diagnosticsOf(DRAFTER_PLAN, (d) => d.length === 4, since);
    }
  });

  it("the stubs take a lead of the district, never the provincial organ copied into the plan", async () => {
    const before = await c.diagnosticsOf(DRAFTER_PLAN, (d) => d.length === 4);
    const all = (await actionsOver(before)).find((a) => a.title.startsWith("Thêm 3 nhiệm vụ"))!;
    const inserted = all.edit!.changes![c.uri(DRAFTER_PLAN)].map((e) => e.newText).join("");
    assert.doesNotMatch(inserted, /lead btg-tu-tq/);
    assert.match(inserted, /lead (btg-hu-ch|vp-hu-ch|btv-hu-ch|huyen-uy-chiem-hoa)\b/);
    assert.match(inserted, /\/\/ CẦN BỔ SUNG/);
  });
});
