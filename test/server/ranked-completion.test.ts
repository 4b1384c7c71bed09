// Ranked completion through the server, on a drafter's new district plan in a copy of samples/:
// the legal, nearest candidates first (issue 16: after `parent` the right plan was 11th of 12).
// The ranking itself is tested in test/ide/completion-ranking.test.ts; here, the LSP shape:
// order by sortText, the list complete on a small workspace, units offered on a `recipients` line.
import assert from "node:assert/strict";
import type { CompletionItem, CompletionList } from "vscode-languageserver-protocol/node.js";
import { DRAFTER_PLAN, drafterServer } from "./helpers.js";
import type { LspClient } from "./lsp-client.js";

describe("server: ranked completion on a drafter's plan", function () {
  this.timeout(30_000);
  const server = drafterServer({}, [DRAFTER_PLAN]);
  let c: LspClient;
  let original: string;
  before(() => {
    c = server();
    original = c.text(DRAFTER_PLAN);
  });
  afterEach(() => c.change(DRAFTER_PLAN, original));

  /** Replaces `from` by `to` in the plan and completes at the end of `to` (a typed space, as the editor sends it). */
  async function completeAt(from: string, to: string): Promise<{ labels: string[]; list: CompletionList }> {
    await c.change(DRAFTER_PLAN, original.replace(from, to));
    const list = await c.request<CompletionList>("textDocument/completion", {
      textDocument: { uri: c.uri(DRAFTER_PLAN) },
      position: c.positionOf(DRAFTER_PLAN, to, to.length),
      context: to.endsWith(" ") ? { triggerKind: 2, triggerCharacter: " " } : { triggerKind: 1 },
    });
    const sorted = [...list.items].sort((a: CompletionItem, b: CompletionItem) => a.sortText!.localeCompare(b.sortText!));
    return { labels: sorted.map((i) => i.label), list };
  }

  it("after `parent `: the province's plan first, then the directive", async () => {
    const { labels, list } = await completeAt("parent KH-TQ-57", "parent ");
    assert.deepEqual(labels.slice(0, 2), ["KH-TQ-57", "KL57"]);
    assert.equal(list.isIncomplete, false, "twelve documents: the whole list");
  });

  it("after `issuer `: the drafter's own body first", async () => {
    const { labels } = await completeAt("issuer huyen-uy-chiem-hoa", "issuer ");
    assert.equal(labels[0], "huyen-uy-chiem-hoa");
  });

  it("after `implements `: the directive of the parent chain", async () => {
    const { labels } = await completeAt("implements KL57", "implements ");
    assert.equal(labels[0], "KL57");
  });

  it("after a report's `to `: the parent's issuer and its organs", async () => {
    const { labels } = await completeAt("due day 5 to btg-tu-tq", "due day 5 to ");
    assert.deepEqual(labels.slice(0, 3), ["tinh-uy-tuyen-quang", "btv-tu-tq", "btg-tu-tq"]);
  });

  it("on a line of `recipients`: units, asked for (a typed space on a new line opens nothing)", async () => {
    const line = "  recipients {\n    ";
    await c.change(DRAFTER_PLAN, original.replace("  reporting {", `${line}\n  }\n  reporting {`));
    const position = c.positionOf(DRAFTER_PLAN, line, line.length);
    const asked = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: c.uri(DRAFTER_PLAN) }, position, context: { triggerKind: 1 } });
    const labels = [...asked.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.equal(labels[0], "tinh-uy-tuyen-quang");
    const typedSpace = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: c.uri(DRAFTER_PLAN) }, position, context: { triggerKind: 2, triggerCharacter: " " } });
    assert.deepEqual(typedSpace.items, []);
  });
});
