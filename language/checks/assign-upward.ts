// `assign-upward`: a plan assigns work downwards, never up or sideways. Every `lead` and
// `support` body of a plan's task (nested tasks included) must lie in the subtree of the issuer's
// levelled unit (for `btv-tu-bd`, the Standing Board, that is the whole `tinh-uy-binh-duong`).
// Reported on the offending name. Directives' tasks are not checked (they need no bodies), and
// unknown names are left to `unresolved-reference`.
//
// Quick fixes: the name replaced by a body inside the subtree, the three likeliest first (those
// the plan already uses, leads first, then the rest of the subtree: `assignableBodies`), never one
// the task already names (a second lead or a lead that also supports would be another finding).
import type { DocumentDecl, Ident, TaskDecl } from "../ast/nodes.js";
import { assignableBodies, assignableRoot, forEachPlan, forEachTask, type Fix, type Rule, type RuleContext } from "./rule.js";

/** How many replacement bodies the quick fixes offer. */
const ALTERNATIVES = 3;

export const assignUpward: Rule = {
  id: "assign-upward",
  defaultSeverity: "error",
  description: {
    vi: "Cơ quan chủ trì hoặc phối hợp nằm ngoài phạm vi đơn vị có cấp của cơ quan ban hành (kế hoạch chỉ giao việc cho cấp dưới).",
    en: "A lead or support body outside the subtree of the issuer's levelled unit (a plan assigns work downwards, never up or sideways).",
  },
  messages: {
    lead: {
      vi: "Cơ quan chủ trì '{unit}' của nhiệm vụ '{task}' không thuộc '{root}': kế hoạch của '{issuer}' chỉ giao việc cho cấp mình và cấp dưới",
      en: "Lead body '{unit}' of task '{task}' is outside '{root}': a plan of '{issuer}' assigns work only within its own level and below",
    },
    support: {
      vi: "Cơ quan phối hợp '{unit}' của nhiệm vụ '{task}' không thuộc '{root}': kế hoạch của '{issuer}' chỉ giao việc cho cấp mình và cấp dưới",
      en: "Support body '{unit}' of task '{task}' is outside '{root}': a plan of '{issuer}' assigns work only within its own level and below",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  const ws = context.workspace;
  const issuer = plan.issuer && ws.lookupUnit(plan.issuer.text);
  const root = assignableRoot(ws, plan);
  if (!issuer || !root) return;
  let candidates: string[] | undefined; // ranked once per plan, when the first finding needs them
  forEachTask(plan, (task) => {
    for (const role of [...task.leads, ...task.supports]) {
      for (const name of role.units) {
        const unit = ws.lookupUnit(name.text);
        if (!unit || ws.inSubtree(unit, root)) continue;
        candidates ??= assignableBodies(ws, plan);
        context.report({
          span: name.span,
          messageId: role.kind,
          data: { unit: name.text, task: task.name.text, root: root.name.text, issuer: issuer.name.text },
          fixes: replacements(context, name, task, candidates),
        });
      }
    }
  });
}

function replacements(context: RuleContext, name: Ident, task: TaskDecl, candidates: readonly string[]): Fix[] {
  const named = new Set([...task.leads, ...task.supports].flatMap((r) => r.units.map((u) => u.text)));
  return candidates
    .filter((c) => !named.has(c))
    .slice(0, ALTERNATIVES)
    .map((body) => {
      const title = context.workspace.lookupUnit(body)?.title?.value ?? body;
      return { title: { vi: `Giao cho '${body}' (${title})`, en: `Assign to '${body}' (${title})` }, edits: [{ span: name.span, newText: body }] };
    });
}
