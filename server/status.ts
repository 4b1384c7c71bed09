// A plan's lifecycle status for hover and code lens, behind a small interface so features (and
// their tests) do not depend on the workflow engine's details. `replayStatus` replays `history`
// through the lifecycle table of `language/` (state and since; no deadlines); the workflow
// engine's `statusOf` adds what is overdue and what comes next.
import {
  eventOf,
  formatIso,
  INITIAL_STATE,
  nextState,
  stateName,
  type DocumentDecl,
  type LifecycleState,
  type Workspace,
} from "../language/index.js";

import type { Deadline } from "./protocol.js";

export type { Deadline };

export interface PlanStatus {
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `implementing`, `closed`. */
  state: string;
  /** ISO date of the event that entered the state. */
  since?: string;
  overdue: Deadline[];
  next?: Deadline;
}

/** The status of a document on a day (a day number); undefined when it has none. */
export type StatusProvider = (doc: DocumentDecl, workspace: Workspace, asOf: number) => PlanStatus | undefined;

/** The state and since date from `history` alone, through the one lifecycle table. */
export const replayStatus: StatusProvider = (doc, _workspace, asOf) => {
  if (doc.docKind === "directive") {
    return { state: "issued", since: doc.issued?.first !== undefined ? formatIso(doc.issued.first) : undefined, overdue: [] };
  }
  const steps = doc.approval?.steps.map((s) => s.name.text) ?? [];
  let state: LifecycleState = INITIAL_STATE;
  let since: number | undefined;
  for (const event of doc.history?.events ?? []) {
    const day = event.date.first;
    if (day === undefined || day > asOf) break;
    const e = eventOf(event.word.text, event.which);
    const next = e && nextState(state, e, steps.length);
    if (!next) continue;
    state = next;
    since = day;
  }
  return { state: stateName(state, steps), since: since === undefined ? undefined : formatIso(since), overdue: [] };
};

/** Never lets a failing status engine break a hover or a lens. */
export function guardedStatus(provider: StatusProvider, fallback: StatusProvider = replayStatus): StatusProvider {
  return (doc, ws, asOf) => {
    try {
      return provider(doc, ws, asOf) ?? fallback(doc, ws, asOf);
    } catch {
      return fallback(doc, ws, asOf);
    }
  };
}
