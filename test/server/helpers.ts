// Small helpers shared by the protocol tests.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Position, Range, TextEdit } from "vscode-languageserver-protocol/node.js";
import { LspClient, REPO, type StartOptions } from "./lsp-client.js";

export function offsetAt(text: string, p: Position): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < p.line; i++) offset += lines[i].length + 1;
  return offset + p.character;
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(out, e.range.start)) + e.newText + out.slice(offsetAt(out, e.range.end));
  return out;
}

export function textAt(text: string, r: Range): string {
  return text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
}

export function contains(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Decodes LSP relative semantic tokens into absolute ones. */
export function decodeTokens(data: number[], types: string[]): { line: number; char: number; length: number; type: string; mods: number }[] {
  const out: { line: number; char: number; length: number; type: string; mods: number }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: types[data[i + 3]], mods: data[i + 4] });
  }
  return out;
}

/**
 * A copy of samples/ with the drafter's new district plan (test/fixtures/drafter/chiem-hoa.plan)
 * saved as districts/chiem-hoa.plan: the scene of issue 16's editing run. Returns the folder.
 */
export function drafterWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "plancode-drafter-"));
  cpSync(join(REPO, "samples"), dir, { recursive: true });
  cpSync(join(REPO, "test/fixtures/drafter/chiem-hoa.plan"), join(dir, DRAFTER_PLAN));
  return dir;
}

/** Where `drafterWorkspace` puts the drafter's plan. */
export const DRAFTER_PLAN = "districts/chiem-hoa.plan";

/**
 * A server on a fresh `drafterWorkspace()` for a suite (mocha's before/after): started, indexed
 * and every file checked (its two progresses at start ended), with `open` files opened; stopped and removed after the suite.
 * `server()` is the client, once started.
 */
export function drafterServer(options: StartOptions = {}, open: string[] = []): () => LspClient {
  let folder: string | undefined;
  let client: LspClient | undefined;
  before(async () => {
    folder = drafterWorkspace();
    client = await LspClient.start({ initializationOptions: { asOf: "2024-06-30" }, ...options, workspace: folder });
    await client.waitForStartup();
    for (const rel of open) await client.open(rel);
  });
  after(async () => {
    await client?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => client!;
}
