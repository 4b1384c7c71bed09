// Where a document stands on a day: the one status model. Dates are day numbers; ISO strings exist
// only in the JSON the edges print (`plancode status --format json`, the server's `plancode/status`).
// The workflow engine (workflows/status.ts `documentStatus`) fills in deadlines from the schedule;
// `historyStatus` is what the history alone says (state and since, nothing due), the editor's
// answer when the engine is not there or fails.
import { formatIso } from "../ast/calendar.js";
import type { DocumentDecl } from "../ast/nodes.js";
import { replayHistory, stepNamesOf } from "./replay.js";
import { stateName } from "./transitions.js";

/** Something due. */
export interface Deadline {
  /** `report`, `review preliminary`, `review final`, or an approval step (`approval:<step>`). */
  what: string;
  /** The last day it may happen on (a day number). */
  due: number;
}

export interface DocumentStatus {
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `implementing`, `closed`. */
  state: string;
  /** The day of the event that entered the state; absent when unknown (a draft without history). */
  since?: number;
  /** Deadlines missed, oldest first. */
  overdue: Deadline[];
  /** The nearest deadline on or after the day, if any. */
  next?: Deadline;
}

/** The state and since date from `history` alone (lines dated after `asOf` not yet happened), through the one replay. */
export function historyStatus(doc: DocumentDecl, asOf: number): DocumentStatus {
  if (doc.docKind === "directive") return { state: "issued", since: doc.issued?.first, overdue: [] };
  const replayed = replayHistory(doc, { policy: "resync", stopAt: (line) => line.date.first === undefined || line.date.first > asOf });
  return { state: stateName(replayed.state, stepNamesOf(doc)), since: replayed.since, overdue: [] };
}

/** A deadline as JSON prints it: its day as an ISO date (LANGUAGE.md's `status --format json`). */
export function deadlineJson(deadline: Deadline): { what: string; due: string } {
  return { what: deadline.what, due: formatIso(deadline.due) };
}
