// One bad request never takes the server down: malformed params, unknown methods, positions
// outside the file, files the server does not know, garbage text and cancelled requests are all
// answered (with an empty result or an error), and the server keeps serving.
import assert from "node:assert/strict";
import { CancellationTokenSource, type Hover } from "vscode-languageserver-protocol/node.js";
import { LspClient } from "../server/lsp-client.js";

const DISTRICT = "districts/huyen-x.plan";

describe("server: crash isolation", function () {
  this.timeout(30_000);
  let c: LspClient;

  before(async () => {
    c = await LspClient.start();
    await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
    await c.open(DISTRICT);
  });
  after(() => c.stop());

  /** The server still answers a real request correctly. */
  async function stillServes(): Promise<void> {
    const h = await c.request<Hover>("textDocument/hover", {
      textDocument: { uri: c.uri(DISTRICT) },
      position: c.positionOf(DISTRICT, "lead btg-hu-x", 6),
    });
    assert.match((h.contents as { value: string }).value, /Ban Tuyên giáo Huyện ủy X/);
    assert.equal(c.process.exitCode, null);
  }

  it("answers malformed params with an empty result and logs one line", async () => {
    const requests = [
      "textDocument/hover",
      "textDocument/completion",
      "textDocument/definition",
      "textDocument/references",
      "textDocument/rename",
      "textDocument/codeAction",
      "textDocument/codeLens",
      "textDocument/semanticTokens/full",
      "textDocument/inlayHint",
      "textDocument/selectionRange",
      "textDocument/documentSymbol",
      "workspace/symbol",
    ];
    for (const method of requests) {
      for (const params of [{}, { textDocument: 42 }, { textDocument: { uri: c.uri(DISTRICT) }, position: "x" }]) {
        await c.request(method, params).catch(() => undefined);
      }
    }
    await c.waitFor(() => c.logs.some((l) => /^\[(hover|completion)\] TypeError/.test(l)), "an error line in the log");
    assert.ok(c.logs.every((l) => !l.includes("\n")), "one line per error");
    await stillServes();
  });

  it("answers an unknown method with MethodNotFound and ignores unknown notifications", async () => {
    await assert.rejects(c.request("plancode/noSuchThing", {}), (e: { code?: number }) => e.code === -32601);
    await c.connection.sendNotification("plancode/noSuchNotification", { x: 1 });
    await stillServes();
  });

  it("answers positions outside the file", async () => {
    const uri = c.uri(DISTRICT);
    for (const position of [{ line: 9999, character: 0 }, { line: 0, character: 9999 }, { line: -1, character: -5 }, { line: 2.5, character: 1 }]) {
      for (const method of ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/prepareRename", "textDocument/documentHighlight"]) {
        await c.request(method, { textDocument: { uri }, position }).catch(() => undefined);
      }
    }
    await c.request("textDocument/selectionRange", { textDocument: { uri }, positions: [{ line: 500, character: 500 }] });
    await stillServes();
  });

  it("answers requests for files it does not know", async () => {
    const textDocument = { uri: c.uri("nowhere/missing.plan") };
    const position = { line: 0, character: 0 };
    assert.equal(await c.request("textDocument/hover", { textDocument, position }), null);
    assert.deepEqual(await c.request("textDocument/completion", { textDocument, position }), { isIncomplete: false, items: [] });
    assert.deepEqual(await c.request("textDocument/documentSymbol", { textDocument }), []);
    assert.deepEqual(await c.request("textDocument/semanticTokens/full", { textDocument }), { data: [] });
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: textDocument.uri, version: 3 }, contentChanges: [{ text: "x" }] });
    await c.connection.sendNotification("textDocument/didClose", { textDocument });
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: 7 } });
    await stillServes();
  });

  it("survives garbage text and keeps checking", async () => {
    const original = c.text(DISTRICT);
    const garbage = ["\u0000\uffff{{{}}}\"\\", "plan plan plan { task task task covers covers , , , }", "}".repeat(500), "\ud800 lone surrogate", original.slice(0, 123)];
    let since = c.published.length;
    for (const text of garbage) {
      await c.change(DISTRICT, text);
      for (const method of ["textDocument/semanticTokens/full", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/codeLens", "textDocument/inlayHint"]) {
        await c.request(method, { textDocument: { uri: c.uri(DISTRICT) }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      }
      await c.request("textDocument/completion", { textDocument: { uri: c.uri(DISTRICT) }, position: { line: 0, character: 3 } });
    }
    await c.diagnosticsOf(DISTRICT, (d) => d.some((x) => x.code === "syntax"), since);
    since = c.published.length;
    await c.change(DISTRICT, original);
    await c.diagnosticsOf(DISTRICT, (d) => d.length === 1 && d[0].code === "unresolved-reference", since);
    await stillServes();
  });

  it("answers a cancelled request as cancelled (or with its result) and goes on", async () => {
    const source = new CancellationTokenSource();
    const pending = c.connection.sendRequest(
      "textDocument/references",
      { textDocument: { uri: c.uri(DISTRICT) }, position: c.positionOf(DISTRICT, "lead btg-hu-x", 6), context: { includeDeclaration: true } },
      source.token,
    );
    source.cancel();
    await pending.then(
      (r) => assert.ok(Array.isArray(r)),
      (e: { code?: number }) => assert.equal(e.code, -32800),
    );
    await stillServes();
  });
});
