// Assembles document and task nodes from their statements: keeps the statements in order (for
// the formatter) and fills the convenience views (first `issuer`, all `lead` lines, ...).
import type {
  ApprovalBlock,
  DocItem,
  DocumentDecl,
  DocumentKind,
  HistoryBlock,
  Ident,
  Labelled,
  ReportingBlock,
  Span,
  StringLit,
  TaskDecl,
  TaskItem,
  Temporal,
} from "../ast/nodes.js";

export function buildDocument(docKind: DocumentKind, name: Ident, items: DocItem[], span: Span): DocumentDecl {
  const doc: DocumentDecl = { kind: "document", docKind, name, items, objectives: [], viewpoints: [], tasks: [], span };
  for (const item of items) {
    switch (item.kind) {
      case "field": {
        const v = item.value;
        if (!v) break;
        switch (item.key) {
          case "number":
          case "title":
            doc[item.key] ??= v as StringLit;
            break;
          case "issuer":
          case "implements":
          case "parent":
          case "continues":
            doc[item.key] ??= v as Ident;
            break;
          case "issued":
          case "horizon":
            doc[item.key] ??= v as Temporal;
            break;
        }
        break;
      }
      case "objective":
        doc.objectives.push(item as Labelled);
        break;
      case "viewpoint":
        doc.viewpoints.push(item as Labelled);
        break;
      case "task":
        doc.tasks.push(item);
        break;
      case "approval":
        doc.approval ??= item as ApprovalBlock;
        break;
      case "reporting":
        doc.reporting ??= item as ReportingBlock;
        break;
      case "history":
        doc.history ??= item as HistoryBlock;
        break;
    }
  }
  return doc;
}

export function buildTask(
  name: Ident,
  title: StringLit | undefined,
  covers: Ident[],
  coversSpan: Span | undefined,
  items: TaskItem[],
  hasBlock: boolean,
  span: Span,
): TaskDecl {
  const task: TaskDecl = {
    kind: "task",
    name,
    title,
    covers,
    coversSpan,
    items,
    leads: [],
    supports: [],
    dues: [],
    indicators: [],
    subtasks: [],
    hasBlock,
    span,
  };
  for (const item of items) {
    switch (item.kind) {
      case "lead":
        task.leads.push(item);
        break;
      case "support":
        task.supports.push(item);
        break;
      case "due":
        task.dues.push(item);
        break;
      case "indicator":
        task.indicators.push(item);
        break;
      case "task":
        item.parentTask = task;
        task.subtasks.push(item);
        break;
    }
  }
  return task;
}
