// `lead-also-support`: a body that is both lead and support of one task (the Government asks for
// "phân vai, phân nhiệm rõ, tránh chồng chéo": clear roles, no overlap). Reported on the name in
// the `support` line, with a quick fix removing it from that line (or the whole line when it is
// the only name). Each task is judged on its own lines: a subtask's support is not compared with
// its parent task's lead. Directives' tasks are not checked.
import type { Ident, RoleItem, TaskDecl } from "../ast/nodes.js";
import { forEachPlan, forEachTask, type Fix, type Rule, type RuleContext, type TextEdit } from "./rule.js";

export const leadAlsoSupport: Rule = {
  id: "lead-also-support",
  fixable: true,
  defaultSeverity: "warning",
  description: {
    vi: "Một cơ quan vừa là cơ quan chủ trì vừa là cơ quan phối hợp của cùng một nhiệm vụ.",
    en: "A body that is both lead and support of one task.",
  },
  messages: {
    both: {
      vi: "'{unit}' vừa chủ trì vừa phối hợp thực hiện nhiệm vụ '{task}'",
      en: "'{unit}' is both lead and support of task '{task}'",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => forEachTask(plan, (task) => checkTask(context, task)));
  },
};

function checkTask(context: RuleContext, task: TaskDecl): void {
  const leads = new Set<string>();
  for (const line of task.leads) for (const u of line.units) leads.add(u.text);
  if (!leads.size) return;
  for (const line of task.supports) {
    for (const unit of line.units) {
      if (!leads.has(unit.text)) continue;
      context.report({
        span: unit.span,
        messageId: "both",
        data: { unit: unit.text, task: task.name.text },
        fixes: [removeFix(context.file.text, line, unit)],
      });
    }
  }
}

function removeFix(text: string, line: RoleItem, unit: Ident): Fix {
  const title = { vi: `Bỏ '${unit.text}' khỏi danh sách phối hợp`, en: `Remove '${unit.text}' from the supporting bodies` };
  return { title, edits: [removeEdit(text, line, unit)], safe: true };
}

function removeEdit(text: string, line: RoleItem, unit: Ident): TextEdit {
  const i = line.units.indexOf(unit);
  if (line.units.length === 1) {
    // The whole line, with its indentation and line break.
    let start = line.span.start;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    let end = line.span.end;
    while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
    if (text[end] === "\r") end++;
    if (text[end] === "\n") end++;
    return { span: { start, end }, newText: "" };
  }
  // `a, b, c`: drop "b, " (up to the next name), or ", c" for the last one.
  if (i < line.units.length - 1) return { span: { start: unit.span.start, end: line.units[i + 1].span.start }, newText: "" };
  return { span: { start: line.units[i - 1].span.end, end: unit.span.end }, newText: "" };
}
