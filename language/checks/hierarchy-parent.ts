// `hierarchy-parent`: a plan's parent document must come from above it in the unit tree.
//
// The parent's issuer, or the levelled unit that issuer is an organ of (`bo-chinh-tri` is an
// organ of `trung-uong`), must contain the plan's issuer: a district of province X may not cite
// province Y's plan. Reported on the plan's `parent` name. A `parent` chain that comes back to
// the plan is a cycle, reported on the `parent` name of every plan on it (the containment check
// is skipped then: it would only repeat the problem).
import type { DocumentDecl } from "../ast/nodes.js";
import { forEachPlan, type Rule, type RuleContext } from "./rule.js";

export const hierarchyParent: Rule = {
  id: "hierarchy-parent",
  defaultSeverity: "error",
  description: {
    vi: "Cơ quan ban hành văn bản cha (hoặc đơn vị có cấp mà cơ quan đó trực thuộc) không bao gồm cơ quan ban hành kế hoạch; hoặc vòng lặp văn bản cha.",
    en: "The parent's issuer, or the levelled unit that issuer is an organ of, does not contain the plan's issuer; or a parent cycle.",
  },
  messages: {
    notContained: {
      vi: "Văn bản cha '{parent}' do '{parentIssuer}' ban hành, nhưng '{issuer}' không trực thuộc '{parentIssuer}'",
      en: "The parent document '{parent}' is issued by '{parentIssuer}', but '{issuer}' does not belong to '{parentIssuer}'",
    },
    notContainedOrgan: {
      vi: "Văn bản cha '{parent}' do '{parentIssuer}' (cơ quan của '{root}') ban hành, nhưng '{issuer}' không trực thuộc '{root}'",
      en: "The parent document '{parent}' is issued by '{parentIssuer}' (an organ of '{root}'), but '{issuer}' does not belong to '{root}'",
    },
    cycle: {
      vi: "Vòng lặp văn bản cha: {chain}",
      en: "Parent cycle: {chain}",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  const ws = context.workspace;
  if (!plan.parent) return;
  const parent = ws.parentDocument(plan);
  if (!parent) return;
  if (parent === plan || ws.inParentCycle(plan)) {
    const chain = [plan, ...ws.parentChain(plan), plan].map((d) => d.name.text).join(" → ");
    context.report({ span: plan.parent.span, messageId: "cycle", data: { chain } });
    return;
  }
  if (!plan.issuer || !parent.issuer) return;
  const issuer = ws.lookupUnit(plan.issuer.text);
  const parentIssuer = ws.lookupUnit(parent.issuer.text);
  if (!issuer || !parentIssuer) return;
  const root = ws.levelledUnit(parentIssuer) ?? parentIssuer;
  if (ws.inSubtree(issuer, root) || ws.inSubtree(issuer, parentIssuer)) return;
  context.report({
    span: plan.parent.span,
    messageId: root === parentIssuer ? "notContained" : "notContainedOrgan",
    data: { parent: parent.name.text, parentIssuer: parentIssuer.name.text, root: root.name.text, issuer: issuer.name.text },
  });
}
