// The rule registry: every check, in the order of LANGUAGE.md's rule table. The id of each rule
// is its file name and its public, stable rule id.
import { assignUpward } from "./assign-upward.js";
import { coverage } from "./coverage.js";
import { dateOrder } from "./date-order.js";
import { documentNumber } from "./document-number.js";
import { duplicateDeclaration } from "./duplicate-declaration.js";
import { exportReady } from "./export-ready.js";
import { hierarchyLevel } from "./hierarchy-level.js";
import { hierarchyParent } from "./hierarchy-parent.js";
import { historyOrder } from "./history-order.js";
import { leadAlsoSupport } from "./lead-also-support.js";
import { measurable } from "./measurable.js";
import { reportCadence } from "./report-cadence.js";
import type { Rule } from "./rule.js";
import { singleLead } from "./single-lead.js";
import { syntax } from "./syntax.js";
import { unfinished } from "./unfinished.js";
import { unresolvedReference } from "./unresolved-reference.js";

export const RULES: readonly Rule[] = [
  syntax,
  unresolvedReference,
  duplicateDeclaration,
  hierarchyLevel,
  hierarchyParent,
  assignUpward,
  singleLead,
  leadAlsoSupport,
  coverage,
  measurable,
  dateOrder,
  reportCadence,
  documentNumber,
  historyOrder,
  // Beyond LANGUAGE.md's table:
  exportReady,
  unfinished,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export type { Rule, RuleContext, Severity, SeveritySetting, Fix, TextEdit, Report } from "./rule.js";
