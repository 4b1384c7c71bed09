// Issue 14, "one home for each concern": where the CLI and the language server each kept their
// own copy of something, the copies disagreed. Each test runs the real CLI (bin/plancode.cjs)
// and/or the real server (over stdio) on the input that showed it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, plancode } from "../cli/helpers.js";
import { LspClient } from "../server/lsp-client.js";

describe("one answer from the CLI and the server (issue 14)", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plancode-one-answer-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The server found the bad byte by searching the decoded text for U+FFFD, so a file with a
  // literal U+FFFD before it was reported at the literal one (1:4); the CLI, from the bytes, at
  // 2:6. Both now decode through host/decode.ts.
  it("a literal U+FFFD before the first invalid byte: both report the invalid byte at 2:6", async () => {
    writeFileSync(join(dir, "plancode.json"), "{}");
    writeFileSync(join(dir, "a.plan"), Buffer.concat([Buffer.from("// \uFFFD\nunit "), Buffer.from([0xff]), Buffer.from(' "A"\n')]));
    const cli = await plancode(["lint", "--format", "json"], { cwd: dir });
    const [result] = JSON.parse(cli.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    const utf8 = result.messages.filter((m) => m.ruleId === "syntax" && /UTF-8/.test(m.message));
    assert.deepEqual(
      utf8.map((m) => [m.line, m.column]),
      [[2, 6]],
    );
    const server = await LspClient.start({ workspace: dir });
    try {
      const diagnostics = await server.diagnosticsOf("a.plan", (d) => d.length > 0);
      const bad = diagnostics.filter((d) => d.code === "syntax" && /UTF-8/.test(d.message));
      assert.deepEqual(
        bad.map((d) => [d.range.start.line + 1, d.range.start.character + 1]),
        [[2, 6]],
      );
    } finally {
      await server.stop();
    }
  });

  // `LineIndex.offsetAt` let a character past the end of a line run on into the next line (LSP
  // says it means the line's end): completion at character 999 of a `lead ` line answered for
  // the line below it.
  it("a position past the end of a line means the line's end: completion after `lead ` at character 999", async () => {
    const server = await LspClient.start();
    try {
      const rel = "districts/huyen-x.plan";
      await server.diagnosticsOf(rel, (d) => d.length > 0); // indexed: the issuer's bodies are known
      await server.open(rel);
      const original = server.text(rel);
      const at = original.indexOf("\n", original.indexOf("task B1"));
      await server.change(rel, `${original.slice(0, at + 1)}    lead \n${original.slice(at + 1)}`);
      const end = server.positionOf(rel, "    lead ", "    lead ".length);
      const complete = (character: number) =>
        server.connection.sendRequest<{ label: string }[]>("textDocument/completion", {
          textDocument: { uri: server.uri(rel) },
          position: { line: end.line, character },
          context: { triggerKind: 1 },
        });
      const labels = (items: { label: string }[]) => items.map((i) => i.label).sort();
      const atEnd = labels(await complete(end.character));
      assert.deepEqual(atEnd, ["btg-hu-x", "huyen-uy-x", "vp-hu-x"]);
      assert.deepEqual(labels(await complete(999)), atEnd);
    } finally {
      await server.stop();
    }
  });
});
