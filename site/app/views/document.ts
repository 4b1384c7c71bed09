// A document's page: who issued it and when, where it stands (overdue, next), its lifecycle as a
// timeline, its tasks with what they carry of the parent, and the documents below it with which
// of its tasks each one carries (the coverage matrix) and how likely each is to make it late.
// The tasks and history come from the document's details (a chunk file in the static site).
import { levelLabel } from "../../words.js";
import { chartFigure, rankedBars } from "../charts.js";
import { h, section, table } from "../dom.js";
import type { Format } from "../format.js";
import type { Host } from "../host.js";
import { docHref } from "../routes.js";
import type { Details, Site, Task } from "../site.js";

const TOP_CHILDREN = 10;

export function documentView(site: Site, f: Format, i: number, host: Host): HTMLElement {
  const w = site.words;
  const d = site.docs[i];
  const number = site.str(d.number);
  const later = h("div", { class: "details", "aria-busy": "true" }, h("p", { class: "loading" }, w.loadingDetails));
  const page = h(
    "article",
    { class: "document", "aria-labelledby": "doc-title" },
    breadcrumb(site, i),
    h("h2", { id: "doc-title" }, number ? `${number} · ${d.name}` : d.name),
    h("p", { class: "doc-title" }, site.str(d.title)),
    facts(site, f, i, host),
    deadlines(site, f, i),
    later,
  );
  // The parent's details name the tasks this one's `covers` point at; without them, numbers.
  const parentDetails = d.parent >= 0 ? site.detailsOf(d.parent).catch(() => undefined) : Promise.resolve(undefined);
  Promise.all([site.detailsOf(i), parentDetails]).then(
    ([details, parent]) => {
      later.replaceChildren(timeline(site, f, i, details), tasks(site, f, details, parent), children(site, f, i, details));
      later.removeAttribute("aria-busy");
    },
    () => {
      later.replaceChildren(h("p", { class: "error", role: "alert" }, w.detailsFailed));
      later.removeAttribute("aria-busy");
    },
  );
  return page;
}

function breadcrumb(site: Site, i: number): HTMLElement | null {
  const chain = site.ancestors(i).reverse();
  if (!chain.length) return null;
  return h(
    "nav",
    { class: "breadcrumb", "aria-label": site.words.parent },
    h("ol", {}, chain.map((a) => h("li", {}, h("a", { href: docHref(site.docs[a].name) }, site.issuerOf(a)))), h("li", { "aria-current": "page" }, site.issuerOf(i))),
  );
}

function facts(site: Site, f: Format, i: number, host: Host): HTMLElement {
  const w = site.words;
  const d = site.docs[i];
  const sim = site.data.simulation;
  const row = (term: string, ...value: (Node | string)[]) => [h("dt", {}, term), h("dd", {}, ...value)];
  const parent = d.parent >= 0 ? site.docs[d.parent] : undefined;
  const file = site.str(d.file);
  return h(
    "dl",
    { class: "facts" },
    row(w.issuer, site.issuerOf(i)),
    row(w.level, `${levelLabel(site.data.levels[d.level], site.data.locale)} · ${w.kind[d.kind]}`),
    row(w.state, h("span", { class: `state state-${d.state.split(":")[0]}` }, f.state(d.state)), d.since !== null ? ` ${w.since} ${f.date(d.since)}` : ""),
    row(w.issued, f.date(d.issued)),
    row(w.horizon, f.date(d.horizon)),
    parent ? row(w.parent, h("a", { href: docHref(parent.name) }, site.label(d.parent))) : [],
    sim && sim.onTime[i] !== null ? row(w.reportsOnTime, f.percent(sim.onTime[i])) : [],
    sim && d.parent >= 0 && sim.madeLate[i] > 0 ? row(w.makesParentLate, f.percent(sim.madeLate[i])) : [],
    file
      ? row(
          w.file,
          h("code", {}, file),
          host.openDocument ? " " : "",
          host.openDocument ? h("button", { type: "button", class: "open-editor", onclick: () => host.openDocument!(file, d.offset, true) }, w.openInEditor) : "",
        )
      : [],
  );
}

function deadlines(site: Site, f: Format, i: number): HTMLElement {
  const w = site.words;
  const d = site.docs[i];
  return h(
    "div",
    { class: "deadlines" },
    h("h3", {}, w.overdue),
    d.overdue.length
      ? h("ul", { class: "overdue-list" }, d.overdue.map(([what, due]) => h("li", {}, `${f.what(what)} — ${w.deadline.toLowerCase()} ${f.date(due)}`)))
      : h("p", { class: "good-news" }, w.nothingOverdue),
    d.next ? h("p", {}, h("strong", {}, `${w.next}: `), `${f.what(d.next[0])} — ${f.date(d.next[1])}`) : null,
  );
}

/**
 * The history, what is overdue, the figures' date and what comes next, in date order. Events a
 * history records after the figures' date are shown but marked: the states above ignore them.
 */
function timeline(site: Site, f: Format, i: number, details: Details): HTMLElement {
  const w = site.words;
  const d = site.docs[i];
  const asOf = site.data.asOf;
  const item = (day: number, className: string, what: string, note?: string) => ({
    day,
    node: h("li", { class: `event ${className}` }, h("time", {}, f.date(day)), h("span", { class: "what" }, what), note ? h("span", { class: "note" }, note) : null),
  });
  const items = [
    ...details.history.map((e) => item(e.day, e.day > asOf ? "later" : "", e.day > asOf ? `${f.event(e.event)} ${w.afterAsOf}` : f.event(e.event), e.note)),
    ...d.overdue.map(([what, due]) => item(due, "overdue", `${w.overdue}: ${f.what(what)}`)),
    item(asOf, "today", w.today),
    ...(d.next ? [item(d.next[1], "future", `${w.next}: ${f.what(d.next[0])}`)] : []),
  ];
  // A stable sort keeps the order above among items of one day (an event before the figures' date marker).
  items.sort((a, b) => a.day - b.day);
  return section("timeline", w.timeline, details.history.length ? undefined : w.noHistory, h("ol", { class: "timeline" }, items.map((x) => x.node)));
}

function due(f: Format, w: Site["words"], value: Task["due"]): string {
  if (value === null) return "—";
  if (typeof value === "number") return f.date(value);
  return value === "ongoing" ? w.ongoing : value;
}

function tasks(site: Site, f: Format, details: Details, parent: Details | undefined): HTMLElement {
  const w = site.words;
  if (!details.tasks.length) return section("tasks", w.tasks, w.noTasks);
  const coverName = (k: number) => parent?.tasks[k]?.name ?? `#${k + 1}`;
  const rows = details.tasks.map((t) => [
    h("span", { class: `task depth-${Math.min(t.depth, 3)}` }, h("strong", {}, t.name), " ", t.title),
    t.covers.map((k) => coverName(k)).join(", "),
    t.lead || "—",
    t.support.join("; "),
    due(f, w, t.due),
    t.indicators.length ? h("ul", { class: "indicators" }, t.indicators.map((x) => h("li", {}, x.target ? `${x.text}: ${x.target}` : x.text))) : "—",
  ]);
  return section("tasks", `${w.tasks} (${f.count(details.tasks.length)})`, undefined, table(w.tasks, [w.task, w.covers, w.lead, w.support, w.due, w.indicators], rows, { className: "data tasks" }));
}

function children(site: Site, f: Format, i: number, details: Details): HTMLElement {
  const w = site.words;
  const kids = site.children[i];
  if (!kids.length) return section("children", w.children("0"), w.noChildren);
  const sim = site.data.simulation;
  const taskNames = details.tasks.map((t) => t.name);
  const head = [w.body, w.number, w.state, w.overdue, ...(sim ? [w.pMadeLate] : []), ...taskNames];
  const rows = kids.map((k) => {
    const c = site.docs[k];
    const covered = new Set(c.covers);
    return [
      h("a", { href: docHref(c.name) }, site.issuerOf(k)),
      site.str(c.number) || c.name,
      f.state(c.state),
      c.overdue.length ? h("span", { class: "badge bad" }, f.count(c.overdue.length)) : "—",
      ...(sim ? [f.percent(sim.madeLate[k])] : []),
      ...taskNames.map((_, t) => (covered.has(t) ? h("span", { class: "yes", title: w.covered }, "✓", h("span", { class: "sr" }, w.covered)) : h("span", { class: "no", title: w.notCovered }, "·", h("span", { class: "sr" }, w.notCovered)))),
    ];
  });
  const matrix = h(
    "div",
    { class: "matrix-wrap" },
    table(w.coverageMatrix, head, rows, { className: "data matrix", numeric: sim ? [4] : [] }),
  );
  const parts: HTMLElement[] = [h("h3", {}, w.coverageMatrix), h("p", { class: "note" }, w.coverageMatrixNote), matrix];
  if (sim) {
    const ranked = kids.filter((k) => sim.madeLate[k] > 0).sort((a, b) => sim.madeLate[b] - sim.madeLate[a] || a - b).slice(0, TOP_CHILDREN);
    if (ranked.length) {
      const chart = rankedBars(
        ranked.map((k) => ({ label: site.issuerOf(k), value: sim.madeLate[k], text: f.percent(sim.madeLate[k]) })),
        { ariaLabel: w.likelyToDelay, x: w.pMadeLate, percent: true, f },
      );
      const data = table(w.likelyToDelay, [w.body, w.pMadeLate], ranked.map((k) => [site.issuerOf(k), f.percent(sim.madeLate[k])]), { numeric: [1] });
      parts.push(chartFigure(w.likelyToDelay, chart, data, w.showTable));
    }
  }
  return section("children", w.children(f.count(kids.length)), undefined, ...parts);
}
