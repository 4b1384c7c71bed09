// The incremental pipeline must give exactly the findings a full re-check gives, after any
// sequence of edits: random edits (names swapped, lines deleted, duplicated or inserted, files
// removed and restored) on the test workspace and on samples/, compared with a fresh
// Workspace checked from scratch after every step.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { checkFile, KEYWORDS, Workspace, type Finding } from "../../language/index.js";
import { affectedFiles, type DependencyView } from "../../language/index.js";
import { Pipeline } from "../../server/pipeline.js";

const FIXTURE = new URL("../fixtures/lsp-workspace/", import.meta.url).pathname;
const SAMPLES = new URL("../../samples/", import.meta.url).pathname;

function planFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".plan")) out.set(`file:///ws/${relative(root, path)}`, readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return out;
}

const key = (f: Finding): string =>
  JSON.stringify([f.ruleId, f.severity, f.span, f.messageId, f.data, f.message, f.fixes ?? null]);

function fullCheck(texts: Map<string, string>): Map<string, string[]> {
  const ws = new Workspace();
  for (const [uri, text] of texts) ws.setFile(uri, text);
  return new Map([...texts.keys()].map((uri) => [uri, checkFile(ws, uri).map(key)]));
}

function incrementalFindings(p: Pipeline, texts: Map<string, string>): Map<string, string[]> {
  p.checkAll();
  return new Map([...texts.keys()].map((uri) => [uri, (p.cachedFindings(uri) ?? []).map(key)]));
}

/** Compares incremental and full findings, naming the first file that differs. */
function assertSame(p: Pipeline, texts: Map<string, string>, edits: unknown): void {
  const incremental = incrementalFindings(p, texts);
  const full = fullCheck(texts);
  for (const [uri, expected] of full) {
    const actual = incremental.get(uri) ?? [];
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      assert.fail(`${uri} after ${JSON.stringify(edits)}:\nincremental ${JSON.stringify(actual, null, 1)}\nfull ${JSON.stringify(expected, null, 1)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Random edits

type Edit =
  | { op: "rename"; file: number; which: number; to: number }
  | { op: "deleteLine"; file: number; line: number }
  | { op: "duplicateLine"; file: number; line: number }
  | { op: "insert"; file: number; line: number; snippet: number }
  | { op: "toggleFile"; file: number };

const SNIPPETS = [
  "  parent {name}",
  "  parent KH-X-57",
  "  parent KH-A-57",
  "  task {name} \"Nhiệm vụ thêm\" covers {name}",
  "  task T1 \"Trùng tên\"",
  "unit {name} \"Đơn vị mới\" level district in {name}",
  "unit {name} \"Đơn vị mới\" level province code \"TU\" in trung-uong",
  "hierarchy {\n  level central \"TW\"\n  level district \"Huyện\"\n}",
  "plan {name} {\n  issuer {name}\n  parent {name}\n  task Z1 \"z\" covers {name} { lead {name} }\n}",
  "directive {name} {\n  task T1 \"t\"\n}",
  "  lead {name}",
  "  support {name}, {name}",
  "  issuer {name}",
  "}",
  "  covers KL57.T2.1",
  "  task Q1 \"q\" covers KL57.T2.1, T2.2 { lead so-tttt-a }",
];

const NAME = /[\p{L}_][\p{L}\p{M}\p{N}_.\-]*/gu;
const keywords = new Set(KEYWORDS);

function namesIn(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // Skip strings and comments roughly: only names outside quotes on each line.
  const stripped = text.replace(/"(?:[^"\\]|\\.)*"/g, (s) => " ".repeat(s.length)).replace(/\/\/[^\n]*/g, (s) => " ".repeat(s.length));
  for (const m of stripped.matchAll(NAME)) {
    let s = m[0];
    while (s.length > 1 && (s.endsWith(".") || s.endsWith("-"))) s = s.slice(0, -1);
    if (!keywords.has(s)) out.push({ start: m.index!, end: m.index! + s.length, text: s });
  }
  return out;
}

function applyEdit(texts: Map<string, string>, removed: Map<string, string>, uris: string[], pool: string[], e: Edit): string | undefined {
  const uri = uris[e.file % uris.length];
  if (e.op === "toggleFile") {
    if (texts.has(uri)) {
      removed.set(uri, texts.get(uri)!);
      texts.delete(uri);
    } else if (removed.has(uri)) {
      texts.set(uri, removed.get(uri)!);
      removed.delete(uri);
    }
    return uri;
  }
  const text = texts.get(uri);
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  const at = ("line" in e ? e.line : 0) % Math.max(1, lines.length);
  const pick = (i: number): string => pool[i % pool.length];
  let next: string;
  switch (e.op) {
    case "rename": {
      const names = namesIn(text);
      if (!names.length) return undefined;
      const n = names[e.which % names.length];
      const to = e.to % 5 === 0 ? `${n.text}x` : pick(e.to);
      next = text.slice(0, n.start) + to + text.slice(n.end);
      break;
    }
    case "deleteLine":
      lines.splice(at, 1);
      next = lines.join("\n");
      break;
    case "duplicateLine":
      lines.splice(at, 0, lines[at] ?? "");
      next = lines.join("\n");
      break;
    case "insert": {
      let k = e.snippet;
      const snippet = SNIPPETS[k % SNIPPETS.length].replace(/\{name\}/g, () => pick((k = k * 31 + 7)));
      lines.splice(at, 0, snippet);
      next = lines.join("\n");
      break;
    }
  }
  texts.set(uri, next);
  return uri;
}

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("rename" as const), file: fc.nat(), which: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("deleteLine" as const), file: fc.nat(), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("duplicateLine" as const), file: fc.nat(), line: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), file: fc.nat(), line: fc.nat(), snippet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("toggleFile" as const), file: fc.nat() }) },
);

function runProperty(initial: Map<string, string>, numRuns: number): void {
  const uris = [...initial.keys()];
  const pool = [...new Set(uris.flatMap((u) => namesIn(initial.get(u)!).map((n) => n.text)))].sort();
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (edits, batched) => {
      const texts = new Map(initial);
      const removed = new Map<string, string>();
      const p = new Pipeline();
      for (const [uri, text] of texts) p.set(uri, text);
      p.checkAll();
      for (const e of edits) {
        const uri = applyEdit(texts, removed, uris, pool, e);
        if (!uri) continue;
        if (batched) p.queue(uri, texts.get(uri));
        else {
          p.set(uri, texts.get(uri));
          assertSame(p, texts, edits);
        }
      }
      assertSame(p, texts, edits);
    }),
    { numRuns },
  );
}

describe("server: incremental re-checking", () => {
  // PLANCODE_RUNS=5000 for a longer search.
  const runs = (n: number): number => Number(process.env.PLANCODE_RUNS ?? n);

  it("equals a full re-check after random edits (test workspace)", function () {
    this.timeout(Math.max(120_000, runs(150) * 200));
    runProperty(planFiles(FIXTURE), runs(150));
  });

  it("equals a full re-check after random edits (samples/)", function () {
    if (!existsSync(SAMPLES)) this.skip();
    this.timeout(Math.max(180_000, runs(60) * 500));
    runProperty(planFiles(SAMPLES), runs(60));
  });

  it("re-checks only the edited file after an edit that changes no name", () => {
    const texts = planFiles(FIXTURE);
    const p = new Pipeline();
    for (const [uri, text] of texts) p.set(uri, text);
    p.checkAll();
    const uri = "file:///ws/districts/huyen-x.plan";
    p.set(uri, texts.get(uri)!.replace("Quán triệt đến các chi bộ", "Quán triệt đến tất cả chi bộ"));
    assert.deepEqual(p.dirtyFiles(), [uri]);
  });

  it("re-checks the child plans when a parent plan's task is renamed", () => {
    const texts = planFiles(FIXTURE);
    const p = new Pipeline();
    for (const [uri, text] of texts) p.set(uri, text);
    p.checkAll();
    const parent = "file:///ws/provinces/tinh-a.plan";
    p.set(parent, texts.get(parent)!.replace("task A1 ", "task A9 "));
    assert.deepEqual(p.dirtyFiles().sort(), ["file:///ws/districts/huyen-x.plan", parent]);
    const child = p.findingsOf("file:///ws/districts/huyen-x.plan");
    assert.ok(child.some((f) => f.ruleId === "unresolved-reference" && f.data.name === "A1"));
  });

  it("affectedFiles: a unit-structure change affects every file", () => {
    const view: DependencyView = {
      usersOf: () => [],
      allFiles: () => ["a", "b", "c"],
      descendants: () => [],
      unresolvedFiles: () => [],
      hierarchyFiles: () => [],
    };
    const ws = new Workspace();
    const before = ws.setFile("a", 'unit x "X" level province') && ws.fileSymbols("a");
    const after = ws.setFile("a", 'unit x "X" level district') && ws.fileSymbols("a");
    assert.deepEqual([...affectedFiles({ uri: "a", before, after }, view)].sort(), ["a", "b", "c"]);
  });

  it("affectedFiles: a changed parent link affects the documents below", () => {
    const view: DependencyView = {
      usersOf: (n) => (n === "P" ? ["a", "b"] : []),
      allFiles: () => ["a", "b", "c", "d"],
      descendants: () => ["c"],
      unresolvedFiles: () => ["d"],
      hierarchyFiles: () => [],
    };
    const ws = new Workspace();
    const before = ws.setFile("a", "plan P { parent Q }") && ws.fileSymbols("a");
    const after = ws.setFile("a", "plan P { parent R }") && ws.fileSymbols("a");
    assert.deepEqual([...affectedFiles({ uri: "a", before, after }, view)].sort(), ["a", "b", "c"]);
    const same = ws.setFile("a", "plan P { parent R title \"x\" }") && ws.fileSymbols("a");
    assert.deepEqual([...affectedFiles({ uri: "a", before: after, after: same }, view)].sort(), ["a", "b"]);
  });
});
