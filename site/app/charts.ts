// The dashboard's charts, drawn by Observable Plot (SVG; site/README.md says why Plot). The
// views hand in rows of data; binning, stacking, scales and axes are Plot's. Every chart carries
// an aria-label and sits in a <figure> beside a table of the same figures (`chartFigure`), so a
// screen reader, a printout and a copy-paste get the numbers too.
import { barX, binX, cell, plot, rectY, ruleX, ruleY, stackX, text, type RectYOptions } from "@observablehq/plot";
import { h } from "./dom.js";
import { dateOf, type Format } from "./format.js";

/** Colours of the lifecycle states (approval steps share one), readable on white and in print. */
const STATE_COLOURS: Record<string, string> = {
  drafting: "#9e9e9e",
  approval: "#f0a30a",
  approved: "#7b3fa0",
  issued: "#1f77b4",
  disseminated: "#1f77b4",
  implementing: "#2e7d32",
  closed: "#5f6368",
};

export function stateColour(state: string): string {
  return STATE_COLOURS[state.split(":")[0]] ?? "#888";
}

const FONT = "inherit";

/**
 * Plot labels each mark's SVG group ("rule", "rect"); axe counts a label on a group without a
 * role as a serious violation. Such marks are hidden from assistive technology: the figure's
 * label and its table carry the figures.
 */
const HIDDEN = { ariaHidden: "true" } as const;

/** Tick labels of a count: whole numbers only (a single bar of 1 would otherwise get 0.2, 0.4 …). */
const whole = (f: Format) => (n: number) => (Number.isInteger(n) ? f.count(n) : "");

/** A figure: caption, the chart, and the same figures as a table under a disclosure. */
export function chartFigure(caption: string, chart: Element, data: HTMLTableElement, showTable: string): HTMLElement {
  return h("figure", { class: "chart" }, h("figcaption", {}, caption), chart, h("details", { class: "chart-data" }, h("summary", {}, showTable), data));
}

export interface StackRow {
  group: string;
  key: string;
  label: string;
  count: number;
}

/** Horizontal bars, one per group, stacked by key (documents by level, split by state). */
export function stackedBars(rows: StackRow[], groups: string[], keys: { key: string; label: string; colour: string }[], options: { ariaLabel: string; x: string; f: Format }): Element {
  return plot({
    ariaLabel: options.ariaLabel,
    style: { fontFamily: FONT, fontSize: "12px" },
    marginLeft: 210,
    height: 40 + groups.length * 36,
    x: { label: options.x, grid: true, tickFormat: whole(options.f) },
    y: { label: null, domain: groups },
    color: { legend: true, domain: keys.map((k) => k.label), range: keys.map((k) => k.colour) },
    marks: [
      barX(rows, stackX({ x: "count", y: "group", fill: "label", title: (r: StackRow) => `${r.group} · ${r.label}: ${options.f.count(r.count)}` })),
      ruleX([0], HIDDEN),
    ],
  });
}

export interface RankRow {
  label: string;
  value: number;
  text: string;
}

/** A label cut to `max` characters per line (the full text is in the bar's title and the table). */
function cut(label: string, max: number): string {
  return label
    .split("\n")
    .map((line) => (line.length > max ? `${line.slice(0, max - 1)}…` : line))
    .join("\n");
}

/**
 * Ranked horizontal bars, largest first (the order given), with the value written at the end of
 * each bar. A label may have two lines ("\n"): the body, then whom it makes late.
 */
export function rankedBars(rows: RankRow[], options: { ariaLabel: string; x: string; percent?: boolean; f: Format; colour?: string }): Element {
  const lines = rows.some((r) => r.label.includes("\n")) ? 2 : 1;
  return plot({
    ariaLabel: options.ariaLabel,
    style: { fontFamily: FONT, fontSize: "12px" },
    width: 760,
    marginLeft: 330,
    marginRight: 50,
    height: 50 + rows.length * (lines === 2 ? 36 : 26),
    x: { label: options.x, grid: true, tickFormat: options.percent ? options.f.percentTick : whole(options.f) },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (s: string) => cut(s, 52) },
    marks: [
      barX(rows, { x: "value", y: "label", fill: options.colour ?? "#c62828", title: (r: RankRow) => `${r.label.replace("\n", " ")}: ${r.text}` }),
      text(rows, { x: "value", y: "label", text: "text", dx: 4, textAnchor: "start", fill: "currentColor" }),
      ruleX([0], HIDDEN),
    ],
  });
}

export interface CoverageCell {
  task: string;
  level: string;
  share: number;
  text: string;
}

/** A heat table: levels × tasks, the share of plans carrying each task. */
export function coverageCells(cells: CoverageCell[], tasks: string[], levels: string[], options: { ariaLabel: string; f: Format }): Element {
  return plot({
    ariaLabel: options.ariaLabel,
    style: { fontFamily: FONT, fontSize: "12px" },
    marginLeft: 210,
    height: 50 + levels.length * 40,
    padding: 0.05,
    x: { label: null, domain: tasks, axis: "top" },
    y: { label: null, domain: levels },
    color: { type: "linear", domain: [0, 1], range: ["#fde0dd", "#2e7d32"], legend: false },
    marks: [
      cell(cells, { x: "task", y: "level", fill: "share", title: (c: CoverageCell) => `${c.level} · ${c.task}: ${c.text}` }),
      // Light text on the dark (well covered) cells, dark text on the light ones.
      text(
        cells.filter((c) => c.share > 0.6),
        { x: "task", y: "level", text: "text", fill: "white" },
      ),
      text(
        cells.filter((c) => c.share <= 0.6),
        { x: "task", y: "level", text: "text", fill: "black" },
      ),
    ],
  });
}

export interface DueRow {
  day: number;
  label: string;
}

/** Deadlines per month, stacked by kind (binned by Plot). */
export function dueByMonth(rows: DueRow[], keys: { label: string; colour: string }[], options: { ariaLabel: string; y: string; f: Format; monthLabel: (d: Date) => string }): Element {
  return plot({
    ariaLabel: options.ariaLabel,
    style: { fontFamily: FONT, fontSize: "12px" },
    height: 240,
    marginLeft: 60,
    x: { type: "utc", label: null, tickFormat: options.monthLabel },
    y: { label: options.y, grid: true, tickFormat: whole(options.f) },
    color: { legend: true, domain: keys.map((k) => k.label), range: keys.map((k) => k.colour) },
    marks: [rectY(rows, binX<RectYOptions>({ y: "count" }, { x: (r: DueRow) => dateOf(r.day), fill: "label", interval: "month", inset: 1, ariaHidden: "true" })), ruleY([0], HIDDEN)],
  });
}

/**
 * The distribution of a milestone's simulated completion dates: a histogram of the share of
 * runs by date (Plot bins `[day, runs]` pairs, weighting by runs), the deadline as a red rule.
 */
export function completionHistogram(dates: [number, number][], runs: number, deadline: number | null, options: { ariaLabel: string; y: string; f: Format }): Element {
  return plot({
    ariaLabel: options.ariaLabel,
    style: { fontFamily: FONT, fontSize: "11px" },
    height: 190,
    width: 560,
    marginLeft: 44,
    marginRight: 24,
    x: { type: "utc", label: null, ticks: 5, tickFormat: (d: Date) => options.f.date(Math.round(d.getTime() / 86_400_000)) },
    y: { label: options.y, grid: true, tickFormat: options.f.percentTick },
    marks: [
      rectY(dates, binX<RectYOptions>({ y: "sum" }, { x: (d: [number, number]) => dateOf(d[0]), y: (d: [number, number]) => d[1] / runs, fill: "#1f77b4", thresholds: 24, ariaHidden: "true" })),
      ruleY([0], HIDDEN),
      deadline === null ? null : ruleX([dateOf(deadline)], { stroke: "#c62828", strokeWidth: 2, ariaHidden: "true" }),
    ],
  });
}

