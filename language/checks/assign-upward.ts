// `assign-upward`: a plan assigns work downwards, never up or sideways. Every `lead` and
// `support` body of a plan's task (nested tasks included) must lie in the subtree of the issuer's
// levelled unit (for `btv-tu-bd`, the Standing Board, that is the whole `tinh-uy-binh-duong`).
// Reported on the offending name. Directives' tasks are not checked (they need no bodies), and
// unknown names are left to `unresolved-reference`.
import type { DocumentDecl, Ident, UnitDecl } from "../ast/nodes.js";
import { forEachPlan, forEachTask, type Rule, type RuleContext } from "./rule.js";

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
  if (!issuer) return;
  const root = ws.levelledUnit(issuer) ?? issuer;
  forEachTask(plan, (task) => {
    for (const role of [...task.leads, ...task.supports]) {
      for (const name of role.units) check(context, name, role.kind, task.name.text, issuer, root);
    }
  });
}

function check(context: RuleContext, name: Ident, kind: "lead" | "support", task: string, issuer: UnitDecl, root: UnitDecl): void {
  const unit = context.workspace.lookupUnit(name.text);
  if (!unit || context.workspace.inSubtree(unit, root)) return;
  context.report({ span: name.span, messageId: kind, data: { unit: name.text, task, root: root.name.text, issuer: issuer.name.text } });
}
