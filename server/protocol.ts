// The custom requests of plancode beside standard LSP: their method names and JSON shapes, shared
// by the server (server/features/status-request.ts, workflow-requests.ts) and the VS Code
// extension. Types and string constants only — no imports — so the extension can use it without
// pulling server code into its bundle (the one exception to "the extension imports nothing from
// server/", ARCHITECTURE.md). Each side wraps a method in its own library's `RequestType`.

export const STATUS_METHOD = "plancode/status";
export const SIMULATE_METHOD = "plancode/simulate";
export const GRAPH_METHOD = "plancode/graph";
export const SITE_METHOD = "plancode/site";
export const DOCUMENT_METHOD = "plancode/document";
export const EXPORT_DOCUMENT_METHOD = "plancode/exportDocument";
export const LOCALE_METHOD = "plancode/locale";

export interface LocaleParams {
  /** A file: its `plancode.json` decides under `auto`; else the workspace root's. */
  uri?: string;
}

/**
 * The language the editor's own words should be in: `plancode.locale` when `vi` or `en`, else the
 * file's (or the workspace's) `plancode.json`, else the editor's display language.
 */
export interface LocaleResult {
  locale: "vi" | "en";
}

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
  /** `urgency`: most urgent first, as the `plancode status` table (default: file order, as its JSON). */
  order?: "file" | "urgency";
}

/** A zero-based line and UTF-16 character (an LSP position). */
export interface WirePosition {
  line: number;
  character: number;
}

/**
 * One entry of `plancode status --format json`, plus `kind` and `title`, and what the editor
 * shows of it: `display` in the file's language (dates as that language writes them), the level
 * its issuer is at (to group by), and where its name is declared (to open it there).
 */
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
  display: StatusDisplay;
  /** The level of the document's issuer (`rank` 0 is the top); absent when unknown. */
  level?: { name: string; title: string; rank: number };
  /** The document's name in its declaration. */
  selection: { start: WirePosition; end: WirePosition };
}

/** A status for people, in the file's language: "Đang thực hiện · từ 11/10/2023", "Quá hạn: báo cáo 15/06/2024". */
export interface StatusDisplay {
  /** The state in words. */
  state: string;
  /** The state and since when. */
  description: string;
  /** What is overdue and what comes next, or "" when nothing is due. */
  detail: string;
  /** The locale these words are in. */
  locale: "vi" | "en";
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
  /** Draw nothing when the graph would have more documents than this (`documents` says how many). */
  limit?: number;
}

export interface GraphResult {
  /** The graph text (Mermaid unless `format` is `dot`); also under `text`. Empty when over `limit`. */
  mermaid: string;
  format: "mermaid" | "dot";
  text: string;
  /** Documents in the graph's scope. */
  documents?: number;
}

export interface SiteParams {
  /** The file the dashboard was opened from: its plancode.json's `simulation` settings apply. */
  uri?: string;
  runs?: number;
  seed?: number;
}

/**
 * The cascade dashboard's data: site/data.ts's `SiteData` (files named by URI), which the
 * extension hands to the dashboard app (dist/site-app.js) as it is.
 */
export interface SiteResult {
  data: unknown;
}

export interface DocumentParams {
  /** The file whose plan to show (its first plan, else its first directive, unless `name` says which). */
  uri?: string;
  name?: string;
  /** The K-th periodic report's template instead (1-based). */
  report?: number;
}

/** The issued document as HTML parts for a preview, or why there is none (in the file's locale). */
export type DocumentResult =
  | {
      ok: true;
      name: string;
      /** The page title, escaped. */
      title: string;
      /** CSS for a `<style>` element. */
      stylesheet: string;
      /** The document's sheets, HTML (every plan string escaped; no scripts). */
      body: string;
    }
  | { ok: false; name?: string; message: string };

export interface ExportDocumentParams extends DocumentParams {
  format: "docx" | "pdf";
}

/** The file's bytes, base64; `fileName` the default name (`KH-BD-57.docx`). */
export type ExportDocumentResult = { ok: true; name: string; fileName: string; base64: string } | { ok: false; name?: string; message: string };
