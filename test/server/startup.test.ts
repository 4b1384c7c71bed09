// Starting the server: indexing the workspace folders with work-done progress, `ignore` patterns,
// the locale, and the ways it is launched (stdio from sources, the esbuild bundle, IPC as the
// VS Code extension does).
import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node.js";
import { bundleServer, CAPABILITIES, FIXTURE, LspClient, REPO } from "./lsp-client.js";

const DISTRICT = "districts/huyen-x.plan";

describe("server: start-up", function () {
  this.timeout(60_000);

  it("indexes every .plan file with work-done progress and publishes diagnostics of unopened files", async () => {
    const c = await LspClient.start();
    try {
      const diags = await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
      assert.equal(diags[0].code, "unresolved-reference");
      assert.equal(diags[0].source, "plancode");
      assert.equal(diags[0].message, "Không tìm thấy đơn vị 'btg-hu-xx'. Có phải là 'btg-hu-x'?");
      await c.waitForStartup();
      // Two progresses: indexing (every file read, parsed, in the symbol tables), then checking the
      // workspace, begun as the first ends and ended once every file's diagnostics are out.
      const [indexing, checking] = [...new Set(c.progress.map((p) => p.token))];
      const kinds = (token: string | number) => c.progress.filter((p) => p.token === token).map((p) => p.value.kind).filter((k, i, a) => k !== a[i - 1]);
      assert.deepEqual(kinds(indexing), ["begin", "report", "end"]);
      assert.deepEqual(kinds(checking).filter((k) => k !== "report"), ["begin", "end"]);
      const indexingEnd = c.progress.findIndex((p) => p.token === indexing && p.value.kind === "end");
      const checkingBegin = c.progress.findIndex((p) => p.token === checking && p.value.kind === "begin");
      assert.ok(indexingEnd < checkingBegin, "checking begins once indexing has ended");
      const end = c.progress.find((p) => p.token === checking && p.value.kind === "end")!;
      const published = c.published.findIndex((p) => p.uri === c.uri(DISTRICT) && p.diagnostics.length > 0);
      assert.ok(published >= 0 && published < end.publishedBefore, "the district's diagnostics came before the checking progress ended");
      // Ignored by plancode.json (`drafts/**`): never published.
      assert.ok(!c.published.some((p) => p.uri.includes("/drafts/")));
      // An ignored file that is opened is checked while open.
      await c.open("drafts/scratch.plan");
      await c.diagnosticsOf("drafts/scratch.plan", (d) => d.some((x) => x.code === "syntax"));
    } finally {
      await c.stop();
    }
  });

  it("takes the locale from initializationOptions over plancode.json", async () => {
    const c = await LspClient.start({ initializationOptions: { locale: "en" } });
    try {
      const diags = await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
      assert.equal(diags[0].message, "Unknown unit 'btg-hu-xx'. Did you mean 'btg-hu-x'?");
      // Switching the setting re-publishes in the other language.
      const since = c.published.length;
      await c.setSettings({ locale: "vi" });
      await c.diagnosticsOf(DISTRICT, (d) => d[0]?.message.startsWith("Không tìm thấy"), since);
    } finally {
      await c.stop();
    }
  });

  it("works without optional client capabilities (no progress, no watchers, no configuration)", async () => {
    const c = await LspClient.start({ capabilities: {} });
    try {
      await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
      assert.equal(c.progress.length, 0);
      assert.deepEqual(c.registrations, []);
    } finally {
      await c.stop();
    }
  });

  it("indexes a workspace folder added later (didChangeWorkspaceFolders)", async () => {
    const c = await LspClient.start();
    const extra = mkdtempSync(join(tmpdir(), "plancode-folder-"));
    try {
      await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
      writeFileSync(join(extra, "xa.plan"), 'plan KH-XA {\n  issuer dang-uy-xa\n  parent KH-X-57\n  task D1 "d" covers B1 { lead btg-hu-x }\n}\n');
      const uri = pathToFileURL(join(extra, "xa.plan")).href;
      await c.connection.sendNotification("workspace/didChangeWorkspaceFolders", {
        event: { added: [{ uri: pathToFileURL(extra).href, name: "extra" }], removed: [] },
      });
      await c.waitFor(() => c.published.some((p) => p.uri === uri && p.diagnostics.some((d) => d.message.includes("'dang-uy-xa'"))), "diagnostics of the added folder");
    } finally {
      await c.stop();
      rmSync(extra, { recursive: true, force: true });
    }
  });

  it("the esbuild bundle starts itself: node server.cjs --stdio", async () => {
    const out = mkdtempSync(join(tmpdir(), "plancode-bundle-"));
    try {
      const c = await LspClient.start({ bundlePath: await bundleServer(out) });
      try {
        await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
        const hover = await c.request<{ contents: { value: string } }>("textDocument/hover", {
          textDocument: { uri: c.uri(DISTRICT) },
          position: c.positionOf(DISTRICT, "lead btg-hu-x", 6),
        });
        assert.match(hover.contents.value, /Ban Tuyên giáo Huyện ủy X/);
      } finally {
        await c.stop();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("serves over IPC (--node-ipc), as the VS Code extension starts it", async () => {
    const root = mkdtempSync(join(tmpdir(), "plancode-ipc-"));
    cpSync(FIXTURE, root, { recursive: true });
    const child = fork(join(REPO, "server/main.ts"), ["--node-ipc"], { cwd: REPO, execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const published: PublishDiagnosticsParams[] = [];
      let notify: () => void = () => undefined;
      connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
        published.push(p);
        notify();
      });
      connection.listen();
      const rootUri = pathToFileURL(root).href;
      await connection.sendRequest("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "ws" }], capabilities: CAPABILITIES });
      await connection.sendNotification("initialized", {});
      const uri = pathToFileURL(join(root, DISTRICT)).href;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no diagnostics over IPC")), 20_000);
        notify = () => {
          if (published.some((p) => p.uri === uri && p.diagnostics.length)) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      });
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
    } finally {
      connection.dispose();
      child.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
