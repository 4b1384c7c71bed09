// How much of its parent document a plan covers, for the code lens: the parent's top-level tasks
// and how many are covered (a task is covered when a task of the plan covers it, or it has
// subtasks and each of them is covered; covering an ancestor covers it too). Pure.
import { allTasks, type DocumentDecl, type TaskDecl, type Workspace } from "../../language/index.js";

export interface Coverage {
  parent: DocumentDecl;
  covered: number;
  total: number;
}

export function coverageOf(ws: Workspace, plan: DocumentDecl): Coverage | undefined {
  const parent = ws.parentDocument(plan);
  if (!parent || parent === plan) return undefined;
  const direct = new Set<TaskDecl>();
  for (const task of allTasks(plan)) {
    for (const ref of task.covers) {
      const found = ws.resolveTask(plan, ref);
      if (found && found.doc === parent) direct.add(found.task);
    }
  }
  const covered = (task: TaskDecl): boolean =>
    direct.has(task) || (task.subtasks.length > 0 && task.subtasks.every(covered));
  return { parent, covered: parent.tasks.filter(covered).length, total: parent.tasks.length };
}
