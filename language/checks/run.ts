// Runs the rules on one file of a workspace and applies configuration: severities from
// `plancode.json` and `// plancode-disable-next-line RULE` comments.
import type { SourceFile, Span } from "../ast/nodes.js";
import { format, LOCALES, type Locale, type Localized } from "../i18n/messages.js";
import { lineIndexOf } from "../text/line-index.js";
import type { Workspace } from "../workspace/workspace.js";
import { disableDirectives } from "./disable-comments.js";
import { RULES, ruleById } from "./index.js";
import type { Fix, Report, Rule, Severity, SeveritySetting } from "./rule.js";

export interface Finding {
  ruleId: string;
  severity: Severity;
  uri: string;
  span: Span;
  messageId: string;
  data: Record<string, string | number>;
  /** The message in every locale, so one result serves CLI, server and SARIF alike. */
  message: Localized;
  fixes?: Fix[];
}

export interface CheckOptions {
  /** Severity overrides by rule id (`"off"` drops the rule). */
  rules?: Record<string, SeveritySetting>;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function renderMessage(rule: Rule, messageId: string, data: Record<string, string | number>, locale: Locale): string {
  if (rule.render) return rule.render(messageId, data, locale);
  const template = rule.messages[messageId];
  return template ? format(template[locale], data) : messageId;
}

export function checkFile(workspace: Workspace, uri: string, options: CheckOptions = {}): Finding[] {
  const file = workspace.getFile(uri);
  if (!file) return [];
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    const report = (r: Report): void => {
      const data = r.data ?? {};
      const message = Object.fromEntries(LOCALES.map((l) => [l, renderMessage(rule, r.messageId, data, l)])) as unknown as Localized;
      findings.push({ ruleId: rule.id, severity, uri, span: r.span, messageId: r.messageId, data, message, fixes: r.fixes });
    };
    try {
      rule.check({ workspace, file, report });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
  return sortFindings(applyDisableComments(file, findings));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Drops findings on a line right after `// plancode-disable-next-line [RULE, ...]` (all rules when none named). */
export function applyDisableComments(file: SourceFile, findings: Finding[]): Finding[] {
  if (!findings.length || !file.comments.length) return findings;
  const disabled = new Map<number, Set<string> | "all">();
  for (const d of disableDirectives(file)) disabled.set(d.line + 1, d.rules.length ? new Set(d.rules.map((r) => r.id)) : "all");
  if (!disabled.size) return findings;
  const lines = lineIndexOf(file);
  return findings.filter((f) => {
    const rules = disabled.get(lines.positionAt(f.span.start).line);
    return !(rules === "all" || rules?.has(f.ruleId));
  });
}

export { ruleById };
