// `duplicate-declaration`: one name declared twice where names must be unique.
//
// - Units and documents share one global namespace across the workspace: the first declaration
//   by (uri, offset) wins (the one every reference resolves to); every later one is reported,
//   naming where the winner is.
// - Tasks are scoped to their document, nested tasks included: the first in source order wins.
// - A second `hierarchy` block anywhere in the workspace (the first by (uri, offset) is in force).
// - Extensions: two levels of one name in a hierarchy; two objectives, or two viewpoints, of one
//   name in a document (objectives and viewpoints are separate namespaces, and separate from tasks).
import type { DocumentDecl, Ident } from "../ast/nodes.js";
import { describeLocation, forEachTask, lineOf, type Rule, type RuleContext } from "./rule.js";

export const duplicateDeclaration: Rule = {
  id: "duplicate-declaration",
  defaultSeverity: "error",
  description: {
    vi: "Hai đơn vị hoặc văn bản cùng tên trong không gian làm việc, hoặc hai nhiệm vụ cùng tên trong một văn bản.",
    en: "Two units or documents of one name in the workspace, or two tasks of one name in one document.",
  },
  messages: {
    unit: {
      vi: "Tên đơn vị '{name}' đã được khai báo tại {at}; khai báo này bị bỏ qua",
      en: "Unit '{name}': the name is already declared at {at}; this declaration is ignored",
    },
    document: {
      vi: "Tên văn bản '{name}' đã được khai báo tại {at}; khai báo này bị bỏ qua",
      en: "Document '{name}': the name is already declared at {at}; this declaration is ignored",
    },
    task: {
      vi: "Nhiệm vụ '{name}' đã có trong văn bản '{doc}' (dòng {line})",
      en: "Task '{name}' is already declared in document '{doc}' (line {line})",
    },
    objective: {
      vi: "Mục tiêu '{name}' đã có trong văn bản '{doc}' (dòng {line})",
      en: "Objective '{name}' is already declared in document '{doc}' (line {line})",
    },
    viewpoint: {
      vi: "Quan điểm '{name}' đã có trong văn bản '{doc}' (dòng {line})",
      en: "Viewpoint '{name}' is already declared in document '{doc}' (line {line})",
    },
    hierarchy: {
      vi: "Hệ thống cấp đã được khai báo tại {at}; khối 'hierarchy' này bị bỏ qua",
      en: "The hierarchy is already declared at {at}; this 'hierarchy' block is ignored",
    },
    level: {
      vi: "Cấp '{name}' đã có trong hệ thống cấp (dòng {line})",
      en: "Level '{name}' is already declared in the hierarchy (line {line})",
    },
  },
  check(context) {
    checkGlobals(context);
    checkHierarchies(context);
    for (const decl of context.file.decls) if (decl.kind === "document") checkDocument(context, decl);
  },
};

function at(context: RuleContext, uri: string, offset: number): string {
  const where = describeLocation(context.workspace, context.file.uri, uri, offset);
  return `${where.file || shortName(context.file.uri)}:${where.line}`;
}

function shortName(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1);
}

function checkGlobals(context: RuleContext): void {
  const { workspace, file } = context;
  const symbols = workspace.fileSymbols(file.uri);
  if (!symbols) return;
  for (const decl of symbols.globals) {
    const all = workspace.declarationsOf(decl.name.text);
    if (all.length < 2) continue;
    const first = all[0];
    if (first.decl === decl) continue;
    context.report({
      span: decl.name.span,
      messageId: decl.kind === "unit" ? "unit" : "document",
      data: { name: decl.name.text, at: at(context, first.uri, first.decl.name.span.start) },
    });
  }
}

function checkHierarchies(context: RuleContext): void {
  const { workspace, file } = context;
  const mine = workspace.fileSymbols(file.uri)?.hierarchies ?? [];
  if (!mine.length) return;
  const all = workspace.hierarchyDecls();
  const first = all[0];
  for (const h of mine) {
    if (first && first.decl !== h) {
      context.report({ span: h.keyword, messageId: "hierarchy", data: { at: at(context, first.uri, first.decl.keyword.start) } });
    }
    const seen = new Map<string, Ident>();
    for (const level of h.levels) {
      const earlier = seen.get(level.name.text);
      if (earlier) {
        context.report({ span: level.name.span, messageId: "level", data: { name: level.name.text, line: lineOf(file, earlier.span.start) } });
      } else seen.set(level.name.text, level.name);
    }
  }
}

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  const names: Ident[] = [];
  forEachTask(doc, (t) => names.push(t.name));
  reportRepeats(context, doc, names, "task");
  reportRepeats(context, doc, doc.objectives.map((o) => o.name), "objective");
  reportRepeats(context, doc, doc.viewpoints.map((v) => v.name), "viewpoint");
}

function reportRepeats(context: RuleContext, doc: DocumentDecl, names: Ident[], messageId: string): void {
  const seen = new Map<string, Ident>();
  for (const name of names) {
    const earlier = seen.get(name.text);
    if (!earlier) {
      seen.set(name.text, name);
      continue;
    }
    context.report({
      span: name.span,
      messageId,
      data: { name: name.text, doc: doc.name.text, line: lineOf(context.file, earlier.span.start) },
    });
  }
}
