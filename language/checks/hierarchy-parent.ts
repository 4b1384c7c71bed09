// `hierarchy-parent`: a plan's parent document must come from above it in the unit tree.
//
// The parent's issuer, or the levelled unit that issuer is an organ of (`bo-chinh-tri` is an
// organ of `trung-uong`), must contain the plan's issuer: a district of province X may not cite
// province Y's plan. Reported on the plan's `parent` name. A `parent` chain that comes back to
// the plan is a cycle, reported on the `parent` name of every plan on it (the containment check
// is skipped then: it would only repeat the problem).
//
// Quick fixes (not for a cycle): `parent` replaced by a document that may be the parent — one whose
// issuer's levelled unit contains the plan's issuer, not the plan itself nor below it, issued no
// later than the plan, under which every `covers` of the plan still resolves and no more of the
// parent's tasks go uncovered than now, and whose reporting the plan already meets — so the fix
// adds no finding of another rule. The three likeliest first: those implementing the same
// directive, then the nearest issuer (a province's plan before the directive for a district
// plan), then by name.
import type { DocumentDecl, Duration, UnitDecl } from "../ast/nodes.js";
import { planCoverage, uncoveredTasks } from "../workspace/coverage.js";
import { allTasks } from "../workspace/symbols.js";
import type { Workspace } from "../workspace/workspace.js";
import { durationMonths, type Fix, forEachPlan, type Rule, type RuleContext } from "./rule.js";

/** How many other parents the quick fixes offer. */
const ALTERNATIVES = 3;

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
  if (ws.mayBeParentIssuer(parentIssuer, issuer)) return;
  const root = ws.levelledUnit(parentIssuer) ?? parentIssuer;
  const span = plan.parent.span;
  const fixes: Fix[] = possibleParents(ws, plan, issuer)
    .slice(0, ALTERNATIVES)
    .map((doc) => ({
      title: { vi: `Đổi văn bản cha thành '${doc.name.text}'`, en: `Change the parent to '${doc.name.text}'` },
      edits: [{ span, newText: doc.name.text }],
    }));
  context.report({
    span,
    messageId: root === parentIssuer ? "notContained" : "notContainedOrgan",
    data: { parent: parent.name.text, parentIssuer: parentIssuer.name.text, root: root.name.text, issuer: issuer.name.text },
    fixes,
  });
}

/** Whether `plan` under `parent` keeps its other checks as they are (see the header). */
function fitsUnder(ws: Workspace, plan: DocumentDecl, parent: DocumentDecl, uncoveredNow: number): boolean {
  const issued = plan.issued?.last;
  const parentIssued = parent.issued?.last;
  if (issued !== undefined && parentIssued !== undefined && issued < parentIssued) return false;
  for (const task of allTasks(plan)) {
    for (const ref of task.covers) if (!ws.resolveTaskUnder(parent, ref)) return false;
  }
  const coverage = planCoverage(ws, plan, parent);
  if (coverage && uncoveredTasks(coverage).length > uncoveredNow) return false;
  return meetsReporting(plan, parent);
}

/** Whether the plan reports at least as often as `parent`, on or before its due day (as `report-cadence` asks). */
function meetsReporting(plan: DocumentDecl, parent: DocumentDecl): boolean {
  const required = parent.reporting?.reports ?? [];
  if (required.length === 0) return true;
  const own = plan.reporting?.reports ?? [];
  const months = (r: { every?: Duration }) => (r.every ? durationMonths(r.every) : undefined);
  const strictest = Math.min(...required.map((r) => months(r) ?? Infinity));
  const earliest = Math.min(...required.map((r) => r.dueDay?.value ?? Infinity));
  return own.some((r) => (months(r) ?? Infinity) <= strictest + 0.05 && (r.dueDay?.value ?? -Infinity) <= earliest);
}

/** Documents that may be `plan`'s parent, likeliest first (see the header). */
function possibleParents(ws: Workspace, plan: DocumentDecl, issuer: UnitDecl): DocumentDecl[] {
  const scored: { doc: DocumentDecl; sameDirective: boolean; depth: number }[] = [];
  const current = planCoverage(ws, plan);
  const uncoveredNow = current ? uncoveredTasks(current).length : 0;
  // `ws.mayBeParentIssuer(docIssuer, issuer)` for every document, with the plan's issuer and its
  // containers gathered once: two set lookups per document (it walked the issuer's container
  // chain per document, and this loop runs over every document of the workspace per finding).
  const above = new Set<UnitDecl>([issuer, ...ws.containerChain(issuer)]);
  for (const { decl: doc, issuer: docIssuer, root: docRoot } of ws.issuedDocuments()) {
    if (doc === plan || !(above.has(docRoot) || above.has(docIssuer))) continue;
    // Not a document below the plan: that would make a cycle.
    if (ws.parentChain(doc).includes(plan)) continue;
    if (!fitsUnder(ws, plan, doc, uncoveredNow)) continue;
    const directive = doc.docKind === "directive" ? doc.name.text : doc.implements?.text;
    scored.push({ doc, sameDirective: directive !== undefined && directive === plan.implements?.text, depth: ws.containerChain(docRoot).length });
  }
  return scored
    .sort((a, b) => Number(b.sameDirective) - Number(a.sameDirective) || b.depth - a.depth || (a.doc.name.text < b.doc.name.text ? -1 : 1))
    .map((s) => s.doc);
}
