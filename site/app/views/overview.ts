// The overview: how many documents, how many have something overdue (the numbers `plancode
// status` prints), documents by level and state, where the overdue ones are, how the directive's
// tasks are covered at each level, and what falls due next.
import { levelLabel } from "../../words.js";
import { chartFigure, coverageCells, dueByMonth, rankedBars, stackedBars, stateColour, type StackRow } from "../charts.js";
import { h, section, table } from "../dom.js";
import type { Format } from "../format.js";
import { docHref } from "../routes.js";
import type { Site } from "../site.js";

const SOON_DAYS = 30;
const TOP_BRANCHES = 15;
const MONTHS_AHEAD = 12;

/** Approval steps are one group in the charts ("in approval"); every other state is its own. */
function stateGroup(state: string): string {
  return state.split(":")[0];
}

export function overview(site: Site, f: Format): HTMLElement {
  return h("div", { class: "overview" }, figures(site, f), byLevelAndState(site, f), whereOverdue(site, f), coverage(site, f), nextDue(site, f));
}

function figures(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const asOf = site.data.asOf;
  let overdue = 0;
  let soon = 0;
  let implementing = 0;
  for (const d of site.docs) {
    if (d.overdue.length) overdue++;
    if (d.next && d.next[1] - asOf <= SOON_DAYS) soon++;
    if (d.state === "implementing") implementing++;
  }
  const figure = (id: string, label: string, value: number, className = "") =>
    h("div", { class: `figure ${className}`, id }, h("span", { class: "value" }, f.count(value)), h("span", { class: "label" }, label));
  return h(
    "div",
    { class: "figures", role: "group", "aria-label": w.nav.overview },
    figure("figure-documents", w.documents, site.docs.length),
    figure("figure-overdue", w.withOverdue, overdue, overdue ? "bad" : "good"),
    figure("figure-soon", w.dueSoon(SOON_DAYS), soon),
    figure("figure-implementing", w.implementing, implementing),
  );
}

function byLevelAndState(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const levels = site.data.levels;
  const label = (level: number) => levelLabel(levels[level], site.data.locale);
  const groups: number[] = [];
  const states: string[] = [];
  const counts = new Map<string, number>();
  const overdue = new Map<number, number>();
  for (const d of site.docs) {
    if (!groups.includes(d.level)) groups.push(d.level);
    if (!states.includes(d.state)) states.push(d.state);
    counts.set(`${d.level} ${d.state}`, (counts.get(`${d.level} ${d.state}`) ?? 0) + 1);
    if (d.overdue.length) overdue.set(d.level, (overdue.get(d.level) ?? 0) + 1);
  }
  groups.sort((a, b) => (a < 0 ? 99 : a) - (b < 0 ? 99 : b));
  states.sort();
  const keys = [...new Set(states.map(stateGroup))].map((key) => ({ key, label: key === "approval" ? w.inApproval : f.state(key), colour: stateColour(key) }));
  const rows: StackRow[] = [];
  for (const g of groups) {
    for (const k of keys) {
      const n = states.filter((s) => stateGroup(s) === k.key).reduce((sum, s) => sum + (counts.get(`${g} ${s}`) ?? 0), 0);
      if (n) rows.push({ group: label(g), key: k.key, label: k.label, count: n });
    }
  }
  const chart = stackedBars(rows, groups.map(label), keys, { ariaLabel: w.byLevelState, x: w.documents, f });
  const data = table(
    w.byLevelState,
    [w.level, ...states.map((s) => f.state(s)), w.total, w.overdueCol],
    groups.map((g) => {
      const cells = states.map((s) => counts.get(`${g} ${s}`) ?? 0);
      return [label(g), ...cells.map((n) => f.count(n)), f.count(cells.reduce((a, b) => a + b, 0)), f.count(overdue.get(g) ?? 0)];
    }),
    { numeric: states.map((_, i) => i + 1).concat([states.length + 1, states.length + 2]) },
  );
  return section("by-level", w.byLevelState, undefined, chartFigure(w.byLevelState, chart, data, w.showTable));
}

/** The directive's branches (or the roots without one) by how many of their documents have something overdue. */
function whereOverdue(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const main = site.data.main;
  // The directive's own overdue items count too: it is its own first "branch".
  const branches = main >= 0 ? [...(site.docs[main].overdue.length ? [main] : []), ...site.children[main]] : site.roots;
  const value = (i: number) => (i === main ? 1 : site.overdueBelow[i]);
  const ranked = branches.filter((i) => value(i) > 0).sort((a, b) => value(b) - value(a) || a - b);
  if (!ranked.length) return section("where-overdue", w.whereOverdue, undefined, h("p", { class: "good-news" }, w.noOverdue));
  const top = ranked.slice(0, TOP_BRANCHES);
  const chart = rankedBars(
    top.map((i) => ({ label: site.issuerOf(i), value: value(i), text: f.count(value(i)) })),
    { ariaLabel: w.whereOverdue, x: w.overdueBelow, f },
  );
  const data = table(
    w.whereOverdue,
    [w.body, w.number, w.overdueBelow, w.overdueReports],
    ranked.map((i) => {
      const own = i === main; // the directive alone, not its whole cascade
      const reports = site.docs[i].overdue.some(([what]) => what === "report") ? 1 : 0;
      return [h("a", { href: docHref(site.docs[i].name) }, site.issuerOf(i)), site.str(site.docs[i].number), f.count(value(i)), f.count(own ? reports : site.reportsOverdueBelow[i])];
    }),
    { numeric: [2, 3] },
  );
  return section("where-overdue", w.whereOverdue, w.whereOverdueNote, chartFigure(w.whereOverdue, chart, data, w.showTable));
}

function coverage(site: Site, f: Format): HTMLElement | null {
  const cov = site.data.coverage;
  if (!cov || !cov.levels.length) return null;
  const w = site.words;
  const levels = cov.levels.map((l) => levelLabel(site.data.levels[l.level], site.data.locale));
  const tasks = cov.tasks.map((t) => t.name);
  const cells = cov.levels.flatMap((l, li) =>
    l.covering.map((n, ti) => ({ task: tasks[ti], level: levels[li], share: l.plans ? n / l.plans : 0, text: f.percent(l.plans ? n / l.plans : null) })),
  );
  const chart = coverageCells(cells, tasks, levels, { ariaLabel: w.coverage, f });
  const data = table(
    w.coverage,
    [w.level, w.plans, ...tasks],
    cov.levels.map((l, li) => [levels[li], f.count(l.plans), ...l.covering.map((n) => `${f.count(n)} (${f.percent(l.plans ? n / l.plans : null)})`)]),
    { numeric: [1, ...tasks.map((_, i) => i + 2)] },
  );
  const full = cov.levels.map((l, li) => h("li", {}, `${levels[li]}: ${w.fullyCovered(l.covering.filter((n) => n === l.plans).length, tasks.length)}`));
  return section(
    "coverage",
    w.coverage,
    w.coverageNote(tasks.length),
    chartFigure(w.coverage, chart, data, w.showTable),
    h("ul", { class: "coverage-summary" }, full),
    h("dl", { class: "task-legend" }, cov.tasks.flatMap((t) => [h("dt", {}, t.name), h("dd", {}, t.title)])),
  );
}

function nextDue(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const asOf = site.data.asOf;
  const end = asOf + MONTHS_AHEAD * 31;
  const kind = (what: string) => (what.startsWith("approval:") ? w.inApproval : f.what(what));
  const rows = site.docs.filter((d) => d.next && d.next[1] <= end).map((d) => ({ day: d.next![1], label: kind(d.next![0]) }));
  const palette = ["#1f77b4", "#f0a30a", "#7b3fa0", "#2e7d32", "#5f6368"];
  const keys = [...new Set(rows.map((r) => r.label))].map((label, i) => ({ label, colour: palette[i % palette.length] }));
  const month = (d: Date) => (site.data.locale === "vi" ? `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}` : d.toISOString().slice(0, 7));
  const chart = dueByMonth(rows, keys, { ariaLabel: w.nextDue, y: w.count, f, monthLabel: month });
  // The nearest deadlines, one row per (date, kind), with how many documents share them.
  const groups = new Map<string, { day: number; label: string; n: number }>();
  for (const r of rows) {
    const key = `${r.day} ${r.label}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { ...r, n: 1 });
  }
  const nearest = [...groups.values()].sort((a, b) => a.day - b.day || a.label.localeCompare(b.label)).slice(0, 10);
  const data = table(w.nextDue, [w.date, w.what, w.count], nearest.map((g) => [f.date(g.day), g.label, f.count(g.n)]), { numeric: [2] });
  return section("next-due", w.nextDue, w.nextDueNote, h("figure", { class: "chart" }, h("figcaption", {}, w.nextDue), chart), data);
}
