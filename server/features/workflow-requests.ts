// Custom requests for the extension's commands (extension/protocol.ts), answered by the workflow
// engine — the extension holds no language logic, it asks the server. Needs: indexed.
//   plancode/simulate {uri?, name?, seed?, runs?} → {name, text, mermaid?, simulation} | null
//       a plan: its Monte-Carlo simulation and its machine as a Mermaid state diagram;
//       a directive: the simulation of its whole cascade
//   plancode/graph {uri?, format?, limit?} → {mermaid, format, text, documents}
//       the cascade graph (Mermaid by default, or DOT), limited to the cascade of the file's
//       documents when `uri` is given; nothing drawn when it has more than `limit` documents
//       (a flowchart of thousands of nodes is unreadable: the dashboard shows those)
import { RequestType } from "vscode-languageserver/node.js";
import { Workspace, type DocumentDecl } from "../../language/index.js";
import {
  cascadeDocuments,
  cascadeGraph,
  planStateMermaid,
  simulateDocument,
  simulationReport,
  simulationSettings,
  type CascadeSimulation,
  type GraphFormat,
  type PlanSimulation,
} from "../../workflows/index.js";
import type { Services } from "../services.js";
import { GRAPH_METHOD, SIMULATE_METHOD, type GraphParams, type GraphResult, type SimulateParams, type SimulateResult } from "../protocol.js";

export const SIMULATE_REQUEST = new RequestType<SimulateParams, SimulateResult<PlanSimulation | CascadeSimulation> | null, void>(SIMULATE_METHOD);
export const GRAPH_REQUEST = new RequestType<GraphParams, GraphResult, void>(GRAPH_METHOD);

const MAX_RUNS = 20_000;

export function simulate(services: Services, params: SimulateParams | undefined): SimulateResult<PlanSimulation | CascadeSimulation> | null {
  services.sync();
  const ws = services.workspace;
  const doc = pickDocument(services, params);
  if (!doc) return null;
  const locale = services.locale(params?.uri ?? ws.uriOf(doc) ?? "");
  const asOf = services.asOf();
  const runs = typeof params?.runs === "number" ? Math.min(MAX_RUNS, Math.max(1, Math.floor(params.runs))) : undefined;
  const seed = typeof params?.seed === "number" ? params.seed : undefined;
  // plancode.json's `simulation` (delays, seed, runs), as `plancode simulate` reads it; bad entries
  // are left at their defaults here (the CLI reports them).
  const configured = simulationSettings(services.pipeline.configOf(ws.uriOf(doc) ?? params?.uri ?? "")?.raw).settings;
  const simulation = simulateDocument(doc, ws, { asOf, seed: seed ?? configured.seed, runs: runs ?? configured.runs, delays: configured.delays });
  const text = simulationReport(simulation, locale);
  if (simulation.kind === "cascade") return { name: doc.name.text, text, simulation: simulation.result };
  return { name: doc.name.text, text, mermaid: planStateMermaid(doc, asOf, locale), simulation: simulation.result };
}

function pickDocument(services: Services, params: SimulateParams | undefined): DocumentDecl | undefined {
  const ws = services.workspace;
  if (params?.name) return ws.lookupDocument(String(params.name));
  const file = params?.uri ? services.file(params.uri) : undefined;
  const docs = file?.decls.filter((d): d is DocumentDecl => d.kind === "document") ?? [];
  return docs.find((d) => d.docKind === "plan") ?? docs[0];
}

export function graph(services: Services, params: GraphParams | undefined): GraphResult {
  services.sync();
  const format: GraphFormat = params?.format === "dot" ? "dot" : "mermaid";
  const locale = services.locale(params?.uri ?? "");
  const file = params?.uri ? services.file(params.uri) : undefined;
  const scope = file ? cascadeOf(services.workspace, file.decls.filter((d): d is DocumentDecl => d.kind === "document")) : undefined;
  const documents = (scope ?? services.workspace).documents().length;
  if (typeof params?.limit === "number" && documents > params.limit) return { mermaid: "", format, text: "", documents };
  const text = cascadeGraph(scope ?? services.workspace, format, services.asOf(), { locale });
  return { mermaid: text, format, text, documents };
}

/**
 * A workspace holding every unit and hierarchy but only the documents of the cascades the given
 * documents belong to (from the top of each one's parent chain down). Undefined when there are
 * none (the whole workspace is shown then).
 */
function cascadeOf(ws: Workspace, docs: DocumentDecl[]): Workspace | undefined {
  if (!docs.length) return undefined;
  const keep = new Set<DocumentDecl>();
  for (const doc of docs) {
    const chain = ws.parentChain(doc);
    const top = chain.length ? chain[chain.length - 1] : doc;
    for (const d of cascadeDocuments(top, ws).docs) keep.add(d);
  }
  const scoped = new Workspace();
  for (const f of ws.allFiles()) {
    scoped.setParsed({ ...f, decls: f.decls.filter((d) => d.kind !== "document" || keep.has(d)) });
  }
  return scoped;
}
