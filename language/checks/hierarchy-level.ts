// `hierarchy-level`: levels must go down the hierarchy.
//
// - A unit with its own `level` must be strictly below its container's level (the container is
//   the unit whose block it is nested in, or the unit named by `in`). Reported on the `level` name.
// - A plan whose issuer is at a higher level than the issuer of its parent document (a province
//   plan citing a district plan as its parent). Reported on the `issuer` name. Equal levels are
//   fine (a People's Committee plan under the provincial Party committee's plan).
// - Extension: a unit placed (with `in`) inside its own subtree, which leaves it with no level
//   at all. Reported on the `in` name.
// Unknown levels and units are `unresolved-reference`'s business: they are skipped here.
import type { DocumentDecl, UnitDecl } from "../ast/nodes.js";
import type { Rule, RuleContext } from "./rule.js";

export const hierarchyLevel: Rule = {
  id: "hierarchy-level",
  defaultSeverity: "error",
  description: {
    vi: "Đơn vị khai báo ở cấp không thấp hơn cấp của đơn vị chứa nó; kế hoạch có cơ quan ban hành ở cấp cao hơn cơ quan ban hành văn bản cha.",
    en: "A unit declared at a level not below its container's; a plan whose issuer is at a higher level than its parent's issuer.",
  },
  messages: {
    unitLevel: {
      vi: "Đơn vị '{unit}' ở cấp '{level}' nhưng phải thấp hơn cấp '{containerLevel}' của đơn vị chứa nó '{container}'",
      en: "Unit '{unit}' is at level '{level}', which is not below level '{containerLevel}' of its container '{container}'",
    },
    planLevel: {
      vi: "Cơ quan ban hành '{issuer}' (cấp '{level}') ở cấp cao hơn '{parentIssuer}' (cấp '{parentLevel}'), cơ quan ban hành văn bản cha '{parent}'",
      en: "Issuer '{issuer}' (level '{level}') is at a higher level than '{parentIssuer}' (level '{parentLevel}'), the issuer of the parent document '{parent}'",
    },
    unitCycle: {
      vi: "Đơn vị '{unit}' được đặt vào '{container}', vốn nằm trong chính nó: vòng lặp trong cây đơn vị",
      en: "Unit '{unit}' is placed in '{container}', which lies inside it: a cycle in the unit tree",
    },
  },
  check(context) {
    for (const decl of context.file.decls) {
      if (decl.kind === "unit") checkUnit(context, decl);
      else if (decl.kind === "document") checkDocument(context, decl);
    }
  },
};

function checkUnit(context: RuleContext, unit: UnitDecl): void {
  const ws = context.workspace;
  const container = ws.containerOf(unit);
  if (container && unit.placedIn && !unit.container && inCycle(context, unit)) {
    context.report({ span: unit.placedIn.span, messageId: "unitCycle", data: { unit: unit.name.text, container: container.name.text } });
  } else if (container && unit.level) {
    const own = ws.level(unit.level.text);
    const above = ws.levelOf(container);
    if (own && above && own.rank <= above.rank) {
      context.report({
        span: unit.level.span,
        messageId: "unitLevel",
        data: { unit: unit.name.text, level: own.name, container: container.name.text, containerLevel: above.name },
      });
    }
  }
  unit.children.forEach((c) => checkUnit(context, c));
}

/** Whether following containers from `unit` comes back to it. */
function inCycle(context: RuleContext, unit: UnitDecl): boolean {
  const ws = context.workspace;
  const chain = ws.containerChain(unit);
  const last = chain[chain.length - 1];
  return last !== undefined && ws.containerOf(last) === unit;
}

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  if (doc.docKind !== "plan" || !doc.issuer) return;
  const ws = context.workspace;
  const parent = ws.parentDocument(doc);
  if (!parent?.issuer || parent === doc) return;
  const issuer = ws.lookupUnit(doc.issuer.text);
  const parentIssuer = ws.lookupUnit(parent.issuer.text);
  if (!issuer || !parentIssuer) return;
  const level = ws.levelOf(issuer);
  const parentLevel = ws.levelOf(parentIssuer);
  if (!level || !parentLevel || level.rank >= parentLevel.rank) return;
  context.report({
    span: doc.issuer.span,
    messageId: "planLevel",
    data: {
      issuer: issuer.name.text,
      level: level.name,
      parentIssuer: parentIssuer.name.text,
      parentLevel: parentLevel.name,
      parent: parent.name.text,
    },
  });
}
