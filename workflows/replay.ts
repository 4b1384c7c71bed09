// Replaying a document's history through its machine: the state on any date.
//
// Events dated after `asOf` are not replayed. Strict replay (`strict: true`) feeds the history
// to the machine as written: an event it does not accept (not allowed in that state, out of date
// order, `issued` dated otherwise than the `issued` field) is skipped and listed in `rejected` —
// exactly the events `history-order` reports first. Status uses the lenient replay, which fills
// in what a history may leave unsaid (README, "Decisions"):
// - Missing events: an event not allowed in the current state is taken as if the events missing
//   in between had happened on its date — `resync` of language/lifecycle/replay.ts, the policy
//   `history-order` and the editor replay with (e.g. a history that starts at `issued` implies the
//   approval). An event going backwards, or out of date order, is skipped.
// - Implicit issuance: a document whose history has no `issued` event dated as its `issued` field
//   says, but whose `issued` field is on or before `asOf`, is issued on that date.
// - Implicit dissemination: a directive is disseminated by its issuance, so one whose history
//   has no `disseminated` event is `implementing` from the day it is issued. A plan that is issued
//   but has no `disseminated` event stays `issued`.
import { initialTransition, transition } from "xstate";
import { resync, type LifecycleState } from "../language/index.js";
import {
  compiledInitial,
  compiledTransition,
  GUARDS,
  lifecycleModel,
  lifecycleOf,
  planInput,
  type CompiledSnapshot,
  type PlanContext,
  type PlanEvent,
  type PlanModel,
  type PlanSnapshot,
} from "./machine.js";
import type { HistoryEntry, PlanSpec } from "./spec.js";

/** How events are stepped: XState's pure `transition` (the default) or the compiled stepper. */
export type Engine = "xstate" | "compiled";

export interface Replay {
  spec: PlanSpec;
  model: PlanModel;
  /** The lifecycle state after every event dated on or before `asOf`. */
  state: LifecycleState;
  context: PlanContext;
  /** The events the machine took, implied ones included, in order. */
  taken: PlanEvent[];
  /** History entries (dated on or before `asOf`) that were skipped. */
  rejected: HistoryEntry[];
  /** The XState snapshot (engine "xstate" only). */
  snapshot?: PlanSnapshot;
}

interface Stepper {
  step(event: PlanEvent): boolean;
  state(): LifecycleState;
  context(): PlanContext;
  key(): string;
  snapshot?(): PlanSnapshot;
}

function xstateStepper(model: PlanModel, spec: PlanSpec): Stepper {
  let [snap] = initialTransition(model.machine, planInput(spec));
  return {
    step(event) {
      const [next] = transition(model.machine, snap, event);
      if (next === snap) return false; // XState returns the same snapshot when nothing is enabled
      snap = next;
      return true;
    },
    state: () => lifecycleOf(model, snap),
    context: () => snap.context,
    key: () => String(snap.value),
    snapshot: () => snap,
  };
}

function compiledStepper(model: PlanModel, spec: PlanSpec): Stepper {
  let snap: CompiledSnapshot = compiledInitial(model, planInput(spec));
  return {
    step(event) {
      const next = compiledTransition(model, snap, event);
      if (next === snap) return false;
      snap = next;
      return true;
    },
    state: () => model.states.get(snap.key)!,
    context: () => snap.context,
    key: () => snap.key,
  };
}

export interface ReplayOptions {
  engine?: Engine;
  /** Feed the history as written, with nothing implied (default false). */
  strict?: boolean;
}

/** Replays `spec`'s history up to and including `asOf` (a day number). */
export function replay(spec: PlanSpec, asOf: number, options: ReplayOptions = {}): Replay {
  const model = lifecycleModel(spec.steps.length);
  const m = options.engine === "compiled" ? compiledStepper(model, spec) : xstateStepper(model, spec);
  const strict = options.strict ?? false;
  const taken: PlanEvent[] = [];
  const rejected: HistoryEntry[] = [];
  const impliesDissemination = !strict && spec.kind === "directive" && !spec.history.some((e) => e.event === "disseminated");
  const hasValidIssued = spec.history.some(
    (e) => e.event === "issued" && (!spec.issued || (e.date >= spec.issued.first && e.date <= spec.issued.last)),
  );
  const issueDay = !strict && !hasValidIssued && spec.issued ? spec.issued.last : undefined;
  let issuePending = issueDay !== undefined && issueDay <= asOf;

  const step = (event: PlanEvent): boolean => {
    if (!m.step(event)) return false;
    taken.push(event);
    return true;
  };
  const take = (event: PlanEvent): boolean => {
    if (!step(event)) {
      if (strict) return false;
      // Not allowed here: imply the events missing in between, if the event is then accepted.
      if (!GUARDS.inDateOrder(m.context(), event)) return false;
      if (event.type === "issued" && !GUARDS.issuedAsDeclared(m.context(), event)) return false;
      // The events missing in between: the same `resync` as `history-order` and the editor's replay.
      const path = resync(m.state(), event.type, model.stepCount)?.implied;
      if (!path) return false;
      // Every implied event is dated like this one, so only an implied `issued` can be refused.
      if (path.includes("issued") && !GUARDS.issuedAsDeclared(m.context(), { type: "issued", date: event.date })) return false;
      for (const type of path) step({ type, date: event.date, implicit: true });
      if (!step(event)) return false;
    }
    if (event.type === "issued" && impliesDissemination) step({ type: "disseminated", date: event.date, implicit: true });
    return true;
  };
  const issueImplicitly = (): void => {
    issuePending = false;
    take({ type: "issued", date: issueDay!, implicit: true });
  };

  for (const entry of spec.history) {
    if (entry.date > asOf) continue;
    if (issuePending && entry.date > issueDay!) issueImplicitly();
    const event: PlanEvent = entry.note === undefined ? { type: entry.event, date: entry.date } : { type: entry.event, date: entry.date, note: entry.note };
    if (take(event)) continue;
    if (issuePending && entry.date >= issueDay!) {
      issueImplicitly();
      if (take(event)) continue;
    }
    rejected.push(entry);
  }
  if (issuePending) issueImplicitly();
  return {
    spec,
    model,
    state: m.state(),
    context: m.context(),
    taken,
    rejected,
    ...(m.snapshot ? { snapshot: m.snapshot() } : {}),
  };
}
