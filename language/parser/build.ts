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

/**
 * The array with no spare capacity. An array grown by `push` reserves 17 slots at its first
 * element, and an AST keeps its lists for as long as the workspace lives: on a nationwide
 * workspace those slack slots were a fifth of the heap, and the garbage collector copied them
 * with every AST. Lists are built with `push` and settled here when their node is made.
 */
export function compact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

export function buildDocument(docKind: DocumentKind, name: Ident, items: DocItem[], span: Span): DocumentDecl {
  const doc: DocumentDecl = { kind: "document", docKind, name, items: compact(items), objectives: [], viewpoints: [], tasks: [], span };
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
  doc.objectives = compact(doc.objectives);
  doc.viewpoints = compact(doc.viewpoints);
  doc.tasks = compact(doc.tasks);
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
    covers: compact(covers),
    coversSpan,
    items: compact(items),
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
  task.leads = compact(task.leads);
  task.supports = compact(task.supports);
  task.dues = compact(task.dues);
  task.indicators = compact(task.indicators);
  task.subtasks = compact(task.subtasks);
  return task;
}
