// Which tasks of its parent document a plan covers: the `coverage` rule reports what is not, the
// language server's coverage lens counts and its completion after `covers` sorts by it. A parent
// task is covered when a task of the plan (nested tasks included) `covers` it — by its own name or
// a qualified `DOC.T3` naming the parent document —, or covers an ancestor of it, or when it has
// subtasks and each of them is covered. Pure.
import type { DocumentDecl, TaskDecl } from "../ast/nodes.js";
import { allTasks } from "./symbols.js";
import type { Workspace } from "./workspace.js";

export interface PlanCoverage {
  /** The plan's parent document (never the plan itself). */
  parent: DocumentDecl;
  /** The parent's tasks some task of the plan names in `covers`. */
  direct: ReadonlySet<TaskDecl>;
  /** Whether a task of the parent is covered (see the top of this file). */
  isCovered(task: TaskDecl): boolean;
}

/**
 * The coverage of `plan`'s parent — or, for a quick fix weighing another parent, of `parent` as
 * if the plan named it (its `covers` then resolve against that document).
 */
export function planCoverage(ws: Workspace, plan: DocumentDecl, parent = ws.parentDocument(plan)): PlanCoverage | undefined {
  if (!parent || parent === plan) return undefined;
  const direct = new Set<TaskDecl>();
  for (const task of allTasks(plan)) {
    for (const ref of task.covers) {
      const found = ws.resolveTaskUnder(parent, ref);
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
  return { parent, direct, isCovered };
}

/**
 * The parent's tasks to report as not covered: each uncovered task none of whose descendants is
 * covered directly, or, for a task only partly covered, its uncovered subtasks (recursively).
 */
export function uncoveredTasks(coverage: PlanCoverage): TaskDecl[] {
  const { parent, direct, isCovered } = coverage;
  const touched = new Map<TaskDecl, boolean>();
  const walk = (t: TaskDecl): void => {
    t.subtasks.forEach(walk);
    touched.set(t, direct.has(t) || t.subtasks.some((s) => touched.get(s)));
  };
  parent.tasks.forEach(walk);
  const uncovered: TaskDecl[] = [];
  const visit = (t: TaskDecl): void => {
    if (isCovered(t)) return; // so its subtasks are covered through it
    if (touched.get(t)) t.subtasks.forEach(visit);
    else uncovered.push(t);
  };
  parent.tasks.forEach(visit);
  return uncovered;
}
