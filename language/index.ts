// The public surface of the language core. Pure: no editor types, no I/O.
export * from "./ast/nodes.js";
export * from "./ast/calendar.js";
export { parse, markUndecodable } from "./parser/index.js";
export { lex, KEYWORDS } from "./lexer/index.js";
export { Workspace, type Located, type LevelInfo } from "./workspace/workspace.js";
export { allTasks, collectSymbols, type FileSymbols, type GlobalDecl } from "./workspace/symbols.js";
export { planCoverage, type PlanCoverage } from "./workspace/coverage.js";
export { RULES, ruleById } from "./checks/index.js";
export type { Rule, RuleContext, Severity, SeveritySetting, Fix, TextEdit, Report } from "./checks/rule.js";
export { checkFile, renderMessage, sortFindings, type Finding, type CheckOptions } from "./checks/run.js";
export * from "./lifecycle/transitions.js";
export * from "./i18n/messages.js";
export { syntaxMessage } from "./i18n/syntax-messages.js";
export { LineIndex, lineIndexOf, type Position } from "./text/line-index.js";
export { closest, foldName, editDistance } from "./text/similarity.js";
export { globMatcher, ignoreMatcher, type PathPattern } from "./text/glob.js";
export * from "./config.js";
