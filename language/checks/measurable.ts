// `measurable`: every task of a plan can be measured: it has an `indicator "..." target ...`
// (an indicator without a target does not count).
//
// Subtasks: a task counts as measurable when it has such an indicator itself, or when it has
// subtasks and every one of them is measurable (recursively). So a task with subtasks may leave
// measuring to them, while every task without subtasks needs its own indicator; a parent's
// indicator does not make its subtasks measurable. Only the tasks at the bottom of the failure
// are reported, never a parent merely because one of its subtasks fails (fixing the subtask
// fixes both):
// - `missing` on the task's name: no indicator at all;
// - `noTarget` on the first indicator: indicators, but none with a `target`.
// Directives' tasks need no indicators and are not checked.
import type { DocumentDecl, TaskDecl } from "../ast/nodes.js";
import { forEachPlan, type Rule, type RuleContext } from "./rule.js";

export const measurable: Rule = {
  id: "measurable",
  defaultSeverity: "warning",
  description: {
    vi: "Nhiệm vụ của kế hoạch không có chỉ tiêu đo lường nào ('indicator ... target ...').",
    en: "A task without any indicator with a target ('indicator ... target ...').",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ '{task}' chưa có chỉ tiêu đo lường ('indicator \"...\" target ...')",
      en: "Task '{task}' has no measurable indicator ('indicator \"...\" target ...')",
    },
    noTarget: {
      vi: "Chỉ tiêu của nhiệm vụ '{task}' chưa có giá trị mục tiêu ('target')",
      en: "The indicator of task '{task}' has no target value ('target')",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

function hasTarget(task: TaskDecl): boolean {
  return task.indicators.some((i) => i.target !== undefined);
}

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  // Returns whether `task` is measurable, reporting the tasks that make it not.
  const visit = (task: TaskDecl): boolean => {
    const subtasksOk = task.subtasks.map(visit).every(Boolean);
    if (hasTarget(task)) return true;
    if (task.subtasks.length) return subtasksOk;
    const first = task.indicators[0];
    if (first) context.report({ span: first.keySpan, messageId: "noTarget", data: { task: task.name.text } });
    else context.report({ span: task.name.span, messageId: "missing", data: { task: task.name.text } });
    return false;
  };
  plan.tasks.forEach(visit);
}
