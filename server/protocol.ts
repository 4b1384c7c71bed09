// The custom requests of plancode beside standard LSP: their method names and JSON shapes, shared
// by the server (server/features/status-request.ts, workflow-requests.ts) and the VS Code
// extension. Types and string constants only — no imports — so the extension can use it without
// pulling server code into its bundle (the one exception to "the extension imports nothing from
// server/", ARCHITECTURE.md). Each side wraps a method in its own library's `RequestType`.

export const STATUS_METHOD = "plancode/status";
export const SIMULATE_METHOD = "plancode/simulate";
export const GRAPH_METHOD = "plancode/graph";

/** A deadline on the wire: its day as an ISO date (the `StatusItem` of `plancode status --format json`). */
export interface StatusItem {
  /** `report`, `review preliminary`, `review final`, or an approval step (`approval:<step>`). */
  what: string;
  /** ISO date. */
  due: string;
}

export interface StatusParams {
  /** A file; every document of the workspace when absent. */
  uri?: string;
  /** One document by name. */
  name?: string;
}

/** One entry of `plancode status --format json`, plus `kind` and `title`. */
export interface StatusEntry {
  name: string;
  kind: "plan" | "directive";
  file: string;
  title?: string;
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `implementing`, `closed`. */
  state: string;
  since?: string;
  overdue: StatusItem[];
  next?: StatusItem;
}

export interface SimulateParams {
  /** The file whose plan to simulate (its first plan unless `name` says which). */
  uri?: string;
  /** A plan, or a directive to simulate its whole cascade. */
  name?: string;
  seed?: number;
  runs?: number;
}

/** `Simulation` is the workflow engine's result (`plancode simulate --format json`); the extension shows `text`. */
export interface SimulateResult<Simulation = unknown> {
  name: string;
  /** A readable report in the file's locale: the one `plancode simulate` prints (workflows/report.ts). */
  text: string;
  /** The plan's lifecycle machine as a Mermaid state diagram (plans only). */
  mermaid?: string;
  simulation: Simulation;
}

export interface GraphParams {
  /** Limit the graph to the cascade of this file's documents (else the whole workspace). */
  uri?: string;
  format?: "mermaid" | "dot";
}

export interface GraphResult {
  /** The graph text (Mermaid unless `format` is `dot`); also under `text`. */
  mermaid: string;
  format: "mermaid" | "dot";
  text: string;
}
