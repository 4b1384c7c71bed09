// Runs the rules on one file of a workspace and applies configuration: severities from
// `plancode.json` and `// plancode-disable-next-line RULE` comments. A declaration the parser had
// to recover reports only its syntax findings (`withholdInBrokenDeclarations`).
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
  return sortFindings(withholdInBrokenDeclarations(file, applyDisableComments(file, findings)));
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

// What the checks say about a declaration the parser had to recover: only its syntax problems.
//
// When a `{` is deleted, the parser closes the task early, the rest of the plan's body is read as
// stray statements or skipped, and every rule then sees a plan that lost its tasks, its reporting
// and its indicators: one typo gave eight findings, six of them coverage and cadence warnings
// about text that is still there. As rust-analyzer and TypeScript do for a broken item, the
// semantic findings of a top-level declaration holding a syntax finding are withheld until it
// parses again; the syntax finding says where to look. Other declarations of the file, and other
// files, are checked as usual.
//
// A syntax problem belongs to the top-level declaration it is in, or, when recovery ended that
// declaration before it (the rest of a plan read as stray tokens), to the last declaration that
// starts before it: the region from a declaration's start to the next declaration's start.

/** `findings` without the non-syntax ones located in a declaration that has a syntax finding. */
export function withholdInBrokenDeclarations(file: SourceFile, findings: Finding[]): Finding[] {
  const syntax = findings.filter((f) => f.ruleId === "syntax");
  if (!syntax.length || !file.decls.length) return findings;
  const starts = file.decls.map((d) => d.span.start).sort((a, b) => a - b);
  const regionOf = (offset: number): number => {
    // The index of the last declaration starting at or before `offset` (-1: before the first).
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const broken = new Set(syntax.map((f) => regionOf(f.span.start)).filter((r) => r >= 0));
  if (!broken.size) return findings;
  return findings.filter((f) => f.ruleId === "syntax" || !broken.has(regionOf(f.span.start)));
}

export { ruleById };
