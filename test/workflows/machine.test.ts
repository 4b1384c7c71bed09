// The generated machines: they are the transition table (nothing more, nothing less), and
// model-based tests over their paths (xstate/graph).
import assert from "node:assert/strict";
import fc from "fast-check";
import { initialTransition, transition, type EventFromLogic } from "xstate";
import { getAdjacencyMap, getShortestPaths, getSimplePaths, type StatePath } from "xstate/graph";
import { eventsAllowedAt } from "../../language/ide/index.js";
import {
  allowedEvents,
  checkFile,
  EVENT_WORDS,
  historyStatus,
  INITIAL_STATE,
  formatIso,
  nextState,
  ruleById,
  stateKey,
  stateName,
  transitionsFrom,
  type EventWord,
  type LifecycleState,
} from "../../language/index.js";
import {
  compiledInitial,
  compiledTransition,
  lifecycleModel,
  planSpec,
  replay,
  statusOf,
  type PlanEvent,
  type PlanMachine,
  type PlanSnapshot,
  documentStatus,
} from "../../workflows/index.js";
import { day, docIn } from "./helpers.js";

const D0 = day("2023-01-02");
const FAR = day("2100-01-01");
const stepNames = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

/** Every event word, dated the day after the last accepted event (the machine picks the enabled ones). */
const nextEvents = (snapshot: PlanSnapshot): PlanEvent[] => EVENT_WORDS.map((type) => ({ type, date: (snapshot.context.last ?? D0) + 1 }));

type MachineEvent = EventFromLogic<PlanMachine>;

const traversal = (steps: number) => ({
  input: { name: "P", stepNames: stepNames(steps) },
  events: nextEvents,
  // States differ only by their node: dates and counters in the context do not make new states.
  serializeState: (s: PlanSnapshot) => String(s.value),
});

function paths(machine: PlanMachine, steps: number, kind: "shortest" | "simple"): StatePath<PlanSnapshot, MachineEvent>[] {
  return kind === "shortest" ? getShortestPaths(machine, traversal(steps)) : getSimplePaths(machine, traversal(steps));
}

/** The event types along a path (its first step is XState's init). */
function eventTypes(path: StatePath<PlanSnapshot, MachineEvent>): EventWord[] {
  return path.steps.map((s) => s.event.type).filter((t): t is EventWord => (EVENT_WORDS as readonly string[]).includes(t));
}

const isPostIssued = (value: string) => value === "issued" || value.startsWith("implementing") || value === "closed";

describe("workflows: the lifecycle machine", () => {
  for (const steps of [1, 2, 3, 4]) {
    describe(`${steps} approval step${steps > 1 ? "s" : ""}`, () => {
      const model = lifecycleModel(steps);
      const machine = model.machine;

      it("has exactly the states and transitions of the table", () => {
        // Explore the table independently and compare with the machine's own state nodes.
        const expected = new Map<string, Map<string, string>>();
        const queue: LifecycleState[] = [INITIAL_STATE];
        while (queue.length) {
          const s = queue.shift()!;
          if (expected.has(stateKey(s))) continue;
          const out = new Map<string, string>();
          for (const t of transitionsFrom(s, steps)) {
            out.set(t.event, stateKey(t.to));
            queue.push(t.to);
          }
          expected.set(stateKey(s), out);
        }
        const actual = new Map<string, Map<string, string>>();
        for (const [key, node] of Object.entries(machine.root.states)) {
          const out = new Map<string, string>();
          for (const [event, ts] of node.transitions) out.set(event, ts[0].target![0].key);
          actual.set(key, out);
        }
        assert.deepEqual(actual, expected);
      });

      it("every state is reachable (shortest paths)", () => {
        const reached = new Set(paths(machine, steps, "shortest").map((p) => String(p.state.value)));
        assert.deepEqual([...reached].sort(), [...model.states.keys()].sort());
      });

      const simple = paths(machine, steps, "simple");

      it("no path reaches `issued` without `approved`", () => {
        assert.ok(simple.length > 0);
        for (const path of simple) {
          let approved = false;
          for (const step of path.steps) {
            if (step.event.type === "approved") approved = true;
            if (isPostIssued(String(step.state.value))) assert.ok(approved, path.steps.map((s) => s.event.type).join(" → "));
          }
        }
      });

      it("every `returned` leads back to the first step", () => {
        // Simple paths never revisit the first step, so look at every edge of the state graph.
        const adjacency = getAdjacencyMap(machine, traversal(steps));
        let returns = 0;
        for (const [from, vertex] of Object.entries(adjacency)) {
          const transitions = Object.values(vertex.transitions) as { event: MachineEvent; state: PlanSnapshot }[];
          for (const { event, state } of transitions) {
            if (event.type !== "returned" || !vertex.state.can(event)) continue; // the map also lists events that change nothing
            returns++;
            assert.notEqual(from, "step0");
            assert.equal(state.value, "step0");
          }
        }
        assert.equal(returns, steps - 1); // from every step but the first
        assert.equal(stateName(model.states.get("step0")!, stepNames(steps)), "drafting");
      });

      it("replaying a generated history (as `.plan` text) gives the state the path ends in", () => {
        for (const path of [...simple, ...paths(machine, steps, "shortest")]) {
          // The path gives the sequence of events; date them a few days apart and replay them
          // through the machine to know the expected state and `since`.
          const types = eventTypes(path);
          const events: PlanEvent[] = types.map((type, i) => ({ type, date: D0 + 3 * i }));
          let [snap] = initialTransition(machine, { name: "P", stepNames: stepNames(steps) });
          for (const e of events) [snap] = transition(machine, snap, e);
          assert.equal(snap.value, path.state.value);
          const issued = events.find((e) => e.type === "issued");
          const approval = `approval {\n${stepNames(steps).map((n) => `  step ${n} within 30 days`).join("\n")}\n}`;
          const history = events.map((e) => `  ${formatIso(e.date)} ${e.type}`).join("\n");
          const text = `plan P { issuer tinh ${issued ? `issued ${formatIso(issued.date)}` : ""} parent D\n${approval}\nhistory {\n${history}\n} }`;
          const { ws, doc } = docIn(text, "P");
          const status = statusOf(doc, ws, FAR);
          assert.equal(status.state, stateName(model.states.get(String(path.state.value))!, stepNames(steps)), text);
          assert.equal(status.since, snap.context.since === null ? null : formatIso(snap.context.since), text);
          assert.deepEqual(replay(planSpec(doc), FAR, { strict: true }).rejected, []);
        }
      });
    });
  }

  describe("the machine agrees with the table, the compiled stepper and the history-order check", () => {
    const arbHistory = fc.array(
      fc.record({ word: fc.constantFrom(...EVENT_WORDS), gap: fc.integer({ min: -2, max: 20 }) }),
      { maxLength: 14 },
    );

    it("on random histories: XState accepts exactly what the table allows in date order", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 4 }), arbHistory, (steps, history) => {
          const model = lifecycleModel(steps);
          let [snap] = initialTransition(model.machine, { name: "P", stepNames: stepNames(steps) });
          let compiled = compiledInitial(model, { name: "P", stepNames: stepNames(steps) });
          let table: LifecycleState = INITIAL_STATE;
          let last: number | undefined;
          let date = D0;
          for (const h of history) {
            date += h.gap;
            const event: PlanEvent = { type: h.word as EventWord, date };
            const expected = (last === undefined || date >= last) && nextState(table, event.type, steps);
            const [next] = transition(model.machine, snap, event);
            const nextCompiled = compiledTransition(model, compiled, event);
            assert.equal(next !== snap, Boolean(expected), `${event.type} in ${stateKey(table)}`);
            assert.equal(nextCompiled !== compiled, Boolean(expected));
            if (expected) {
              table = expected;
              last = date;
            }
            snap = next;
            compiled = nextCompiled;
            assert.equal(snap.value, stateKey(table));
            assert.deepEqual(compiled.context, snap.context);
          }
        }),
        { numRuns: 400, seed: 57 },
      );
    });

    it("on random histories: `history-order` reports an event exactly when the machine rejects it", function () {
      const rule = ruleById("history-order");
      if (!rule) {
        // The check is written by another engineer; until it is registered, this test waits for it.
        this.skip();
      }
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 3 }), arbHistory, (steps, history) => {
          let date = D0;
          const lines = history.map((h) => {
            date += h.gap;
            return `    ${formatIso(date)} ${h.word}`;
          });
          const approval = `  approval {\n${stepNames(steps).map((n) => `    step ${n} by ban-tg within 30 days`).join("\n")}\n  }`;
          const text = `plan P {\n  issuer tinh\n  parent D\n${approval}\n  history {\n${lines.join("\n")}\n  }\n}\n`;
          const { ws, doc } = docIn(text, "P");
          const rejected = replay(planSpec(doc), FAR, { strict: true }).rejected;
          const findings = checkFile(ws, "file:///t/p.plan", {}).filter((f) => f.ruleId === "history-order");
          assert.equal(findings.length > 0, rejected.length > 0, text);
          if (rejected.length) {
            // The first event the machine rejects is the one the check reports first.
            const line = (offset: number) => text.slice(0, offset).split("\n").length;
            const first = doc.history!.events.find((e) => e.date.first === rejected[0].date && e.word.text === rejected[0].event.split(" ")[0]);
            assert.ok(first);
            assert.equal(line(findings[0].span.start), line(first.span.start), text);
          }
        }),
        { numRuns: 200, seed: 11 },
      );
    });

    it("on random histories in date order: the editor's replay (status without the engine, history completion) agrees with the engine", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 3 }), arbHistory, (steps, history) => {
          let date = D0;
          const lines = history.map((h) => {
            date += Math.max(0, h.gap);
            return `    ${formatIso(date)} ${h.word}`;
          });
          const approval = `  approval {\n${stepNames(steps).map((n) => `    step ${n} by ban-tg within 30 days`).join("\n")}\n  }`;
          const text = `plan P {\n  issuer tinh\n  parent D\n${approval}\n  history {\n${lines.join("\n")}\n  }\n}\n`;
          const { doc } = docIn(text, "P");
          const engine = documentStatus(doc, FAR);
          const alone = historyStatus(doc, FAR);
          assert.equal(alone.state, engine.state, text);
          assert.equal(alone.since, engine.since, text);
          const r = replay(planSpec(doc), FAR);
          assert.deepEqual(eventsAllowedAt(doc, text.length), allowedEvents(r.state, steps), text);
        }),
        { numRuns: 300, seed: 14 },
      );
    });
  });
});
