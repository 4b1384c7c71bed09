// `single-lead`: every task of a plan, nested tasks included, has exactly one lead body (cơ quan
// chủ trì). A subtask does not inherit its parent task's lead: each task states its own.
//
// - no `lead` at all: reported on the task's name, with a quick fix inserting `lead <body>` where
//   the body is the likeliest one: for a subtask its parent task's lead, else the body leading
//   most tasks of the plan, else the plan's issuer;
// - a second `lead` line: reported on that line (`lead` keyword through its last name);
// - a `lead` naming two or more bodies: reported on each extra name.
// Directives' tasks need no lead and are not checked.
import type { DocumentDecl, TaskDecl } from "../ast/nodes.js";
import { eolOf, forEachPlan, forEachTask, indentAt, likeliestLead, type Fix, type Rule, type RuleContext } from "./rule.js";

export const singleLead: Rule = {
  id: "single-lead",
  defaultSeverity: "error",
  description: {
    vi: "Nhiệm vụ của kế hoạch không có cơ quan chủ trì, hoặc có nhiều hơn một (hai dòng 'lead', hoặc một dòng 'lead' ghi hai cơ quan).",
    en: "A task with no lead body, or more than one (two 'lead' lines, or a 'lead' naming two bodies).",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ '{task}' chưa có cơ quan chủ trì ('lead')",
      en: "Task '{task}' has no lead body ('lead')",
    },
    extraLine: {
      vi: "Nhiệm vụ '{task}' đã có cơ quan chủ trì '{lead}'; mỗi nhiệm vụ chỉ có một dòng 'lead'",
      en: "Task '{task}' already has lead body '{lead}'; a task has exactly one 'lead' line",
    },
    extraName: {
      vi: "Nhiệm vụ '{task}' chỉ có một cơ quan chủ trì ('{lead}'); chuyển '{unit}' sang 'support' hoặc tách nhiệm vụ",
      en: "Task '{task}' has one lead body ('{lead}'); move '{unit}' to 'support' or split the task",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => forEachTask(plan, (task) => checkTask(context, plan, task)));
  },
};

function checkTask(context: RuleContext, plan: DocumentDecl, task: TaskDecl): void {
  const leads = task.leads;
  if (!leads.length) {
    const body = likeliestLead(context.workspace, plan, task.parentTask);
    const fix = body ? insertLead(context.file.text, task, body) : undefined;
    context.report({ span: task.name.span, messageId: "missing", data: { task: task.name.text }, fixes: fix && [fix] });
    return;
  }
  const first = leads.find((l) => l.units.length > 0);
  const lead = first?.units[0]?.text;
  if (!first || !lead) return; // a `lead` without names is a syntax problem
  for (const extra of first.units.slice(1)) {
    context.report({ span: extra.span, messageId: "extraName", data: { task: task.name.text, lead, unit: extra.text } });
  }
  for (const line of leads) {
    if (line === first || !line.units.length) continue;
    context.report({ span: line.span, messageId: "extraLine", data: { task: task.name.text, lead } });
  }
}

/** Inserts `lead <body>` as the first statement of the task's block (adding a block if it has none). */
function insertLead(text: string, task: TaskDecl, body: string): Fix | undefined {
  const eol = eolOf(text);
  const indent = indentAt(text, task.span.start);
  const title = { vi: `Thêm 'lead ${body}'`, en: `Add 'lead ${body}'` };
  const firstItem = task.items[0];
  if (firstItem) {
    return { title, edits: [{ span: { start: firstItem.span.start, end: firstItem.span.start }, newText: `lead ${body}${eol}${indentAt(text, firstItem.span.start)}` }] };
  }
  if (task.hasBlock) {
    const open = text.indexOf("{", headerEnd(task));
    if (open < 0 || open >= task.span.end) return undefined;
    return { title, edits: [{ span: { start: open + 1, end: open + 1 }, newText: `${eol}${indent}  lead ${body}` }] };
  }
  return {
    title,
    edits: [{ span: { start: task.span.end, end: task.span.end }, newText: ` {${eol}${indent}  lead ${body}${eol}${indent}}` }],
  };
}

/** The end of the task's header (`task NAME "title" covers X, Y`), where its block may start. */
function headerEnd(task: TaskDecl): number {
  let end = task.name.span.end;
  if (task.title) end = Math.max(end, task.title.span.end);
  for (const c of task.covers) end = Math.max(end, c.span.end);
  return end;
}
