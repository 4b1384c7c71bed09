// The custom requests the extension sends to the language server, beside standard LSP: the shapes
// and method names come from server/protocol.ts (types and constants only; nothing else of the
// server enters the extension's bundle).
import { RequestType } from "vscode-languageclient/node";
import {
  GRAPH_METHOD,
  SIMULATE_METHOD,
  STATUS_METHOD,
  type GraphParams,
  type GraphResult,
  type SimulateParams,
  type SimulateResult,
  type StatusEntry,
  type StatusParams,
} from "../server/protocol.js";

export type { GraphParams, GraphResult, SimulateParams, SimulateResult, StatusEntry, StatusItem, StatusParams } from "../server/protocol.js";

export const STATUS_REQUEST = new RequestType<StatusParams, StatusEntry[], void>(STATUS_METHOD);
export const SIMULATE_REQUEST = new RequestType<SimulateParams, SimulateResult | null, void>(SIMULATE_METHOD);
export const GRAPH_REQUEST = new RequestType<GraphParams, GraphResult, void>(GRAPH_METHOD);
