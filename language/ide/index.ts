// The editor services of the core (as rust-analyzer's `ide`, TypeScript's `services`): pure,
// offset-based answers for the language server's features, with no LSP types — positions,
// ranges and LSP shapes are the server's business. Built on the core's API (`language/index.ts`);
// nothing else in `language/` imports from here.
export { collectOccurrences, occurrenceAt, targetsOf, targetName, namesToSearch, globalKey, taskKey, levelKey, type Occurrence, type SymbolKind, type Target } from "./occurrences.js";
export { coverageOf, type Coverage } from "./coverage.js";
export { walk, type AnyNode } from "./walk.js";
export { cursorContext, type BlockKind, type CursorContext, type Expect } from "./completion-context.js";
export { checkName, type NameCheck } from "./names.js";
export { eventsAllowedAt } from "./history.js";
