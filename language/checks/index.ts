// The rule registry: every check, in the order of LANGUAGE.md's rule table. The id of each rule
// is its file name and its public, stable rule id.
import type { Rule } from "./rule.js";
import { syntax } from "./syntax.js";
import { unresolvedReference } from "./unresolved-reference.js";

export const RULES: readonly Rule[] = [syntax, unresolvedReference];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export type { Rule, RuleContext, Severity, SeveritySetting, Fix, TextEdit, Report } from "./rule.js";
