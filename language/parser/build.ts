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
  RecipientsBlock,
  ReportingBlock,
  SectionDecl,
  SignatureBlock,
  Span,
  StringLit,
  TaskDecl,
  TaskItem,
  Temporal,
  TextField,
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

/**
 * One shared empty list for the views most declarations leave empty (document prose, a task's
 * details, a unit's texts): an empty array per node is an object per node. Frozen, so code that
 * tried to push onto it would fail loudly instead of sharing the push.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** `list` (starting as `NONE`) with `item` added: the first item allocates the list. */
function grown<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

/** The empty list shared by every node: `settled` lists start as this and grow on the first item. */
export function none<T>(): T[] {
  return NONE;
}

/** A list grown with `grown`, settled (see `compact`). */
function settled<T>(list: T[]): T[] {
  return list === NONE ? list : list.slice();
}

export function buildDocument(docKind: DocumentKind, name: Ident, items: DocItem[], span: Span): DocumentDecl {
  const doc: DocumentDecl = {
    kind: "document",
    docKind,
    name,
    items: compact(items),
    objectives: [],
    viewpoints: [],
    tasks: [],
    prose: NONE,
    sections: NONE,
    span,
  };
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
      case "text":
        doc.prose = grown(doc.prose, item as TextField);
        break;
      case "section":
        doc.sections = grown(doc.sections, item as SectionDecl);
        break;
      case "signature":
        doc.signature ??= item as SignatureBlock;
        break;
      case "recipients":
        doc.recipients ??= item as RecipientsBlock;
        break;
    }
  }
  doc.objectives = compact(doc.objectives);
  doc.viewpoints = compact(doc.viewpoints);
  doc.tasks = compact(doc.tasks);
  doc.prose = settled(doc.prose);
  doc.sections = settled(doc.sections);
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
    details: NONE,
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
      case "text":
        task.details = grown(task.details, item);
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
  task.details = settled(task.details);
  task.subtasks = compact(task.subtasks);
  return task;
}
