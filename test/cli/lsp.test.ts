// `plancode lsp`: the CLI starts the language server on stdio (as any LSP editor runs it).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { LspClient } from "../server/lsp-client.js";
import { BIN, cleanup, ensureBuilt, UNITS, workspace } from "./helpers.js";

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Talks LSP to `plancode lsp <args>`: initialize, shutdown, exit; returns the initialize result and the exit code. */
function session(args: string[], cwd: string): Promise<{ capabilities: Record<string, unknown>; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "lsp", ...args], { cwd, stdio: ["pipe", "pipe", "pipe"], env: { PATH: process.env.PATH ?? "" } });
    let buffer = Buffer.alloc(0);
    let stderr = "";
    let capabilities: Record<string, unknown> | undefined;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (capabilities ? resolve({ capabilities, code, stderr }) : reject(new Error(`no initialize result; stderr: ${stderr}`))));
    child.stdout.on("data", (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      for (;;) {
        const head = buffer.indexOf("\r\n\r\n");
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
        if (buffer.length < head + 4 + length) return;
        const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString("utf8"));
        buffer = buffer.subarray(head + 4 + length);
        if (message.id === 1) {
          capabilities = message.result.capabilities;
          child.stdin.write(frame({ jsonrpc: "2.0", method: "initialized", params: {} }));
          child.stdin.write(frame({ jsonrpc: "2.0", id: 2, method: "shutdown" }));
        } else if (message.id === 2) {
          child.stdin.write(frame({ jsonrpc: "2.0", method: "exit" }));
        } else if (message.id !== undefined && message.method) {
          // a request from the server (configuration, progress): answer with nothing
          child.stdin.write(frame({ jsonrpc: "2.0", id: message.id, result: null }));
        }
      }
    });
    const root = pathToFileURL(cwd).href;
    child.stdin.write(
      frame({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: "ws" }], capabilities: {} } }),
    );
  });
}

describe("plancode lsp (process)", function () {
  // Real processes on a possibly busy machine: generous limits (nothing here asserts on time).
  this.timeout(180_000);
  before(ensureBuilt);
  after(cleanup);

  for (const args of [[], ["--stdio"]]) {
    it(`serves LSP on stdio${args.length ? " with " + args.join(" ") : ""} and exits after shutdown/exit`, async () => {
      const dir = workspace({ "plancode.json": "{}", "units.plan": UNITS });
      const r = await session(args, dir);
      assert.ok(r.capabilities.textDocumentSync !== undefined, JSON.stringify(r.capabilities));
      assert.ok(r.capabilities.hoverProvider);
      assert.equal(r.code, 0, r.stderr);
    });
  }

  // `--locale` is the language of messages when the client's settings leave it to the server
  // (here the workspace's plancode.json says "vi": the command-line flag wins, as for `lint`).
  for (const [locale, expected] of [["en", /^Unknown unit .khong-ton-tai./], ["vi", /^Không tìm thấy đơn vị .khong-ton-tai./]] as const) {
    it(`--locale ${locale}: diagnostics in that language`, async () => {
      const client = await LspClient.start({ bundlePath: BIN, args: ["lsp", "--stdio", "--locale", locale] });
      try {
        const rel = "provinces/tinh-a.plan";
        await client.open(rel);
        await client.change(rel, client.text(rel).replace(/lead ([\w-]+)/, "lead khong-ton-tai"));
        const diagnostics = await client.diagnosticsOf(rel, (d) => d.some((x) => x.message.includes("khong-ton-tai")));
        const message = diagnostics.find((d) => d.message.includes("khong-ton-tai"))!.message;
        assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
        assert.match(message, expected, message);
      } finally {
        await client.stop();
      }
    });
  }
});

