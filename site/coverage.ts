// The directive's coverage at each level: for each of the directive's top-level tasks, how many
// plans of each level carry it. A commune plan never names the directive's tasks: it covers its
// district's tasks, which cover the province's, which cover the directive's. So a task carries
// what the tasks it `covers` carry (a task of the directive carries its top-level task; a
// subtask carries what its parent task carries, too), and a plan carries what its tasks carry.
// A plan "carries T2" when some chain of `covers` leads from one of its tasks to T2 or to a
// subtask of T2. (Whether a plan covers ALL its parent's tasks is the `coverage` rule's
// question, shown per document; this is the approver's view from the top.)
import { allTasks, type DocumentDecl, type TaskDecl, type Workspace } from "../language/index.js";

/** The directive's top-level tasks are tracked as bits: up to this many. */
export const MAX_TRACKED_TASKS = 30;

export interface LevelCoverage {
  /** The directive's top-level tasks tracked (the first `MAX_TRACKED_TASKS`). */
  tasks: TaskDecl[];
  /** Plans per level (in the cascade, below the directive). */
  plans: Map<number, number>;
  /** Per level: how many plans carry each tracked task (in `tasks` order). */
  covering: Map<number, number[]>;
}

/**
 * Coverage by level of `directive`'s top-level tasks over `cascade` (the directive first, a
 * parent before its children, as `cascadeDocuments` gives them). `levelOf` gives a plan's level;
 * a plan without one is not counted (its tasks still carry coverage to the plans below it).
 */
export function coverageByLevel(ws: Workspace, directive: DocumentDecl, cascade: readonly DocumentDecl[], levelOf: (doc: DocumentDecl) => number | undefined): LevelCoverage {
  const top = directive.tasks.slice(0, MAX_TRACKED_TASKS);
  const carries = new Map<TaskDecl, number>();
  const mark = (task: TaskDecl, bit: number): void => {
    carries.set(task, 1 << bit);
    for (const sub of task.subtasks) mark(sub, bit);
  };
  top.forEach(mark);

  const plans = new Map<number, number>();
  const covering = new Map<number, number[]>();
  for (const doc of cascade) {
    if (doc === directive) continue;
    let mask = 0;
    for (const task of allTasks(doc)) {
      let own = task.parentTask ? (carries.get(task.parentTask) ?? 0) : 0;
      for (const ref of task.covers) {
        const target = ws.resolveTask(doc, ref)?.task;
        if (target) own |= carries.get(target) ?? 0;
      }
      carries.set(task, own);
      mask |= own;
    }
    const level = levelOf(doc);
    if (level === undefined) continue;
    plans.set(level, (plans.get(level) ?? 0) + 1);
    let counts = covering.get(level);
    if (!counts) covering.set(level, (counts = new Array<number>(top.length).fill(0)));
    for (let bit = 0; bit < top.length; bit++) if (mask & (1 << bit)) counts[bit]++;
  }
  return { tasks: top, plans, covering };
}
