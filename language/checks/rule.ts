// What a check is: one file per rule (`language/checks/<id>.ts`), exporting a `Rule` whose id is
// the public rule id, with a default severity, messages in vi and en keyed by message id, and a
// `check` that reports findings on one file with the whole workspace at hand.
import type { DocumentDecl, Duration, SourceFile, Span, TaskDecl, UnitDecl } from "../ast/nodes.js";
import type { Locale, Localized } from "../i18n/messages.js";
import { lineIndexOf } from "../text/line-index.js";
import type { Workspace } from "../workspace/workspace.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** A text edit in one file, by offsets (quick fixes; converted to LSP edits by the server). */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /**
   * A fix rather than a suggestion, in ESLint's sense: what it writes follows from the plan and
   * the workspace (the issuer's code, what the parent requires, a body named twice), nothing is
   * guessed or invented, so `plancode lint --fix` applies it unasked. Quick fixes that pick one
   * of several names or insert stubs for the drafter to complete are offered in the editor only.
   */
  safe?: boolean;
}

export interface Report {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly workspace: Workspace;
  readonly file: SourceFile;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One sentence for docs, SARIF rule metadata and hovers. */
  description: Localized;
  /** Whether some of its findings carry a `safe` fix (`plancode lint --fix`; ESLint's `meta.fixable`). */
  fixable?: boolean;
  messages: Record<string, Localized>;
  check(context: RuleContext): void;
  /** Custom rendering of a message (the `syntax` rule describes expected tokens in words). */
  render?(messageId: string, data: Record<string, string | number>, locale: Locale): string;
}

/** Calls `visit` for every document declared in the file being checked. */
export function forEachDocument(context: RuleContext, visit: (doc: DocumentDecl) => void): void {
  for (const decl of context.file.decls) if (decl.kind === "document") visit(decl);
}

/** Calls `visit` for every plan (not directive) declared in the file being checked. */
export function forEachPlan(context: RuleContext, visit: (plan: DocumentDecl) => void): void {
  forEachDocument(context, (doc) => doc.docKind === "plan" && visit(doc));
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared by several rules. They read the AST defensively (any field may be missing)
// and never throw.

/** Calls `visit` for every task of a document, nested ones included, in source order. */
export function forEachTask(doc: DocumentDecl, visit: (task: TaskDecl) => void): void {
  const walk = (task: TaskDecl): void => {
    visit(task);
    task.subtasks.forEach(walk);
  };
  doc.tasks.forEach(walk);
}

/** The 1-based line of an offset in a file (for messages that point at another declaration). */
export function lineOf(file: { text: string }, offset: number): number {
  return lineIndexOf(file).positionAt(offset).line + 1;
}

/**
 * Where a declaration is, for a message shown in `fromUri`: its 1-based line, and the other file's
 * path relative to the folder of `fromUri` (`../central/kl57.plan`), or "" in the same file.
 */
export function describeLocation(workspace: Workspace, fromUri: string, toUri: string, offset: number): { file: string; line: number } {
  const target = workspace.getFile(toUri);
  const line = target ? lineOf(target, offset) : 0;
  return { file: toUri === fromUri ? "" : relativeUri(fromUri, toUri), line };
}

function uriPath(uri: string): string {
  const path = uri.replace(/^file:\/\//, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The path of `to` relative to the folder holding `from` (both URIs or paths), `/`-separated. */
export function relativeUri(from: string, to: string): string {
  const a = uriPath(from).split("/");
  const b = uriPath(to).split("/");
  a.pop(); // the folder of `from`
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

/** Shortens a long title for a message (titles of directives' tasks run to hundreds of characters). */
export function shortTitle(title: string | undefined, max = 80): string {
  const t = (title ?? "").replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Days of a duration as a number of months (a month = 365/12 days, a year = 12 months). */
export function durationMonths(d: Duration): number | undefined {
  if (!Number.isFinite(d.amount) || d.amount <= 0) return undefined;
  switch (d.unit) {
    case "months":
      return d.amount;
    case "years":
      return d.amount * 12;
    case "days":
      return (d.amount * 12) / 365;
  }
}

/**
 * The root of the bodies a plan may assign work to (`assign-upward`): its issuer's levelled unit
 * (for `btv-tu-bd`, the Standing Board, that is the whole `tinh-uy-binh-duong`), or the issuer itself.
 */
export function assignableRoot(workspace: Workspace, plan: DocumentDecl): UnitDecl | undefined {
  const issuer = plan.issuer && workspace.lookupUnit(plan.issuer.text);
  return issuer && (workspace.levelledUnit(issuer) ?? issuer);
}

/**
 * The bodies a plan may assign work to, most likely first: those it already uses (leads before
 * supports, then by how often), then the rest of its issuer's subtree in declaration order. Every
 * one passes `assign-upward`, so a quick fix that writes one never adds a finding.
 */
export function assignableBodies(workspace: Workspace, plan: DocumentDecl): string[] {
  const root = assignableRoot(workspace, plan);
  if (!root) return [];
  const valid = (name: string): boolean => {
    const unit = workspace.lookupUnit(name);
    return unit !== undefined && workspace.inSubtree(unit, root);
  };
  const score = new Map<string, number>();
  forEachTask(plan, (t) => {
    for (const role of [...t.leads, ...t.supports]) {
      for (const u of role.units) if (valid(u.text)) score.set(u.text, (score.get(u.text) ?? 0) + (role.kind === "lead" ? 1000 : 1));
    }
  });
  const used = [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const rest = workspace.subtree(root).map((u) => u.name.text).filter((name) => !score.has(name));
  return [...used, ...rest];
}

/**
 * The body most likely to lead a new task of `plan`: the lead of `near` (the enclosing task of
 * a subtask) when `assign-upward` accepts it, else the body leading most tasks of the plan (the
 * first in source order on a tie), else the issuer's levelled unit; undefined when the issuer is
 * unknown. Never a body outside the issuer's subtree: a quick fix must not create an error.
 */
export function likeliestLead(workspace: Workspace, plan: DocumentDecl, near?: TaskDecl): string | undefined {
  const root = assignableRoot(workspace, plan);
  if (!root) return undefined;
  const own = near?.leads[0]?.units[0]?.text;
  const ownUnit = own === undefined ? undefined : workspace.lookupUnit(own);
  if (own && ownUnit && workspace.inSubtree(ownUnit, root)) return own;
  const counts = new Map<string, number>();
  forEachTask(plan, (t) => {
    const name = t.leads[0]?.units[0]?.text;
    const unit = name === undefined ? undefined : workspace.lookupUnit(name);
    if (name && unit && workspace.inSubtree(unit, root)) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best ?? plan.issuer?.text;
}

/** The leading whitespace of the line an offset is on. */
export function indentAt(text: string, offset: number): string {
  let start = Math.min(offset, text.length);
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let end = start;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}

/** The line break a file uses (`\r\n` when its first line break is one). */
export function eolOf(text: string): string {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** Quotes a value as a plan string literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
