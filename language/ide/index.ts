// The editor services of the core (as rust-analyzer's `ide`, TypeScript's `services`): pure,
// offset-based answers for the language server's features, with no LSP types — positions,
// ranges, LSP shapes and words for people are the server's business. Built on the core's API
// (`language/index.ts`); nothing else in `language/` imports from here.
//
//   names:        collectOccurrences, occurrenceAt, targetsOf (hover, definition, references,
//                 highlight, rename), checkName (rename)
//   completion:   cursorContext (from the grammar's facts), rankUnits and rankDocuments
//                 (candidates by where they may go and by proximity), eventsAllowedAt (history lines)
//   the file:     highlights (semantic tokens), foldables, enclosingSpans (selection), dateHints
//   the workspace: coverageOf (code lens)
export {
  collectOccurrences,
  occurrenceAt,
  targetsOf,
  targetName,
  namesToSearch,
  globalKey,
  taskKey,
  levelKey,
  type Occurrence,
  type SymbolKind,
  type Target,
} from "./occurrences.js";
export { checkName, type NameCheck } from "./names.js";
export { cursorContext, type BlockKind, type CursorContext, type Expect } from "./completion-context.js";
export { rankDocuments, rankUnits, rankingScene, typedMatcher, FolderDistances, type Chosen, type RankingScene } from "./completion-ranking.js";
export { eventsAllowedAt } from "./history.js";
export { highlights, type Highlight, type HighlightKind } from "./highlighting.js";
export { foldables, type Foldable } from "./folding.js";
export { enclosingSpans } from "./selection.js";
export { dateHints, type DateHint } from "./date-hints.js";
export { coverageOf, type Coverage } from "./coverage.js";
