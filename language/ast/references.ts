// Where a file refers to declarations: the one list of the places in the AST that hold a
// reference (a name that must name a unit, a document, a task or a level). The file's symbols
// (which global names it depends on), the `unresolved-reference` rule and the editor's occurrence
// index (hover, definition, references, rename) all walk it, so a new reference position is
// added here once.
import type { DocumentDecl, Ident, SourceFile, TaskDecl, UnitDecl } from "./nodes.js";

/** The keyword a reference follows: where it is, and so what it must name (`REFERENCE_KINDS`). */
export type ReferenceSite =
  | "level" // unit … level LEVEL
  | "in" // unit … in UNIT
  | "issuer"
  | "implements"
  | "parent"
  | "continues"
  | "by" // approval step … by UNIT
  | "to" // report … to UNIT
  | "lead"
  | "support"
  | "covers" // a task of the parent document, or qualified `DOC.TASK`
  | "recipient"; // recipients { UNIT … } of the issued document

export type ReferenceKind = "unit" | "document" | "task" | "level";

/** What the name at each site must name. */
export const REFERENCE_KINDS: Readonly<Record<ReferenceSite, ReferenceKind>> = {
  level: "level",
  in: "unit",
  issuer: "unit",
  implements: "document",
  parent: "document",
  continues: "document",
  by: "unit",
  to: "unit",
  lead: "unit",
  support: "unit",
  covers: "task",
  recipient: "unit",
};

/**
 * Calls `visit` for every reference a file writes, declaration by declaration in source order
 * (a unit before the units nested in it, a task before its subtasks). `doc` is the document the
 * reference is in (a `covers` name is resolved against its parent). Plain loops, no arrays built:
 * `unresolved-reference` runs this over every reference of the workspace.
 */
export function forEachReference(file: SourceFile, visit: (ref: Ident, site: ReferenceSite, doc: DocumentDecl | undefined) => void): void {
  for (const decl of file.decls) {
    if (decl.kind === "unit") unitReferences(decl, visit);
    else if (decl.kind === "document") documentReferences(decl, visit);
  }
}

function unitReferences(unit: UnitDecl, visit: (ref: Ident, site: ReferenceSite, doc: undefined) => void): void {
  if (unit.level) visit(unit.level, "level", undefined);
  if (unit.placedIn) visit(unit.placedIn, "in", undefined);
  for (const child of unit.children) unitReferences(child, visit);
}

function documentReferences(doc: DocumentDecl, visit: (ref: Ident, site: ReferenceSite, doc: DocumentDecl) => void): void {
  if (doc.issuer) visit(doc.issuer, "issuer", doc);
  if (doc.implements) visit(doc.implements, "implements", doc);
  if (doc.parent) visit(doc.parent, "parent", doc);
  if (doc.continues) visit(doc.continues, "continues", doc);
  if (doc.approval) for (const step of doc.approval.steps) if (step.by) visit(step.by, "by", doc);
  if (doc.reporting) for (const report of doc.reporting.reports) if (report.to) visit(report.to, "to", doc);
  const task = (t: TaskDecl): void => {
    for (const ref of t.covers) visit(ref, "covers", doc); // in the task's header, before its block
    for (const role of t.leads) for (const u of role.units) visit(u, "lead", doc);
    for (const role of t.supports) for (const u of role.units) visit(u, "support", doc);
    for (const sub of t.subtasks) task(sub);
  };
  for (const t of doc.tasks) task(t);
  if (doc.recipients) for (const r of doc.recipients.items) if (r.unit) visit(r.unit, "recipient", doc);
}
