// Every name written in a file, with what it names: the index behind hover, definition,
// references, highlight, rename and semantic tokens. Declarations are read here; references
// come from `forEachReference` (language/ast/references.ts), the one list of where they occur.
//
// A symbol's identity is a string key, equal for a declaration and all its references:
//   g:NAME       a unit or document (one global namespace)
//   t:DOC/TASK   a task of document DOC (task names are scoped to their document)
//   l:LEVEL      a level of the hierarchy
// A qualified `covers KL57.T2.1` yields two occurrences: `KL57` (g:KL57) and `T2.1` (t:KL57/T2.1).
import {
  allTasks,
  forEachReference,
  REFERENCE_KINDS,
  type DocumentDecl,
  type GlobalDecl,
  type Ident,
  type LevelDecl,
  type SourceFile,
  type Span,
  type TaskDecl,
  type UnitDecl,
  type Workspace,
} from "../index.js";

export type SymbolKind = "unit" | "document" | "task" | "level";

export interface Occurrence {
  span: Span;
  /** The name as written in this occurrence (the task part only, for a qualified reference). */
  name: string;
  /** What this position names (for references: what the grammar expects there). */
  kind: SymbolKind;
  key: string;
  declaration: boolean;
}

export const globalKey = (name: string): string => `g:${name}`;
export const taskKey = (doc: string, task: string): string => `t:${doc}/${task}`;
export const levelKey = (name: string): string => `l:${name}`;

/** The occurrences of a file, sorted by start offset. Resolution reads the workspace (covers). */
export function collectOccurrences(ws: Workspace, file: SourceFile): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (id: Ident | undefined, kind: SymbolKind, key: string, declaration = false): void => {
    if (id && id.text) out.push({ span: id.span, name: id.text, kind, key, declaration });
  };
  const unitTree = (unit: UnitDecl): void => {
    add(unit.name, "unit", globalKey(unit.name.text), true);
    unit.children.forEach(unitTree);
  };
  for (const decl of file.decls) {
    if (decl.kind === "hierarchy") {
      for (const level of decl.levels) add(level.name, "level", levelKey(level.name.text), true);
    } else if (decl.kind === "unit") {
      unitTree(decl);
    } else {
      add(decl.name, "document", globalKey(decl.name.text), true);
      for (const task of allTasks(decl)) add(task.name, "task", taskKey(decl.name.text, task.name.text), true);
    }
  }
  forEachReference(file, (ref, site, doc) => {
    const kind = REFERENCE_KINDS[site];
    if (kind === "task") {
      if (doc) coversOccurrences(ws, doc, ref, add);
    } else add(ref, kind, kind === "level" ? levelKey(ref.text) : globalKey(ref.text));
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A `covers` name: the task it resolves to, or for a qualified `DOC.TASK` the document part and the task part. */
function coversOccurrences(
  ws: Workspace,
  plan: DocumentDecl,
  ref: Ident,
  add: (id: Ident | undefined, kind: SymbolKind, key: string, declaration?: boolean) => void,
): void {
  const found = ws.resolveTask(plan, ref);
  if (!found) {
    add(ref, "task", taskKey(plan.parent?.text ?? "", ref.text));
    return;
  }
  const docName = found.doc.name.text;
  const taskName = found.task.name.text;
  if (ref.text === taskName) {
    add(ref, "task", taskKey(docName, taskName));
    return;
  }
  // Qualified: `DOC.TASK` — the document part, then the task part.
  const split = ref.text.length - taskName.length - 1;
  add({ text: ref.text.slice(0, split), span: { start: ref.span.start, end: ref.span.start + split } }, "document", globalKey(docName));
  add({ text: taskName, span: { start: ref.span.start + split + 1, end: ref.span.end } }, "task", taskKey(docName, taskName));
}

/** The occurrence at an offset (a cursor right after a name still touches it). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  let touching: Occurrence | undefined;
  for (const o of occurrences) {
    if (o.span.start > offset) break;
    if (offset < o.span.end) return o;
    if (offset === o.span.end) touching = o;
  }
  return touching;
}

// ---------------------------------------------------------------------------------------------
// Targets: what a key names

export type Target =
  | { kind: "unit"; decl: UnitDecl; uri: string }
  | { kind: "document"; decl: DocumentDecl; uri: string }
  | { kind: "task"; decl: TaskDecl; doc: DocumentDecl; uri: string }
  | { kind: "level"; decl?: LevelDecl; uri?: string; name: string; title: string; rank: number };

/** Every declaration a key names (several for a duplicate name; the first is the one in force). */
export function targetsOf(ws: Workspace, key: string): Target[] {
  const name = key.slice(2);
  switch (key[0]) {
    case "g":
      return ws.declarationsOf(name).map((e) => globalTarget(e.decl, e.uri));
    case "t": {
      const slash = name.indexOf("/");
      const doc = ws.lookupDocument(name.slice(0, slash));
      const task = doc && ws.taskIndex(doc).get(name.slice(slash + 1));
      const uri = doc && ws.uriOf(doc);
      return doc && task && uri ? [{ kind: "task", decl: task, doc, uri }] : [];
    }
    case "l": {
      const level = ws.level(name);
      if (!level) return [];
      const uri = level.decl ? ws.hierarchyDecls().find((h) => h.decl.levels.includes(level.decl!))?.uri : undefined;
      return [{ kind: "level", decl: level.decl, uri, name: level.name, title: level.title, rank: level.rank }];
    }
    default:
      return [];
  }
}

function globalTarget(decl: GlobalDecl, uri: string): Target {
  return decl.kind === "unit" ? { kind: "unit", decl, uri } : { kind: "document", decl, uri };
}

/** The name a target declares, with its span (for go-to-definition). */
export function targetName(target: Target): Ident | undefined {
  return target.decl?.name;
}

/** The global names whose users may hold occurrences of `key` (for workspace-wide searches); undefined = every file. */
export function namesToSearch(key: string): string[] | undefined {
  const name = key.slice(2);
  if (key[0] === "g") return [name];
  if (key[0] === "t") return [name.slice(0, name.indexOf("/"))];
  return undefined;
}
