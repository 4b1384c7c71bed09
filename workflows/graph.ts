// Drawings: the cascade of documents (directive → plans → plans) as Mermaid or Graphviz DOT, and
// a plan's lifecycle machine as a Mermaid state diagram. Both are text; Mermaid renders on GitHub
// (labels are quoted and escaped, node ids are generated so any document name is safe).
import { type DocumentDecl, type Locale, type Workspace } from "../language/index.js";
import { eventLabel, stateLabel as stateWords, WORDS } from "./labels.js";
import { lifecycleModel, type PlanMachine } from "./machine.js";
import { planSpec, type PlanSpec } from "./spec.js";
import { statusOf } from "./status.js";

export type GraphFormat = "mermaid" | "dot";

/** Escapes text for a double-quoted Mermaid label (entity codes; no line breaks). */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+\s*/g, " ")
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;");
}

/** Escapes text for a double-quoted DOT string. */
export function dotText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+\s*/g, " ").replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

interface Node {
  doc: DocumentDecl;
  id: string;
  lines: string[];
  phase: string;
}

/** The public state name's class: approval steps share one. */
function phaseClass(state: string): string {
  if (state === "drafting" || state.startsWith("approval:")) return "drafting";
  return state;
}

const CLASS_STYLES: Record<string, { fill: string; stroke: string }> = {
  drafting: { fill: "#fff3cd", stroke: "#b58900" },
  approved: { fill: "#e2e3f3", stroke: "#5a5fa8" },
  issued: { fill: "#d6eaf8", stroke: "#2874a6" },
  implementing: { fill: "#d4edda", stroke: "#2e7d32" },
  closed: { fill: "#e0e0e0", stroke: "#616161" },
  overdue: { fill: "#f8d7da", stroke: "#c62828" },
};

/**
 * The cascade: every document, an edge from each parent to its children (and a dashed one from a
 * document to the one that `continues` it), nodes labelled with number, issuer and state on
 * `asOf`. Roots (documents without a parent in the workspace) come first, then breadth-first.
 */
export interface GraphOptions {
  /** Language of the state words (default en). */
  locale?: Locale;
  /** Only this document and the documents below it. */
  root?: string;
  /** An extra label line per document name (e.g. simulation results). */
  notes?: ReadonlyMap<string, string>;
}

export function cascadeGraph(workspace: Workspace, format: GraphFormat, asOf: number, options: GraphOptions = {}): string {
  const locale = options.locale ?? "en";
  const all = workspace.documents().map((e) => e.decl);
  const winners = all.filter((d) => workspace.lookupDocument(d.name.text) === d);
  const order: DocumentDecl[] = [];
  const seen = new Set<DocumentDecl>();
  const visit = (root: DocumentDecl): void => {
    const queue = [root];
    seen.add(root);
    while (queue.length) {
      const d = queue.shift()!;
      order.push(d);
      for (const c of workspace.childrenOf(d.name.text)) {
        if (seen.has(c.decl) || workspace.lookupDocument(c.decl.name.text) !== c.decl) continue;
        seen.add(c.decl);
        queue.push(c.decl);
      }
    }
  };
  const root = options.root === undefined ? undefined : workspace.lookupDocument(options.root);
  if (root) visit(root);
  else if (options.root === undefined) {
    for (const d of winners) if (!d.parent || !workspace.lookupDocument(d.parent.text)) visit(d);
    for (const d of winners) if (!seen.has(d)) visit(d); // parent cycles
  }

  const nodes = new Map<DocumentDecl, Node>();
  order.forEach((doc, i) => {
    const status = statusOf(doc, workspace, asOf);
    const issuer = doc.issuer ? (workspace.lookupUnit(doc.issuer.text)?.title?.value ?? doc.issuer.text) : "";
    const words = stateWords(status.state, locale);
    const state = status.overdue.length ? `${words} (${WORDS.overdue[locale]}: ${status.overdue.length})` : words;
    const note = options.notes?.get(doc.name.text) ?? "";
    const lines = [doc.number?.value ? `${doc.number.value} · ${doc.name.text}` : doc.name.text, issuer, state, note].filter((l) => l !== "");
    nodes.set(doc, { doc, id: `d${i}`, lines, phase: status.overdue.length ? "overdue" : phaseClass(status.state) });
  });
  const edges: { from: Node; to: Node; continues: boolean }[] = [];
  for (const doc of order) {
    const parent = doc.parent ? workspace.lookupDocument(doc.parent.text) : undefined;
    if (parent && nodes.has(parent)) edges.push({ from: nodes.get(parent)!, to: nodes.get(doc)!, continues: false });
    const prior = doc.continues ? workspace.lookupDocument(doc.continues.text) : undefined;
    if (prior && nodes.has(prior)) edges.push({ from: nodes.get(prior)!, to: nodes.get(doc)!, continues: true });
  }
  return format === "mermaid" ? cascadeMermaid([...nodes.values()], edges) : cascadeDot([...nodes.values()], edges);
}

function cascadeMermaid(nodes: Node[], edges: { from: Node; to: Node; continues: boolean }[]): string {
  const out = ["flowchart TD"];
  for (const n of nodes) out.push(`  ${n.id}["${n.lines.map(mermaidText).join("<br/>")}"]`);
  for (const e of edges) out.push(e.continues ? `  ${e.from.id} -.->|"continues"| ${e.to.id}` : `  ${e.from.id} --> ${e.to.id}`);
  const used = new Map<string, string[]>();
  for (const n of nodes) used.set(n.phase, [...(used.get(n.phase) ?? []), n.id]);
  for (const [phase, ids] of used) {
    const style = CLASS_STYLES[phase];
    if (style) out.push(`  classDef ${phase} fill:${style.fill},stroke:${style.stroke}`);
    out.push(`  class ${ids.join(",")} ${phase}`);
  }
  return `${out.join("\n")}\n`;
}

function cascadeDot(nodes: Node[], edges: { from: Node; to: Node; continues: boolean }[]): string {
  const out = ["digraph cascade {", "  rankdir=TB;", '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'];
  for (const n of nodes) {
    const style = CLASS_STYLES[n.phase];
    const colors = style ? `, fillcolor="${style.fill}", color="${style.stroke}"` : "";
    out.push(`  ${n.id} [label="${n.lines.map(dotText).join("\\n")}"${colors}];`);
  }
  for (const e of edges) out.push(`  ${e.from.id} -> ${e.to.id}${e.continues ? ' [style=dashed, label="continues"]' : ""};`);
  out.push("}");
  return `${out.join("\n")}\n`;
}

/**
 * The label of a lifecycle state in a state diagram (step names and `within`s filled in). English
 * keeps LANGUAGE.md's state names (`drafting`, `approval:appraise`), as `status --format json`
 * prints them; Vietnamese says them in words, as the status table does.
 */
function stateLabel(key: string, spec: PlanSpec, locale: Locale): string {
  const vi = locale === "vi";
  const m = /^step(\d+)$/.exec(key);
  if (m) {
    const i = Number(m[1]);
    const step = spec.steps[i];
    const span = step.within && (step.within.days ? `${step.within.days} ${vi ? "ngày" : "days"}` : `${step.within.months} ${vi ? "tháng" : "months"}`);
    if (vi) return `${stateWords(i === 0 ? "drafting" : `approval:${step.name}`, locale)} (${i === 0 ? `${step.name}${span ? `, ${span}` : ""}` : (span ?? step.name)})`;
    return `${i === 0 ? "drafting" : `approval:${step.name}`} (${step.name}${span ? `, ${span}` : ""})`;
  }
  const held = REVIEWS_HELD[key];
  if (held) return `${vi ? stateWords("implementing", locale) : "implementing"} (${held[locale]})`;
  return vi ? stateWords(key, locale) : key;
}

/** The implementing states after reviews, as the machine names them. */
const REVIEWS_HELD: Record<string, Record<Locale, string>> = {
  implementing_p: { vi: "đã sơ kết", en: "preliminary reviewed" },
  implementing_f: { vi: "đã tổng kết", en: "final reviewed" },
  implementing_p_f: { vi: "đã sơ kết và tổng kết", en: "both reviews held" },
};

/**
 * A plan's machine as a Mermaid `stateDiagram-v2`, read from the XState machine itself (its state
 * nodes and their transitions). `current` (a state key, e.g. `step1`) is highlighted.
 */
export function planMachineMermaid(doc: DocumentDecl, current?: string, locale: Locale = "en"): string {
  const spec = planSpec(doc);
  const machine: PlanMachine = lifecycleModel(spec.steps.length).machine;
  const out = ["stateDiagram-v2"];
  const root = machine.root;
  for (const [key] of Object.entries(root.states)) out.push(`  state "${mermaidText(stateLabel(key, spec, locale))}" as ${key}`);
  out.push(`  [*] --> ${String(root.initial?.target?.[0]?.key ?? "step0")}`);
  // Transitions are `history` words; in Vietnamese, said in words (the keyword stays in the plan).
  const edge = (event: string) => (locale === "vi" ? mermaidText(eventLabel(event, locale)) : event);
  for (const [key, node] of Object.entries(root.states)) {
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) for (const target of t.target ?? []) out.push(`  ${key} --> ${target.key}: ${edge(event)}`);
    }
    if (node.type === "final") out.push(`  ${key} --> [*]`);
  }
  if (current && current in root.states) {
    out.push("  classDef current fill:#d4edda,stroke:#2e7d32,stroke-width:3px");
    out.push(`  class ${current} current`);
  }
  return `${out.join("\n")}\n`;
}
