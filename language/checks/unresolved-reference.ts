// `unresolved-reference`: a name that resolves to nothing (or to the wrong kind of thing), with
// the closest existing name of the right kind as a suggestion and a quick fix.
import type { DocumentDecl, Ident, UnitDecl } from "../ast/nodes.js";
import { closest } from "../text/similarity.js";
import { allTasks } from "../workspace/symbols.js";
import type { Workspace } from "../workspace/workspace.js";
import { eolOf, indentAt, type Rule, type RuleContext } from "./rule.js";

type Kind = "unit" | "document" | "task" | "level";

export const unresolvedReference: Rule = {
  id: "unresolved-reference",
  defaultSeverity: "error",
  description: {
    vi: "Tên không trỏ tới đơn vị, văn bản, nhiệm vụ hay cấp nào; gợi ý tên gần đúng nhất.",
    en: "A name that resolves to nothing; suggests the closest existing name.",
  },
  messages: {
    unit: { vi: "Không tìm thấy đơn vị '{name}'", en: "Unknown unit '{name}'" },
    unitSuggest: { vi: "Không tìm thấy đơn vị '{name}'. Có phải là '{suggestion}'?", en: "Unknown unit '{name}'. Did you mean '{suggestion}'?" },
    document: { vi: "Không tìm thấy văn bản '{name}'", en: "Unknown document '{name}'" },
    documentSuggest: { vi: "Không tìm thấy văn bản '{name}'. Có phải là '{suggestion}'?", en: "Unknown document '{name}'. Did you mean '{suggestion}'?" },
    task: { vi: "Văn bản cấp trên '{parent}' không có nhiệm vụ '{name}'", en: "The parent document '{parent}' has no task '{name}'" },
    taskSuggest: { vi: "Văn bản cấp trên '{parent}' không có nhiệm vụ '{name}'. Có phải là '{suggestion}'?", en: "The parent document '{parent}' has no task '{name}'. Did you mean '{suggestion}'?" },
    taskNoParent: { vi: "Không tìm thấy nhiệm vụ '{name}': kế hoạch chưa khai báo 'parent'", en: "Unknown task '{name}': the plan declares no 'parent'" },
    level: { vi: "Không có cấp '{name}' trong hệ thống cấp", en: "Unknown level '{name}' in the hierarchy" },
    levelSuggest: { vi: "Không có cấp '{name}' trong hệ thống cấp. Có phải là '{suggestion}'?", en: "Unknown level '{name}' in the hierarchy. Did you mean '{suggestion}'?" },
    notUnit: { vi: "'{name}' là một văn bản, không phải đơn vị", en: "'{name}' is a document, not a unit" },
    notDocument: { vi: "'{name}' là một đơn vị, không phải văn bản", en: "'{name}' is a unit, not a document" },
    // LANGUAGE.md's example: `implements KL57 // the directive (required)`.
    missingImplements: {
      vi: "Kế hoạch '{plan}' chưa ghi nghị quyết, kết luận, chỉ thị được thực hiện ('implements')",
      en: "Plan '{plan}' does not name the directive it implements ('implements')",
    },
  },
  check(context) {
    for (const decl of context.file.decls) {
      if (decl.kind === "unit") checkUnitTree(context, decl);
      else if (decl.kind === "document") checkDocument(context, decl);
    }
  },
};

function checkUnitTree(context: RuleContext, unit: UnitDecl): void {
  if (unit.level) expectLevel(context, unit.level);
  if (unit.placedIn) expectGlobal(context, unit.placedIn, "unit");
  unit.children.forEach((c) => checkUnitTree(context, c));
}

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  if (doc.docKind === "plan" && !doc.items.some((i) => i.kind === "field" && i.key === "implements")) missingImplements(context, doc);
  if (doc.issuer) expectGlobal(context, doc.issuer, "unit");
  for (const ref of [doc.implements, doc.parent, doc.continues]) if (ref) expectGlobal(context, ref, "document");
  for (const step of doc.approval?.steps ?? []) if (step.by) expectGlobal(context, step.by, "unit");
  for (const report of doc.reporting?.reports ?? []) if (report.to) expectGlobal(context, report.to, "unit");
  for (const task of allTasks(doc)) {
    for (const role of [...task.leads, ...task.supports]) for (const u of role.units) expectGlobal(context, u, "unit");
    for (const ref of task.covers) expectTask(context, doc, ref);
  }
}

/**
 * A plan without `implements` (required): reported on the plan's name. The quick fix, when the
 * parent chain leads to a directive, inserts `implements <directive>` before the `parent` line.
 */
function missingImplements(context: RuleContext, plan: DocumentDecl): void {
  const ws = context.workspace;
  let directive: string | undefined;
  for (const d of ws.parentChain(plan)) {
    directive = d.docKind === "directive" ? d.name.text : d.implements?.text;
    if (directive) break;
  }
  const parentField = plan.items.find((i) => i.kind === "field" && i.key === "parent");
  const text = context.file.text;
  context.report({
    span: plan.name.span,
    messageId: "missingImplements",
    data: { plan: plan.name.text },
    fixes:
      directive && parentField
        ? [
            {
              title: { vi: `Thêm 'implements ${directive}'`, en: `Add 'implements ${directive}'` },
              edits: [{ span: { start: parentField.span.start, end: parentField.span.start }, newText: `implements ${directive}${eolOf(text)}${indentAt(text, parentField.span.start)}` }],
            },
          ]
        : undefined,
  });
}

function expectGlobal(context: RuleContext, ref: Ident, kind: "unit" | "document"): void {
  const ws = context.workspace;
  const found = kind === "unit" ? ws.lookupUnit(ref.text) : ws.lookupDocument(ref.text);
  if (found) return;
  if (ws.lookup(ref.text)) {
    context.report({ span: ref.span, messageId: kind === "unit" ? "notUnit" : "notDocument", data: { name: ref.text } });
    return;
  }
  const names = (kind === "unit" ? ws.units() : ws.documents()).map((e) => e.decl.name.text);
  reportUnknown(context, ref, kind, names, {});
}

function expectLevel(context: RuleContext, ref: Ident): void {
  const ws = context.workspace;
  if (ws.level(ref.text)) return;
  reportUnknown(context, ref, "level", ws.levels().map((l) => l.name), {});
}

function expectTask(context: RuleContext, plan: DocumentDecl, ref: Ident): void {
  const ws = context.workspace;
  if (ws.resolveTask(plan, ref)) return;
  const parent = ws.parentDocument(plan);
  if (!parent) {
    // An unresolved `parent` is reported on its own; do not repeat it for every `covers`.
    if (!plan.parent) context.report({ span: ref.span, messageId: "taskNoParent", data: { name: ref.text } });
    return;
  }
  reportUnknown(context, ref, "task", candidateTasks(ws, parent), { parent: parent.name.text });
}

function candidateTasks(ws: Workspace, parent: DocumentDecl): string[] {
  return [...ws.taskIndex(parent).keys()];
}

function reportUnknown(context: RuleContext, ref: Ident, kind: Kind, candidates: string[], extra: Record<string, string>): void {
  const suggestion = closest(ref.text, candidates);
  context.report({
    span: ref.span,
    messageId: suggestion ? `${kind}Suggest` : kind,
    data: { name: ref.text, ...extra, ...(suggestion ? { suggestion } : {}) },
    fixes: suggestion
      ? [{ title: { vi: `Đổi thành '${suggestion}'`, en: `Change to '${suggestion}'` }, edits: [{ span: ref.span, newText: suggestion }] }]
      : undefined,
  });
}

