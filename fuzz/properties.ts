// The fuzz runner's catalogue: each property pairs an input generator with an invariant, a share
// of the runs, and whether its time is checked against `timeBoundMs`. The mocha suite
// (test/robustness) runs the same pairs with small budgets.
import fc from "fast-check";
import {
  benchWorkspaceArb,
  editScriptArb,
  historyCaseArb,
  HUGE_KINDS,
  hugeText,
  mutatedArb,
  mutatedWorkspaceArb,
  validTextArb,
  workspaceArb,
  workspaceWithOrderArb,
  type GenFile,
} from "./arbitraries.js";
import { chaosArb, FuzzServer, incrementalAgrees, lspScriptArb, survives } from "./lsp.js";
import { cpuMs, formatHolds, historyAgrees, incrementalWorkspace, orderIndependent, parseAndCheck, validIsClean, type Violation } from "./invariants.js";

export interface Outcome {
  violations: Violation[];
  /** Time in the code under test, for the time bound (timed properties only). */
  ms?: number;
  /** Input size in characters. */
  size?: number;
  /** Edits replayed (incremental properties). */
  edits?: number;
}

export interface FuzzProperty<T = unknown> {
  name: string;
  /** Share of `--runs` given to this property. */
  weight: number;
  arb: fc.Arbitrary<T>;
  run(input: T): Outcome | Promise<Outcome>;
  timed?: boolean;
  /** Mostly waiting on another process (the language server): run in its own worker, beside the CPU-bound ones. */
  io?: boolean;
  /** A fixed list of inputs run once each instead of `weight` random ones. */
  enumerate?(): T[];
  /** Set up and tear down shared resources (a language server process). */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}

// One language server per worker thread, shared by the LSP properties (restarted if it died).
let lsp: FuzzServer | undefined;
async function startServer(): Promise<void> {
  await server();
}
async function server(): Promise<FuzzServer> {
  if (lsp && !lsp.alive) {
    await lsp.stop().catch(() => undefined);
    lsp = undefined;
  }
  if (!lsp) {
    lsp = new FuzzServer();
    await lsp.start();
  }
  return lsp;
}
async function stopServer(): Promise<void> {
  await lsp?.stop();
  lsp = undefined;
}

function property<T>(p: FuzzProperty<T>): FuzzProperty {
  return p as unknown as FuzzProperty;
}

const hugeFile = (kind: (typeof HUGE_KINDS)[number]): GenFile => ({ uri: `file:///huge/${kind}.plan`, text: hugeText(kind) });

export const PROPERTIES: FuzzProperty[] = [
  property({ name: "parse-check/mutated-file", weight: 40, arb: mutatedArb(), timed: true, run: (f) => parseAndCheck([f]) }),
  property({ name: "parse-check/generated-workspace", weight: 6, arb: workspaceArb(), timed: true, run: (ws) => parseAndCheck(ws.files) }),
  property({ name: "parse-check/mutated-workspace", weight: 3, arb: mutatedWorkspaceArb(), timed: true, run: (ws) => parseAndCheck(ws.files) }),
  property({ name: "parse-check/bench-workspace", weight: 0.2, arb: benchWorkspaceArb(), timed: true, run: (ws) => parseAndCheck(ws.files) }),
  property({ name: "valid-is-clean", weight: 5, arb: workspaceArb(), run: (ws) => ({ violations: validIsClean(ws) }) }),
  property({
    name: "order-independent",
    weight: 4,
    arb: workspaceWithOrderArb(fc.oneof(workspaceArb(), mutatedWorkspaceArb())),
    run: ([ws, order]) => ({ violations: orderIndependent(ws.files, order) }),
  }),
  property({
    name: "workspace-incremental",
    weight: 2,
    arb: editScriptArb(fc.oneof(workspaceArb(), mutatedWorkspaceArb()), 10),
    run: ({ files, edits }) => ({ violations: incrementalWorkspace(files, edits), edits: edits.length }),
  }),
  property({ name: "history-order-agrees", weight: 20, arb: historyCaseArb(), run: (h) => ({ violations: historyAgrees(h) }) }),
  property({
    name: "format",
    weight: 16,
    arb: fc.oneof(validTextArb, mutatedArb()),
    run: (f) => {
      const t0 = cpuMs();
      const violations = formatHolds(f);
      return { violations, ms: cpuMs() - t0, size: f.text.length };
    },
    timed: true,
  }),
  property({
    name: "lsp/incremental-equals-full",
    weight: 0.03,
    arb: lspScriptArb(40),
    io: true,
    setup: startServer,
    teardown: stopServer,
    run: async (script) => incrementalAgrees(await server(), script),
  }),
  property({
    name: "lsp/survives-malformed-traffic",
    weight: 0.02,
    arb: fc.tuple(lspScriptArb(10), chaosArb),
    io: true,
    setup: startServer,
    teardown: stopServer,
    run: async ([script, chaos]) => survives(await server(), script, chaos),
  }),
  property({
    name: "huge",
    weight: 0,
    arb: fc.constantFrom(...HUGE_KINDS).map(hugeFile),
    enumerate: () => HUGE_KINDS.map(hugeFile),
    timed: true,
    run: (f: GenFile) => {
      const outcome = parseAndCheck([f]);
      const t0 = cpuMs();
      const violations = [...outcome.violations, ...formatHolds(f)];
      return { violations, ms: outcome.ms + (cpuMs() - t0), size: outcome.size };
    },
  }),
];
