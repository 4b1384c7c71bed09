// Issue 14, "one home for each concern": where the CLI and the language server each kept their
// own copy of something, the copies disagreed. Each test runs the real CLI (bin/plancode.cjs)
// and/or the real server (over stdio) on the input that showed it.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, plancode } from "../cli/helpers.js";
import type { WorkspaceEdit } from "vscode-languageserver-protocol/node.js";
import { applyEdits } from "../server/helpers.js";
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
        server.connection
          .sendRequest<{ items: { label: string }[] }>("textDocument/completion", {
            textDocument: { uri: server.uri(rel) },
            position: { line: end.line, character },
            context: { triggerKind: 1 },
          })
          .then((list) => list.items);
      const labels = (items: { label: string }[]) => items.map((i) => i.label).sort();
      const atEnd = labels(await complete(end.character));
      assert.deepEqual(atEnd, ["btg-hu-x", "huyen-uy-x", "vp-hu-x"]);
      assert.deepEqual(labels(await complete(999)), atEnd);
    } finally {
      await server.stop();
    }
  });

  // Rename retyped the name pattern: without NFC, so the decomposed spelling of a name already
  // declared passed as free and the rename created a duplicate declaration; and it refused a
  // name ending in `.` or `-`, which LANGUAGE.md allows. It now asks the lexer (language/ide/names.ts).
  describe("rename asks the core what a name is", () => {
    const HO_NFD = "Ho\u0323\u0302"; // `Hộ` decomposed: o, combining dot below, combining circumflex
    let server: LspClient;
    beforeEach(async () => {
      writeFileSync(join(dir, "plancode.json"), JSON.stringify({ locale: "en" }));
      writeFileSync(join(dir, "a.plan"), 'unit Hộ "Hộ gia đình"\nunit Khac "Khác" in Hộ\n');
      writeFileSync(join(dir, "b.plan"), 'unit con "Con" in Khac\n');
      server = await LspClient.start({ workspace: dir });
      await server.waitForStartup();
    });
    afterEach(() => server.stop());

    const renameKhac = (newName: string) =>
      server.request<WorkspaceEdit>("textDocument/rename", { textDocument: { uri: server.uri("a.plan") }, position: server.positionOf("a.plan", "unit Khac", 5), newName });

    it("to the decomposed (NFD) spelling of an existing `Hộ`: refused as taken, like the NFC spelling", async () => {
      assert.notEqual(HO_NFD, "Hộ");
      assert.equal(HO_NFD.normalize("NFC"), "Hộ");
      await assert.rejects(renameKhac("Hộ"), /already taken/);
      await assert.rejects(renameKhac(HO_NFD), /already taken/);
    });

    it("to `Khac.` (a valid name): every use renamed, and the CLI finds the workspace as clean as before", async () => {
      const before = await plancode(["lint", "--format", "json"], { cwd: server.root });
      const edit = await renameKhac("Khac.");
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const rel = uri.slice(server.uri("").length);
        writeFileSync(join(server.root, rel), applyEdits(readFileSync(join(server.root, rel), "utf8"), edits));
      }
      assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [server.uri("a.plan"), server.uri("b.plan")]);
      assert.match(readFileSync(join(server.root, "b.plan"), "utf8"), /in Khac\.\n/);
      const after = await plancode(["lint", "--format", "json"], { cwd: server.root });
      const findings = (out: string) => (JSON.parse(out) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
      assert.deepEqual(findings(after.stdout), findings(before.stdout));
      assert.equal(after.code, before.code);
    });
  });
});
