// The workspace patches its derived indexes after an edit of one file (language/workspace/patch.ts)
// instead of rebuilding them: after any sequence of edits, with every index built before each
// edit (so that each is patched, not rebuilt), what it answers is what a fresh workspace answers.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { Workspace } from "../../language/index.js";

const FIXTURE = new URL("../fixtures/lsp-workspace/", import.meta.url).pathname;

function planFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) planFiles(path, out);
    else if (name.endsWith(".plan")) out.set(`file:///ws/${relative(FIXTURE, path)}`, readFileSync(path, "utf8"));
  }
  return out;
}

/** Everything the indexes answer, as plain data (declarations by name, file and offset). */
function answers(ws: Workspace): unknown {
  const at = (d: { name: { text: string }; span: { start: number } }) => `${d.name.text}@${d.span.start}`;
  const units = ws.units();
  return {
    units: units.map((e) => `${e.uri} ${at(e.decl)}`),
    documents: ws.documents().map((e) => `${e.uri} ${at(e.decl)}`),
    unitNames: [...ws.namesOfKind("unit")],
    documentNames: [...ws.namesOfKind("document")],
    hierarchies: ws.hierarchyDecls().map((h) => `${h.uri} ${h.decl.span.start}`),
    levels: ws.levels().map((l) => `${l.name} ${l.title}`),
    subtrees: units.map((e) => ws.subtree(e.decl).map(at).join(",")),
    organs: units.map((e) => ws.organsOf(e.decl).map(at).join(",")),
    chains: units.map((e) => ws.containerChain(e.decl).map(at).join(",")),
    levelsOf: units.map((e) => ws.levelOf(e.decl)?.name ?? ""),
    children: ws.documents().map((e) => ws.childrenOf(e.decl.name.text).map((c) => `${c.uri} ${at(c.decl)}`).join(",")),
    issued: ws.issuedDocuments().map((e) => `${e.uri} ${at(e.decl)} ${at(e.issuer)} ${at(e.root)}`),
  };
}

const SNIPPETS = [
  'unit extra-a "A" level district in tinh-uy-a',
  'unit extra-b "B" {\n  unit extra-c "C"\n}',
  'plan KH-EXTRA {\n  issuer extra-a\n  parent KH-A-57\n}',
  "hierarchy {\n  level central \"TW\"\n  level district \"Huyện\"\n}",
  "// a comment only",
  "",
];

type Edit = { file: number; line: number; op: "delete" | "insert" | "space" | "remove"; snippet: number };

describe("workspace: indexes patched after an edit equal a fresh workspace's", () => {
  const files = planFiles(FIXTURE);
  const uris = [...files.keys()];

  it("after random edits, each made with every index built", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ file: fc.nat(), line: fc.nat(), op: fc.constantFrom<Edit["op"]>("delete", "insert", "space", "remove"), snippet: fc.nat() }),
          { minLength: 1, maxLength: 12 },
        ),
        (edits) => {
          const texts = new Map(files);
          const ws = new Workspace();
          for (const [uri, text] of texts) ws.setFile(uri, text);
          for (const e of edits) {
            answers(ws); // every index built, so the edit patches them
            const uri = uris[e.file % uris.length];
            const lines = (texts.get(uri) ?? "").split("\n");
            const at = e.line % Math.max(1, lines.length);
            if (e.op === "remove") {
              texts.delete(uri);
              ws.removeFile(uri);
              continue;
            }
            if (e.op === "delete") lines.splice(at, 1);
            else if (e.op === "insert") lines.splice(at, 0, SNIPPETS[e.snippet % SNIPPETS.length]);
            else lines[at] = ` ${lines[at] ?? ""}`; // offsets move, structure stays: the remap
            const text = lines.join("\n");
            texts.set(uri, text);
            ws.setFile(uri, text);
          }
          const fresh = new Workspace();
          for (const [uri, text] of texts) fresh.setFile(uri, text);
          assert.deepEqual(answers(ws), answers(fresh));
        },
      ),
      { numRuns: 60 },
    );
  });
});
