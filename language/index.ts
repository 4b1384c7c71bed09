// The public surface of the language core. Pure: no editor types, no I/O.
export * from "./ast/nodes.js";
export * from "./ast/calendar.js";
export { parse, markUndecodable } from "./parser/index.js";
export { grammarFacts, type Follow, type GrammarFacts, type NameRole } from "./parser/grammar-facts.js";
export { lex, KEYWORDS } from "./lexer/index.js";
export { Workspace, type Located, type LevelInfo } from "./workspace/workspace.js";
export { PartialWorkspace, type WorkspaceNames } from "./workspace/partial.js";
export { allTasks, collectSymbols, type FileSymbols, type GlobalDecl } from "./workspace/symbols.js";
export { forEachReference, REFERENCE_KINDS, type ReferenceKind, type ReferenceSite } from "./ast/references.js";
export { planCoverage, type PlanCoverage } from "./workspace/coverage.js";
export {
  affectedByChanges,
  affectedFiles,
  declaredNames,
  documentNames,
  NameIndex,
  ParentIndex,
  parentLinks,
  parentLinksChanged,
  structureChanged,
  summarizeChange,
  type ChangeSummary,
  type DependencyView,
  type FileChange,
  type SymbolSummary,
} from "./workspace/dependents.js";
export { RULES, ruleById } from "./checks/index.js";
export type { Rule, RuleContext, Severity, SeveritySetting, Fix, TextEdit, Report } from "./checks/rule.js";
export { checkFile, renderMessage, sortFindings, type Finding, type CheckOptions } from "./checks/run.js";
export { applyFixes, replacementOf, safeFix, type Replacement } from "./checks/apply-fixes.js";
export { disableDirectives, type DisableDirective } from "./checks/disable-comments.js";
export { RULE_DOCS_BASE, ruleDocsUrl } from "./checks/docs-url.js";
export * from "./lifecycle/transitions.js";
export { replayHistory, resync, stepNamesOf, type BadEventPolicy, type HistoryReplay, type HistoryReplayOptions, type ReplayedEvent } from "./lifecycle/replay.js";
export { deadlineJson, historyStatus, type Deadline, type DocumentStatus } from "./lifecycle/status.js";
export * from "./i18n/messages.js";
export { syntaxMessage } from "./i18n/syntax-messages.js";
export { LineIndex, lineIndexOf, type Position } from "./text/line-index.js";
export { canonicalName } from "./text/names.js";
export { closest, foldName, editDistance } from "./text/similarity.js";
export { globMatcher, ignoreMatcher, type PathPattern } from "./text/glob.js";
export * from "./config.js";
