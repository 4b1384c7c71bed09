// What the server keeps per file must go with the file: after files are created and deleted on
// disk, new and untitled documents opened and closed (hundreds of URIs never seen again, as in a
// working day: bench/soak.ts), nothing is left keyed by them. The server runs in this process
// (over in-memory streams) so its per-file structures can be counted.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { createConnection } from "vscode-languageserver/node.js";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from "vscode-languageserver-protocol/node.js";
import { defaultServerOptions } from "../../server/defaults.js";
import { PlancodeServer } from "../../server/main.js";
import { FIXTURE } from "./lsp-client.js";

/** The server's maps keyed by URI, read through its private fields (what a leak would grow). */
function perFile(server: PlancodeServer): Record<string, number> {
  const s = server as unknown as { fileEvents: Map<string, number>; docs: Map<string, unknown>; published: Map<string, string> };
  return { fileEvents: s.fileEvents.size, docs: s.docs.size, published: s.published.size, files: server.pipeline.workspace.uris().length };
}

describe("server: nothing left behind by files created and deleted", function () {
  this.timeout(60_000);
  let dir: string;
  let server: PlancodeServer;
  let client: ProtocolConnection;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "plancode-leftovers-"));
    cpSync(FIXTURE, dir, { recursive: true });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Not `startServer`: it sets a V8 flag for the whole process (the heap's growth), here mocha's.
    server = new PlancodeServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), defaultServerOptions());
    server.listen();
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onRequest("client/registerCapability", () => null);
    client.onRequest("window/workDoneProgress/create", () => null);
    client.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onNotification("textDocument/publishDiagnostics", () => undefined);
    let indexed: () => void = () => undefined;
    const indexing = new Promise<void>((resolve) => (indexed = resolve));
    client.onNotification("$/progress", (p: { value: { kind: string } }) => p.value.kind === "end" && indexed());
    client.onNotification("window/logMessage", () => undefined);
    client.listen();
    const rootUri = pathToFileURL(dir).href;
    await client.sendRequest("initialize", {
      // No process id: the library would watch this process with a timer that keeps mocha running.
      processId: null,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "ws" }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true }, window: { workDoneProgress: true } },
    });
    await client.sendNotification("initialized", {});
    await indexing;
    await server.validate();
  });

  after(async () => {
    await client.sendRequest("shutdown").catch(() => undefined);
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every message sent so far handled (a request is answered after them), then the checking done. */
  async function settled(): Promise<void> {
    await client.sendRequest("textDocument/hover", { textDocument: { uri: pathToFileURL(join(dir, "districts/huyen-x.plan")).href }, position: { line: 0, character: 0 } });
    await server.validate();
  }

  it("keeps no entry for a URI once its file is gone and its document closed", async () => {
    const before = perFile(server);
    const plan = (n: number) => `plan KH-NEW-${n} {\n  issuer huyen-uy-x\n  parent KH-A-57\n  task C1 "c" covers A1 { lead huyen-uy-x2 }\n}\n`;
    for (let n = 0; n < 150; n++) {
      // On disk: created, then deleted (a checkout, a tool), as the watcher reports them.
      const rel = `districts/new-${n}.plan`;
      const uri = pathToFileURL(join(dir, rel)).href;
      writeFileSync(join(dir, rel), plan(n));
      await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 1 }] });
      // In the editor: a new file never saved, and an untitled document.
      const draft = pathToFileURL(join(dir, `districts/draft-${n}.plan`)).href;
      const untitled = `untitled:Untitled-${n}`;
      for (const u of [draft, untitled]) {
        await client.sendNotification("textDocument/didOpen", { textDocument: { uri: u, languageId: "plan", version: 1, text: plan(1000 + n) } });
        await client.sendNotification("textDocument/didChange", { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "// x\n" }] });
      }
      if (n % 10 === 0) await settled();
      for (const u of [draft, untitled]) await client.sendNotification("textDocument/didClose", { textDocument: { uri: u } });
      rmSync(join(dir, rel));
      await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 3 }] });
    }
    await settled();
    assert.deepEqual(perFile(server), before);
  });
});
