// `collectSymbols` builds a file's `references` and `structureKey` (what the language server's
// incremental updates compare) only when first asked: the values must be those it used to build
// at once, for the samples and a generated workspace with mistakes of every kind.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorkspace } from "../../bench/generate.js";
import { collectSymbols, parse, type DocumentDecl, type SourceFile, type TaskDecl, type UnitDecl } from "../../language/index.js";

/** The former, eager computation. */
function eager(file: SourceFile): { references: Set<string>; structureKey: string } {
  const references = new Set<string>();
  const structure: string[] = [];
  const addUnit = (unit: UnitDecl): void => {
    structure.push(`u:${unit.name.text}<${unit.container?.name.text ?? ""}<${unit.placedIn?.text ?? ""}:${unit.level?.text ?? ""}:${unit.code?.value ?? ""}`);
    if (unit.placedIn) references.add(unit.placedIn.text);
    unit.children.forEach(addUnit);
  };
  const addDocument = (doc: DocumentDecl): void => {
    for (const id of [doc.issuer, doc.implements, doc.parent, doc.continues]) if (id) references.add(id.text);
    for (const step of doc.approval?.steps ?? []) if (step.by) references.add(step.by.text);
    for (const report of doc.reporting?.reports ?? []) if (report.to) references.add(report.to.text);
    const visit = (task: TaskDecl): void => {
      for (const c of task.covers) for (let i = c.text.indexOf("."); i > 0; i = c.text.indexOf(".", i + 1)) references.add(c.text.slice(0, i));
      for (const role of [...task.leads, ...task.supports]) for (const u of role.units) references.add(u.text);
      task.subtasks.forEach(visit);
    };
    doc.tasks.forEach(visit);
    for (const recipient of doc.recipients?.items ?? []) if (recipient.unit) references.add(recipient.unit.text);
  };
  for (const decl of file.decls) {
    if (decl.kind === "unit") addUnit(decl);
    else if (decl.kind === "hierarchy") structure.push(`h:${decl.levels.map((l) => l.name.text).join(",")}`);
    else addDocument(decl);
  }
  return { references, structureKey: structure.join("\n") };
}

function samples(dir: string, out: [string, string][] = []): [string, string][] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) samples(p, out);
    else if (e.name.endsWith(".plan")) out.push([p, readFileSync(p, "utf8")]);
  }
  return out;
}

describe("workspace: file symbols built on demand", () => {
  it("references and structure keys are those built eagerly before", () => {
    const files = [...samples(new URL("../../samples", import.meta.url).pathname), ...generateWorkspace({ seed: 9, scale: 1 / 200, mistakes: 0.5 })];
    for (const [path, text] of files) {
      const file = parse(`file:///${path}`, text);
      const symbols = collectSymbols(file);
      const want = eager(file);
      assert.deepEqual([...symbols.references], [...want.references], path);
      assert.equal(symbols.structureKey, want.structureKey, path);
      assert.equal(symbols.references, symbols.references, "built once");
    }
  });
});
