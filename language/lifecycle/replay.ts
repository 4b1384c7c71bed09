// Replaying a document's `history` through the lifecycle table: the one replay, with one policy
// for an event the lifecycle does not allow in the current state. The `history-order` check, the
// state the editor shows without the workflow engine, history completion and the engine's lenient
// replay (workflows/replay.ts, through `resync`) all follow it, so they agree on every history.
import type { DocumentDecl, HistoryEvent } from "../ast/nodes.js";
import { eventOf, INITIAL_STATE, nextState, stateKey, stateName, transitionsFrom, type EventWord, type LifecycleState } from "./transitions.js";

/**
 * What replay does with an event the lifecycle does not allow in the current state:
 * - `resync`: take it as if the events missing in between had happened (`resync`), so one
 *   forgotten event does not throw off every later line; an event that no later state allows
 *   (going backwards) is skipped;
 * - `skip`: ignore it (the strict replay: a history as written).
 */
export type BadEventPolicy = "resync" | "skip";

/**
 * The events missing between `from` and the first state reachable from it (breadth first,
 * through `transitionsFrom`) in which `event` is allowed, and the state after `event` there.
 * Undefined when `event` is allowed in `from` itself (nothing is missing) or in no state
 * reachable from it.
 */
export function resync(from: LifecycleState, event: EventWord, stepCount: number): { implied: EventWord[]; state: LifecycleState } | undefined {
  const seen = new Set<string>([stateKey(from)]);
  const queue: { state: LifecycleState; path: EventWord[] }[] = [{ state: from, path: [] }];
  for (let i = 0; i < queue.length; i++) {
    const { state, path } = queue[i];
    const next = nextState(state, event, stepCount);
    if (next) return i > 0 ? { implied: path, state: next } : undefined;
    for (const t of transitionsFrom(state, stepCount)) {
      const key = stateKey(t.to);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ state: t.to, path: [...path, t.event] });
    }
  }
  return undefined;
}

/** One history line as replayed. */
export interface ReplayedEvent {
  line: HistoryEvent;
  event: EventWord;
  /** The state before the line. */
  from: LifecycleState;
  /** The state after it (`from` when it was skipped). */
  to: LifecycleState;
  /** Whether the lifecycle allows the event in `from`. */
  allowed: boolean;
  /** The events taken as having happened before it (policy `resync`); empty otherwise. */
  implied: readonly EventWord[];
}

export interface HistoryReplayOptions {
  policy: BadEventPolicy;
  /** Replay stops at the first line for which this holds (a date after "today", the cursor's line). */
  stopAt?: (line: HistoryEvent) => boolean;
  /** Called for every line replayed, in order. */
  onEvent?: (replayed: ReplayedEvent) => void;
}

export interface HistoryReplay {
  state: LifecycleState;
  /** The day (day number) of the line that entered the state's public name (`stateName`), if it has a date. */
  since?: number;
}

/** The names of a document's approval steps (a document without `approval` has one implicit step). */
export function stepNamesOf(doc: DocumentDecl): string[] {
  return (doc.approval?.steps ?? []).map((s) => s.name.text);
}

/**
 * Replays `doc`'s history from `INITIAL_STATE` with as many approval steps as its `approval`
 * block has. Lines whose word is not an event (`syntax` problems) are passed over.
 */
export function replayHistory(doc: DocumentDecl, options: HistoryReplayOptions): HistoryReplay {
  const stepNames = stepNamesOf(doc);
  const steps = stepNames.length;
  let state: LifecycleState = INITIAL_STATE;
  let since: number | undefined;
  for (const line of doc.history?.events ?? []) {
    if (options.stopAt?.(line)) break;
    const event = eventOf(line.word.text, line.which);
    if (!event) continue;
    const from = state;
    const next = nextState(from, event, steps);
    const found = next ? undefined : options.policy === "resync" ? resync(from, event, steps) : undefined;
    const to = next ?? found?.state ?? from;
    if (entersState(from, next ? [event] : found ? [...found.implied, event] : [], steps, stepNames)) since = line.date.first;
    state = to;
    options.onEvent?.({ line, event, from, to, allowed: next !== undefined, implied: found?.implied ?? [] });
  }
  return { state, since };
}

/** Whether taking `events` from `from` enters a state with another public name at some step (as the engine moves `since`). */
function entersState(from: LifecycleState, events: readonly EventWord[], steps: number, stepNames: readonly string[]): boolean {
  let state = from;
  for (const event of events) {
    const next = nextState(state, event, steps);
    if (!next) return false;
    if (stateName(next, stepNames) !== stateName(state, stepNames)) return true;
    state = next;
  }
  return false;
}
