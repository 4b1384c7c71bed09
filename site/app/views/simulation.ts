// The simulation, drawn: for each of the directive's outstanding milestones the distribution of
// its simulated completion dates with the deadline marked and the chance of meeting it; then,
// level by level, the bodies most likely to make their parent late.
import { levelLabel } from "../../words.js";
import { chartFigure, completionHistogram, rankedBars } from "../charts.js";
import { h, section, table } from "../dom.js";
import type { Format } from "../format.js";
import { docHref } from "../routes.js";
import type { Site } from "../site.js";

const TOP = 10;

export function simulationView(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const sim = site.data.simulation;
  if (!sim) return h("div", { class: "simulation" }, h("p", {}, w.noSimulation));
  return h(
    "div",
    { class: "simulation" },
    h("p", { class: "intro" }, w.simulationIntro(f.count(sim.runs), String(sim.seed), f.date(site.data.asOf), f.date(sim.until))),
    milestones(site, f),
    culprits(site, f),
  );
}

function milestones(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const sim = site.data.simulation!;
  const name = (m: (typeof sim.milestones)[number]) => f.what(m.what, m.k);
  const charts = sim.milestones.map((m) => {
    const title = `${name(m)} — ${w.deadline.toLowerCase()} ${f.date(m.deadline)}`;
    const chart = completionHistogram(m.dates, sim.runs, m.deadline, { ariaLabel: `${title}. ${w.pOnTime}: ${f.percent(m.pOnTime)}`, y: w.share, f });
    return h(
      "figure",
      { class: "milestone" },
      h("figcaption", {}, h("strong", {}, `${name(m)} — ${w.deadline.toLowerCase()} ${f.date(m.deadline)}`), h("span", { class: `p ${m.pOnTime !== null && m.pOnTime < 0.5 ? "bad" : ""}` }, `${w.pOnTime}: ${f.percent(m.pOnTime)}`)),
      chart,
      h("p", { class: "note" }, `${w.median} ${f.date(m.median)} · ${w.p90} ${f.date(m.p90)}`),
    );
  });
  const data = table(
    w.milestones,
    [w.what, w.deadline, w.median, w.p90, w.pOnTime],
    sim.milestones.map((m) => [name(m), f.date(m.deadline), f.date(m.median), f.date(m.p90), f.percent(m.pOnTime)]),
    { numeric: [4] },
  );
  return section("milestones", `${w.milestones}: ${site.label(sim.directive)}`, w.milestonesNote, h("div", { class: "milestones" }, charts), h("details", { class: "chart-data" }, h("summary", {}, w.showTable), data));
}

/** One ranked chart per level: who is most likely to make its parent late. */
function culprits(site: Site, f: Format): HTMLElement {
  const w = site.words;
  const sim = site.data.simulation!;
  const levels = [...new Set(site.docs.map((d) => d.level))].filter((l) => l >= 0).sort((a, b) => a - b);
  const label = (k: number) => `${site.issuerOf(k)}\n→ ${site.str(site.docs[site.docs[k].parent].issuer) || site.docs[site.docs[k].parent].name}`;
  const parts = levels.flatMap((level) => {
    const ranked = site.docs
      .map((d, k) => k)
      .filter((k) => site.docs[k].level === level && site.docs[k].parent >= 0 && sim.madeLate[k] > 0)
      .sort((a, b) => sim.madeLate[b] - sim.madeLate[a] || a - b)
      .slice(0, TOP);
    if (!ranked.length) return [];
    const title = levelLabel(site.data.levels[level], site.data.locale);
    const chart = rankedBars(
      ranked.map((k) => ({ label: label(k), value: sim.madeLate[k], text: f.percent(sim.madeLate[k]) })),
      { ariaLabel: `${w.culprits} — ${title}`, x: w.pMadeLate, percent: true, f },
    );
    const data = table(
      `${w.culprits} — ${title}`,
      [w.body, w.parent, w.pMadeLate, w.reportsOnTime],
      ranked.map((k) => [h("a", { href: docHref(site.docs[k].name) }, site.label(k)), site.label(site.docs[k].parent), f.percent(sim.madeLate[k]), f.percent(sim.onTime[k])]),
      { numeric: [2, 3] },
    );
    return [h("h3", {}, title), chartFigure(`${w.culprits} — ${title}`, chart, data, w.showTable)];
  });
  return section("culprits", w.culprits, w.culpritsNote, parts.length ? parts : h("p", {}, w.noCulprits));
}
