// The custom requests the extension sends to the language server, beside standard LSP. The
// server's side of each lives in server/features/ (status-request.ts, commands.ts); the shapes
// are repeated here because the extension may not import server code (ARCHITECTURE.md).
import { RequestType } from "vscode-languageclient/node";

export interface Deadline {
  /** `report`, `review preliminary`, `review final`, or an approval step (`step:<name>`). */
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
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `disseminated`, `implementing`, `closed`. */
  state: string;
  since?: string;
  overdue: Deadline[];
  next?: Deadline;
}

export const STATUS_REQUEST = new RequestType<StatusParams, StatusEntry[], void>("plancode/status");

export interface SimulateParams {
  /** The file whose plan to simulate (its first plan unless `name` says which). */
  uri?: string;
  /** A plan, or a directive to simulate its whole cascade. */
  name?: string;
  seed?: number;
  runs?: number;
}

export interface SimulateResult {
  name: string;
  /** A readable report in the file's locale (as `plancode simulate` prints it). */
  text: string;
  /** The plan's lifecycle machine as a Mermaid state diagram (plans only). */
  mermaid?: string;
  /** The raw numbers (`plancode simulate --format json`); the extension shows `text`. */
  simulation?: unknown;
}

export const SIMULATE_REQUEST = new RequestType<SimulateParams, SimulateResult | null, void>("plancode/simulate");

export interface GraphParams {
  /** Limit the graph to the cascade of this file's documents (else the whole workspace). */
  uri?: string;
  format?: "mermaid" | "dot";
}

export interface GraphResult {
  /** The graph as Mermaid text (`plancode graph --format mermaid`). */
  mermaid: string;
  format: "mermaid" | "dot";
  text: string;
}

export const GRAPH_REQUEST = new RequestType<GraphParams, GraphResult, void>("plancode/graph");
