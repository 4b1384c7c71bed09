// The human-readable report of a simulation, one rendering for every door: `plancode simulate`
// prints it (with terminal colours) and the editor's "Simulate this plan" shows it (plain), so the
// two cannot drift apart. Per milestone its deadline, median and 90th-percentile dates and the
// chance of meeting the deadline; a cascade adds the bodies most likely to make their parent
// late and the reviews least likely on time. Dates, counts and percentages in the reader's
// locale (text.ts).
import { format, stateKey, type DocumentDecl, type Locale, type Workspace } from "../language/index.js";
import { cascadeGraph, planMachineMermaid } from "./graph.js";
import { stateLabel, whatInSentence, whatLabel } from "./labels.js";
import { replay } from "./replay.js";
import type { CascadeSimulation, DocumentSimulation, MilestoneStats, PlanSimulation, SimulationEnd } from "./simulate.js";
import { planSpec } from "./spec.js";
import { count, percent, PLAIN, showDate, showIso, table, type TextStyle } from "./text.js";

const WORDS = {
  vi: {
    seed: "hạt giống ngẫu nhiên",
    simulate: "Mô phỏng",
    cascade: "Mô phỏng chuỗi",
    runs: "lần chạy",
    from: "từ",
    until: "đến",
    documents: "văn bản",
    milestone: "Mốc",
    deadline: "Hạn",
    median: "Trung vị",
    p90: "Phân vị 90",
    onTime: "Đúng hạn",
    happened: "đã diễn ra",
    reports: "Báo cáo của",
    reviews: "Sơ kết, tổng kết của",
    culprits: "Dễ làm cấp trên chậm nhất",
    plan: "Kế hoạch",
    issuer: "Cơ quan ban hành",
    parent: "Cấp trên",
    madeLate: "Làm cấp trên chậm",
    lateShare: "Báo cáo chậm",
    worstReviews: "Sơ kết, tổng kết dễ trễ nhất",
    nothing: "không có mốc nào trong khoảng mô phỏng",
    noCulprits: "không văn bản cấp dưới nào làm cấp trên chậm",
    closed: "{name} đã kết thúc ngày {day}: không còn gì để mô phỏng.",
    horizon: "{name} đã hết thời hạn kế hoạch ({day}) trước ngày {from}: không còn mốc nào để mô phỏng.",
    untilBefore: "Ngày kết thúc mô phỏng {day} trước ngày bắt đầu {from}: không có gì để mô phỏng.",
    leftOverdue: "Còn quá hạn",
    recorded: "Đã diễn ra",
  },
  en: {
    seed: "seed",
    simulate: "Simulation of",
    cascade: "Cascade simulation of",
    runs: "runs",
    from: "from",
    until: "to",
    documents: "documents",
    milestone: "Milestone",
    deadline: "Deadline",
    median: "Median",
    p90: "90th percentile",
    onTime: "On time",
    happened: "happened",
    reports: "Reports of",
    reviews: "Reviews of",
    culprits: "Most likely to make their parent late",
    plan: "Plan",
    issuer: "Issuer",
    parent: "Parent",
    madeLate: "Made parent late",
    lateShare: "Reports late",
    worstReviews: "Reviews least likely on time",
    nothing: "no milestone in the simulated period",
    noCulprits: "no document below made its parent late",
    closed: "{name} was closed on {day}: nothing left to simulate.",
    horizon: "{name} reached its horizon ({day}) before {from}: no milestone left to simulate.",
    untilBefore: "The end of the simulation, {day}, comes before its start, {from}: nothing to simulate.",
    leftOverdue: "Left overdue",
    recorded: "What happened",
  },
};

/** How many of the least-likely reviews a cascade report lists. */
const WORST_REVIEWS = 10;

function milestoneTable(milestones: readonly MilestoneStats[], locale: Locale, style: TextStyle): string {
  const w = WORDS[locale];
  if (!milestones.length) return `${w.nothing}\n`;
  const rows = milestones.map((m) => {
    const p = percent(m.pOnTime);
    const chance = m.pOnTime === null ? p : m.pOnTime < 0.5 ? style.red(p) : m.pOnTime < 0.8 ? style.yellow(p) : p;
    return [whatLabel(m.what, locale, m.k), showIso(m.deadline, locale), showIso(m.median, locale), m.happened ? style.dim(`(${w.happened})`) : showIso(m.p90, locale), chance];
  });
  return table([w.milestone, w.deadline, w.median, w.p90, w.onTime], rows);
}

/** One plan: a header (runs, seed, from its state on as-of to the end), then its milestones. */
export function planReport(r: PlanSimulation, locale: Locale, style: TextStyle = PLAIN): string {
  const w = WORDS[locale];
  if (r.ended) {
    const head = `${w.simulate} ${r.name} (${stateLabel(r.state, locale)})`;
    const recorded = r.milestones.length ? `\n${w.recorded}:\n${milestoneTable(r.milestones, locale, style)}` : "";
    return `${style.bold(head)}\n\n${endedText(r.name, r.asOf, r.ended, locale)}${recorded}`;
  }
  const head = `${w.simulate} ${r.name} — ${count(r.runs, locale)} ${w.runs}, ${w.seed} ${r.seed}, ${w.from} ${showIso(r.asOf, locale)} (${stateLabel(r.state, locale)}) ${w.until} ${showIso(r.until, locale)}`;
  return `${style.bold(head)}\n\n${milestoneTable(r.milestones, locale, style)}`;
}

/** Why nothing was simulated, and what was left overdue then. */
function endedText(name: string, from: string, ended: SimulationEnd, locale: Locale): string {
  const w = WORDS[locale];
  const sentence = format(ended.reason === "closed" ? w.closed : ended.reason === "horizon" ? w.horizon : w.untilBefore, {
    name,
    day: showIso(ended.day, locale),
    from: showIso(from, locale),
  });
  const overdue = ended.overdue.map((d) => `${whatInSentence(d.what, locale)} ${showIso(d.due, locale)}`);
  return `${sentence}\n${overdue.length ? `${w.leftOverdue}: ${overdue.join(", ")}\n` : ""}`;
}

/** A directive and every plan below it: its reports and reviews, the likeliest culprits, the riskiest reviews. */
export function cascadeReport(r: CascadeSimulation, locale: Locale, style: TextStyle = PLAIN): string {
  const w = WORDS[locale];
  if (r.ended) return `${style.bold(`${w.cascade} ${r.directive} (${stateLabel(r.state, locale)})`)}\n\n${endedText(r.directive, r.asOf, r.ended, locale)}`;
  const head = `${w.cascade} ${r.directive} — ${count(r.documents, locale)} ${w.documents}, ${count(r.runs, locale)} ${w.runs}, ${w.seed} ${r.seed}, ${w.from} ${showIso(r.asOf, locale)} ${w.until} ${showIso(r.until, locale)}`;
  const parts = [style.bold(head), "", `${w.reports} ${r.directive}:`, milestoneTable(r.reports, locale, style), `${w.reviews} ${r.directive}:`, milestoneTable(r.reviews, locale, style)];
  parts.push(`${w.culprits}:`);
  if (!r.culprits.length) parts.push(`${w.noCulprits}\n`);
  else {
    const rows = r.culprits.map((c) => [c.name, c.issuerTitle ?? c.issuer, c.parent, percent(c.pMadeParentLate), percent(c.pLate)]);
    parts.push(table([w.plan, w.issuer, w.parent, w.madeLate, w.lateShare], rows));
  }
  const worst = r.documentReviews.slice(0, WORST_REVIEWS);
  if (worst.length) {
    parts.push(`${w.worstReviews}:`);
    parts.push(table([w.plan, w.milestone, w.deadline, w.onTime], worst.map((x) => [x.name, whatLabel(x.what, locale), showIso(x.due, locale), percent(x.pOnTime)])));
  }
  return `${parts.join("\n").trimEnd()}\n`;
}

/** The cascade as a Mermaid flowchart, each document noted with its simulated results. */
export function cascadeReportMermaid(r: CascadeSimulation, workspace: Workspace, asOf: number, locale: Locale): string {
  const w = WORDS[locale];
  const notes = new Map<string, string>();
  for (const d of r.documentStats) {
    const parts: string[] = [];
    if (d.pReportsOnTime !== null) parts.push(`${whatLabel("report", locale)} ${w.onTime.toLowerCase()}: ${percent(d.pReportsOnTime)}`);
    if (d.pMadeParentLate > 0) parts.push(`${w.madeLate.toLowerCase()}: ${percent(d.pMadeParentLate)}`);
    if (parts.length) notes.set(d.name, parts.join("; "));
  }
  const comment = `  %% ${w.cascade} ${r.directive}: ${count(r.runs, locale)} ${w.runs}, ${w.seed} ${r.seed}, ${w.from} ${showDate(asOf, locale)}`;
  const graph = cascadeGraph(workspace, "mermaid", asOf, { locale, root: r.directive, notes });
  const newline = graph.indexOf("\n");
  return `${graph.slice(0, newline + 1)}${comment}${graph.slice(newline)}`;
}

/** The report of a plan or of a cascade. */
export function simulationReport(s: DocumentSimulation, locale: Locale, style: TextStyle = PLAIN): string {
  return s.kind === "cascade" ? cascadeReport(s.result, locale, style) : planReport(s.result, locale, style);
}

/** A plan's lifecycle machine as a Mermaid state diagram, its state on `asOf` marked, in the reader's language. */
export function planStateMermaid(doc: DocumentDecl, asOf: number, locale: Locale = "en"): string {
  return planMachineMermaid(doc, stateKey(replay(planSpec(doc), asOf).state), locale);
}
