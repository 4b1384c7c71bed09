// Custom requests for the extension's commands (extension/protocol.ts), answered by the workflow
// engine — the extension holds no language logic, it asks the server. Needs: indexed.
//   plancode/simulate {uri?, name?, seed?, runs?} → {name, text, mermaid?, simulation} | null
//       a plan: its Monte-Carlo simulation and its machine as a Mermaid state diagram;
//       a directive: the simulation of its whole cascade
//   plancode/graph {uri?, format?} → {mermaid, format, text}
//       the cascade graph (Mermaid by default, or DOT), limited to the cascade of the file's
//       documents when `uri` is given
import { RequestType } from "vscode-languageserver/node.js";
import { stateKey, Workspace, type DocumentDecl, type Locale } from "../../language/index.js";
import {
  cascadeDocuments,
  cascadeGraph,
  planMachineMermaid,
  planSpec,
  replay,
  simulateCascade,
  simulatePlan,
  stateLabel,
  whatLabel,
  type CascadeSimulation,
  type GraphFormat,
  type MilestoneStats,
  type PlanSimulation,
} from "../../workflows/index.js";
import { viDate } from "./hover.js";
import type { Services } from "../services.js";

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
  /** A readable report in the file's locale. */
  text: string;
  /** The plan's machine as a Mermaid state diagram (plans only). */
  mermaid?: string;
  simulation: PlanSimulation | CascadeSimulation;
}

export interface GraphParams {
  uri?: string;
  format?: GraphFormat;
}

export interface GraphResult {
  /** The graph text (Mermaid unless `format` is `dot`); also under `text`. */
  mermaid: string;
  format: GraphFormat;
  text: string;
}

export const SIMULATE_REQUEST = new RequestType<SimulateParams, SimulateResult | null, void>("plancode/simulate");
export const GRAPH_REQUEST = new RequestType<GraphParams, GraphResult, void>("plancode/graph");

const MAX_RUNS = 20_000;

export function simulate(services: Services, params: SimulateParams | undefined): SimulateResult | null {
  services.pipeline.flush();
  const ws = services.workspace;
  const doc = pickDocument(services, params);
  if (!doc) return null;
  const locale = services.locale(params?.uri ?? ws.uriOf(doc) ?? "");
  const asOf = services.asOf();
  const runs = typeof params?.runs === "number" ? Math.min(MAX_RUNS, Math.max(1, Math.floor(params.runs))) : undefined;
  const seed = typeof params?.seed === "number" ? params.seed : undefined;
  if (doc.docKind === "directive") {
    const simulation = simulateCascade(doc.name.text, ws, { asOf, seed, runs });
    if (!simulation) return null;
    return { name: doc.name.text, text: cascadeText(simulation, locale), simulation };
  }
  const simulation = simulatePlan(doc, ws, { asOf, seed, runs });
  const current = stateKey(replay(planSpec(doc), asOf).state);
  return { name: doc.name.text, text: planText(simulation, locale), mermaid: planMachineMermaid(doc, current), simulation };
}

function pickDocument(services: Services, params: SimulateParams | undefined): DocumentDecl | undefined {
  const ws = services.workspace;
  if (params?.name) return ws.lookupDocument(String(params.name));
  const file = params?.uri ? services.file(params.uri) : undefined;
  const docs = file?.decls.filter((d): d is DocumentDecl => d.kind === "document") ?? [];
  return docs.find((d) => d.docKind === "plan") ?? docs[0];
}

export function graph(services: Services, params: GraphParams | undefined): GraphResult {
  services.pipeline.flush();
  const format: GraphFormat = params?.format === "dot" ? "dot" : "mermaid";
  const locale = services.locale(params?.uri ?? "");
  const file = params?.uri ? services.file(params.uri) : undefined;
  const scope = file ? cascadeOf(services.workspace, file.decls.filter((d): d is DocumentDecl => d.kind === "document")) : undefined;
  const text = cascadeGraph(scope ?? services.workspace, format, services.asOf(), { locale });
  return { mermaid: text, format, text };
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

// ---------------------------------------------------------------------------------------------
// Readable reports

const WORDS = {
  plan: { vi: "Mô phỏng {name}: {runs} lần (seed {seed}), từ {from} đến {until}", en: "Simulation of {name}: {runs} runs (seed {seed}), {from} to {until}" },
  cascade: {
    vi: "Mô phỏng chuỗi {name} ({documents} văn bản): {runs} lần (seed {seed}), từ {from} đến {until}",
    en: "Simulation of the {name} cascade ({documents} documents): {runs} runs (seed {seed}), {from} to {until}",
  },
  state: { vi: "Trạng thái hiện nay: {state}", en: "State today: {state}" },
  happened: { vi: "đã diễn ra {date}", en: "happened {date}" },
  deadline: { vi: "hạn {date}", en: "due {date}" },
  median: { vi: "trung vị {date}", en: "median {date}" },
  p90: { vi: "P90 {date}", en: "p90 {date}" },
  onTime: { vi: "đúng hạn {p}", en: "on time {p}" },
  reports: { vi: "Báo cáo, sơ kết, tổng kết của {name}:", en: "Reports and reviews of {name}:" },
  culprits: { vi: "Dễ làm chậm cấp trên nhất:", en: "Most likely to make their parent late:" },
  culprit: { vi: "{name} ({issuer}): làm chậm {parent} {p}; báo cáo trễ {late}", en: "{name} ({issuer}): makes {parent} late {p}; reports late {late}" },
  reviews: { vi: "Sơ kết, tổng kết ít khả năng đúng hạn nhất:", en: "Reviews least likely on time:" },
} as const;

function w(key: keyof typeof WORDS, locale: Locale, data: Record<string, string | number>): string {
  return WORDS[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ""));
}

const pct = (p: number | null): string => (p === null ? "—" : `${Math.round(p * 100)}%`);
const date = (iso: string | null, locale: Locale): string => (iso === null ? "—" : locale === "vi" ? viDate(iso) : iso);

function milestoneLine(m: MilestoneStats, locale: Locale): string {
  const label = whatLabel(m.what, locale, m.k);
  if (m.happened) return `- ${label}: ${w("happened", locale, { date: date(m.median, locale) })}`;
  const parts = [
    m.deadline ? w("deadline", locale, { date: date(m.deadline, locale) }) : undefined,
    w("median", locale, { date: date(m.median, locale) }),
    w("p90", locale, { date: date(m.p90, locale) }),
    m.pOnTime === null ? undefined : w("onTime", locale, { p: pct(m.pOnTime) }),
  ].filter(Boolean);
  return `- ${label}: ${parts.join(" · ")}`;
}

export function planText(s: PlanSimulation, locale: Locale): string {
  return [
    w("plan", locale, { name: s.name, runs: s.runs, seed: s.seed, from: date(s.asOf, locale), until: date(s.until, locale) }),
    w("state", locale, { state: stateLabel(s.state, locale) }),
    ...s.milestones.map((m) => milestoneLine(m, locale)),
  ].join("\n");
}

export function cascadeText(s: CascadeSimulation, locale: Locale): string {
  const lines = [
    w("cascade", locale, { name: s.directive, documents: s.documents, runs: s.runs, seed: s.seed, from: date(s.asOf, locale), until: date(s.until, locale) }),
    w("state", locale, { state: stateLabel(s.state, locale) }),
  ];
  const own = [...s.reports, ...s.reviews];
  if (own.length) lines.push("", w("reports", locale, { name: s.directive }), ...own.map((m) => milestoneLine(m, locale)));
  if (s.culprits.length) {
    lines.push("", w("culprits", locale, {}));
    for (const c of s.culprits) {
      lines.push(`- ${w("culprit", locale, { name: c.name, issuer: c.issuerTitle ?? c.issuer, parent: c.parent, p: pct(c.pMadeParentLate), late: pct(c.pLate) })}`);
    }
  }
  if (s.documentReviews.length) {
    lines.push("", w("reviews", locale, {}));
    for (const r of s.documentReviews.slice(0, 10)) {
      lines.push(`- ${r.name} · ${whatLabel(r.what, locale)} ${date(r.due, locale)}: ${w("onTime", locale, { p: pct(r.pOnTime) })}`);
    }
  }
  return lines.join("\n");
}
