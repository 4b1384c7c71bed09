// History completion: the events the lifecycle allows on a new history line, after replaying the
// lines above it with the one replay (language/lifecycle/replay.ts), the way `history-order`
// reads them.
import { allowedEvents, INITIAL_STATE, replayHistory, type DocumentDecl, type EventWord } from "../index.js";

/** The events allowed next on the line starting at `lineStart`, in the table's order (`doc`: the document the line is in). */
export function eventsAllowedAt(doc: DocumentDecl | undefined, lineStart: number): EventWord[] {
  const state = doc ? replayHistory(doc, { policy: "resync", stopAt: (line) => line.span.start >= lineStart }).state : INITIAL_STATE;
  return allowedEvents(state, doc?.approval?.steps.length ?? 0);
}
