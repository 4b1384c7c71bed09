// What one file declares and references, extracted once per parse. The workspace index is the
// union of these per-file tables, so replacing a file only touches its own entries.
import type { DocumentDecl, HierarchyDecl, SourceFile, TaskDecl, UnitDecl } from "../ast/nodes.js";
import { forEachReference } from "../ast/references.js";

export type GlobalDecl = UnitDecl | DocumentDecl;

export interface FileSymbols {
  /** Units (nested ones included) and documents, in source order. */
  globals: GlobalDecl[];
  hierarchies: HierarchyDecl[];
  /** Global names this file's declarations point at (for finding dependants of an edit). */
  references: Set<string>;
  /** A fingerprint of the unit tree and hierarchy declared here: when it changes, levels and containment may change anywhere. */
  structureKey: string;
}

export function collectSymbols(file: SourceFile): FileSymbols {
  const globals: GlobalDecl[] = [];
  const hierarchies: HierarchyDecl[] = [];
  const addUnit = (unit: UnitDecl): void => {
    globals.push(unit);
    unit.children.forEach(addUnit);
  };
  for (const decl of file.decls) {
    if (decl.kind === "unit") addUnit(decl);
    else if (decl.kind === "hierarchy") hierarchies.push(decl);
    else globals.push(decl);
  }
  // `references` and `structureKey` serve the language server's incremental updates: computed on
  // first use (a cold lint of 11,000 files never asks, and building them was most of indexing).
  let references: Set<string> | undefined;
  let structureKey: string | undefined;
  return {
    globals,
    hierarchies,
    get references() {
      return (references ??= collectReferences(file));
    },
    get structureKey() {
      return (structureKey ??= structureKeyOf(file));
    },
  };
}

/** The global names (units, documents) the file's references may resolve to. */
function collectReferences(file: SourceFile): Set<string> {
  const references = new Set<string>();
  forEachReference(file, (ref, site) => {
    if (site === "level") return; // levels are not global names
    if (site !== "covers") references.add(ref.text);
    // A qualified `KL57.T3` depends on every dotted prefix that might name the document.
    else for (let i = ref.text.indexOf("."); i > 0; i = ref.text.indexOf(".", i + 1)) references.add(ref.text.slice(0, i));
  });
  return references;
}

function structureKeyOf(file: SourceFile): string {
  const structure: string[] = [];
  const addUnit = (unit: UnitDecl): void => {
    structure.push(
      `u:${unit.name.text}<${unit.container?.name.text ?? ""}<${unit.placedIn?.text ?? ""}:${unit.level?.text ?? ""}:${unit.code?.value ?? ""}`,
    );
    unit.children.forEach(addUnit);
  };
  for (const decl of file.decls) {
    if (decl.kind === "unit") addUnit(decl);
    else if (decl.kind === "hierarchy") structure.push(`h:${decl.levels.map((l) => l.name.text).join(",")}`);
  }
  return structure.join("\n");
}

/** Every task of a document, nested ones included, in source order. */
export function allTasks(doc: DocumentDecl): TaskDecl[] {
  const out: TaskDecl[] = [];
  const visit = (t: TaskDecl): void => {
    out.push(t);
    t.subtasks.forEach(visit);
  };
  doc.tasks.forEach(visit);
  return out;
}
