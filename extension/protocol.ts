// The custom requests the extension sends to the language server, beside standard LSP: the shapes
// and method names come from server/protocol.ts (types and constants only; nothing else of the
// server enters the extension's bundle).
import { RequestType } from "vscode-languageclient/node";
import {
  DOCUMENT_METHOD,
  EXPORT_DOCUMENT_METHOD,
  GRAPH_METHOD,
  LOCALE_METHOD,
  SIMULATE_METHOD,
  SITE_METHOD,
  STATUS_METHOD,
  type DocumentParams,
  type DocumentResult,
  type ExportDocumentParams,
  type ExportDocumentResult,
  type GraphParams,
  type GraphResult,
  type LocaleParams,
  type LocaleResult,
  type SimulateParams,
  type SimulateResult,
  type SiteParams,
  type SiteResult,
  type StatusEntry,
  type StatusParams,
} from "../server/protocol.js";

export type {
  DocumentParams,
  DocumentResult,
  ExportDocumentParams,
  ExportDocumentResult,
  GraphParams,
  GraphResult,
  LocaleParams,
  LocaleResult,
  SimulateParams,
  SimulateResult,
  StatusDisplay,
  StatusEntry,
  StatusItem,
  StatusParams,
} from "../server/protocol.js";

export const STATUS_REQUEST = new RequestType<StatusParams, StatusEntry[], void>(STATUS_METHOD);
export const SIMULATE_REQUEST = new RequestType<SimulateParams, SimulateResult | null, void>(SIMULATE_METHOD);
export const GRAPH_REQUEST = new RequestType<GraphParams, GraphResult, void>(GRAPH_METHOD);
export const SITE_REQUEST = new RequestType<SiteParams, SiteResult | null, void>(SITE_METHOD);
export const DOCUMENT_REQUEST = new RequestType<DocumentParams, DocumentResult, void>(DOCUMENT_METHOD);
export const LOCALE_REQUEST = new RequestType<LocaleParams, LocaleResult, void>(LOCALE_METHOD);
export const EXPORT_DOCUMENT_REQUEST = new RequestType<ExportDocumentParams, ExportDocumentResult, void>(EXPORT_DOCUMENT_METHOD);
