// What a check is: one file per rule (`language/checks/<id>.ts`), exporting a `Rule` whose id is
// the public rule id, with a default severity, messages in vi and en keyed by message id, and a
// `check` that reports findings on one file with the whole workspace at hand.
import type { DocumentDecl, SourceFile, Span } from "../ast/nodes.js";
import type { Locale, Localized } from "../i18n/messages.js";
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
