// Which tasks of its parent document a plan covers, for the code lens ("covers 3/5 tasks") and
// for completion after `covers` (tasks not yet covered first). A task is covered when a task of
// the plan covers it (by its own or a qualified name), when one of its ancestors is covered, or
// when it has subtasks and each of them is covered. Pure.
import { allTasks, type DocumentDecl, type TaskDecl, type Workspace } from "../../language/index.js";

export interface Coverage {
  parent: DocumentDecl;
  covered: number;
  total: number;
}

export interface CoverageView {
  parent: DocumentDecl;
  isCovered(task: TaskDecl): boolean;
}

export function coverageView(ws: Workspace, plan: DocumentDecl): CoverageView | undefined {
  const parent = ws.parentDocument(plan);
  if (!parent || parent === plan) return undefined;
  const direct = new Set<TaskDecl>();
  for (const task of allTasks(plan)) {
    for (const ref of task.covers) {
      const found = ws.resolveTask(plan, ref);
      if (found && found.doc === parent) direct.add(found.task);
    }
  }
  const memo = new Map<TaskDecl, boolean>();
  const byAncestor = (task: TaskDecl): boolean => {
    for (let a = task.parentTask; a; a = a.parentTask) if (direct.has(a)) return true;
    return false;
  };
  const isCovered = (task: TaskDecl): boolean => {
    let known = memo.get(task);
    if (known === undefined) {
      known = direct.has(task) || byAncestor(task) || (task.subtasks.length > 0 && task.subtasks.every(isCovered));
      memo.set(task, known);
    }
    return known;
  };
  return { parent, isCovered };
}

export function coverageOf(ws: Workspace, plan: DocumentDecl): Coverage | undefined {
  const view = coverageView(ws, plan);
  if (!view) return undefined;
  return { parent: view.parent, covered: view.parent.tasks.filter(view.isCovered).length, total: view.parent.tasks.length };
}
