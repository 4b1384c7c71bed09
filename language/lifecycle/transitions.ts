// The lifecycle transition table of a plan: the ONE source of truth for which history event is
// allowed in which state. Every replay of a history steps through it (lifecycle/replay.ts: the
// `history-order` check, the editor's status and history completion, the engine's lenient
// replay), and the workflow engine (`workflows/`) generates its XState machines from
// `transitionsFrom`, so they can never disagree.
//
// States: approval step i (step 0 is drafting), approved, issued, implementing (reached through
// the momentary `disseminated`), closed. Reviews are remembered inside `implementing`.
import { HISTORY_WORDS, type HistoryWord } from "../ast/nodes.js";

/** A history event: a history word, with `reviewed` split by which review. */
export type EventWord = Exclude<HistoryWord, "reviewed"> | "reviewed preliminary" | "reviewed final";

/** Every event, in the order of the history words (`HISTORY_WORDS`, the parser's). */
export const EVENT_WORDS: readonly EventWord[] = HISTORY_WORDS.flatMap((w): EventWord[] => (w === "reviewed" ? ["reviewed preliminary", "reviewed final"] : [w]));

export type LifecycleState =
  | { phase: "approval"; step: number }
  | { phase: "approved" }
  | { phase: "issued" }
  | { phase: "implementing"; preliminaryReviewed: boolean; finalReviewed: boolean }
  | { phase: "closed" };

export const INITIAL_STATE: LifecycleState = { phase: "approval", step: 0 };

export interface Transition {
  event: EventWord;
  to: LifecycleState;
}

/**
 * Every transition out of `state` for a plan with `stepCount` approval steps (at least 1: a
 * plan without `approval` has one implicit step).
 */
export function transitionsFrom(state: LifecycleState, stepCount: number): Transition[] {
  const steps = Math.max(1, stepCount);
  switch (state.phase) {
    case "approval": {
      const out: Transition[] = [];
      const last = state.step >= steps - 1;
      if (!last) out.push({ event: "submitted", to: { phase: "approval", step: state.step + 1 } });
      if (last) out.push({ event: "approved", to: { phase: "approved" } });
      if (state.step > 0) out.push({ event: "returned", to: { phase: "approval", step: 0 } });
      return out;
    }
    case "approved":
      return [{ event: "issued", to: { phase: "issued" } }];
    case "issued":
      return [{ event: "disseminated", to: { phase: "implementing", preliminaryReviewed: false, finalReviewed: false } }];
    case "implementing": {
      const out: Transition[] = [{ event: "reported", to: state }];
      if (!state.preliminaryReviewed && !state.finalReviewed) {
        out.push({ event: "reviewed preliminary", to: { ...state, preliminaryReviewed: true } });
      }
      if (!state.finalReviewed) out.push({ event: "reviewed final", to: { ...state, finalReviewed: true } });
      out.push({ event: "closed", to: { phase: "closed" } });
      return out;
    }
    case "closed":
      return [];
  }
}

/** The state after `event`, or undefined when the lifecycle does not allow it in `state`. */
export function nextState(state: LifecycleState, event: EventWord, stepCount: number): LifecycleState | undefined {
  return transitionsFrom(state, stepCount).find((t) => t.event === event)?.to;
}

/** The events allowed next (for completion in `history` blocks and for messages). */
export function allowedEvents(state: LifecycleState, stepCount: number): EventWord[] {
  return transitionsFrom(state, stepCount).map((t) => t.event);
}

/**
 * The public state name used by `plancode status`: `drafting`, `approval:<step>`, `approved`,
 * `issued`, `implementing`, `closed`.
 */
export function stateName(state: LifecycleState, stepNames: readonly string[]): string {
  switch (state.phase) {
    case "approval":
      return state.step === 0 ? "drafting" : `approval:${stepNames[state.step] ?? state.step}`;
    case "implementing":
      return "implementing";
    default:
      return state.phase;
  }
}

/** A stable key for a state (XState state ids, graph nodes). */
export function stateKey(state: LifecycleState): string {
  switch (state.phase) {
    case "approval":
      return `step${state.step}`;
    case "implementing":
      return `implementing${state.preliminaryReviewed ? "_p" : ""}${state.finalReviewed ? "_f" : ""}`;
    default:
      return state.phase;
  }
}

/** Joins a history line's word and review kind into an event (`reviewed` + `final`). */
export function eventOf(word: string, which?: string): EventWord | undefined {
  const e = which && word === "reviewed" ? `reviewed ${which}` : word;
  return (EVENT_WORDS as readonly string[]).includes(e) ? (e as EventWord) : undefined;
}
