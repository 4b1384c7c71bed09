// The dashboard's data model: a Workspace → `SiteData` (site/data.ts). Pure, like workflows/: no
// I/O, no clock (the day is handed in). Used by `plancode site` (cli/commands/site.ts) and by the
// language server's `plancode/site` request (server/features/site-request.ts).
//
// The documents are those `plancode status` lists for the same files (the counts on the
// dashboard are the CLI's), each with its state computed by the same `statusOf`.
import {
  allTasks,
  parseDayString,
  planCoverage,
  type DocumentDecl,
  type Locale,
  type TaskDecl,
  type Temporal,
  type Workspace,
} from "../language/index.js";
import { cascadeDocuments, statusOf } from "../workflows/index.js";
import { bodyName, placeOf } from "./bodies.js";
import { coverageByLevel } from "./coverage.js";
import { SITE_DATA_VERSION, type SiteCoverage, type SiteData, type SiteDetails, type SiteDoc, type SiteTask } from "./data.js";
import { siteSimulation, type SiteSimulationOptions } from "./simulation.js";
import { StringTable } from "./strings.js";
import { treeOrder } from "./tree.js";

export interface SiteOptions {
  /** The day states and overdue items are computed for. */
  asOf: number;
  locale: Locale;
  /** Only the documents declared in these files (URIs): the paths given on the command line. Default: every file. */
  uris?: readonly string[];
  /** How the data names a file (default: its URI; the CLI gives a path relative to the workspace). */
  fileName?: (uri: string) => string;
  /** The simulation's runs, seed and delays; `false` leaves the simulation out. */
  simulation: Omit<SiteSimulationOptions, "asOf"> | false;
}

const dayOf = (iso: string | null): number | null => (iso === null ? null : (parseDayString(iso) ?? null));

/** A deadline as the data keeps it: the day of a date, the period as written otherwise. */
function due(value: Temporal | undefined): number | string | null {
  if (!value) return null;
  if (value.kind === "date" && value.last !== undefined) return value.last;
  return value.kind === "ongoing" ? "ongoing" : value.raw;
}

export function buildSiteData(ws: Workspace, options: SiteOptions): SiteData {
  const only = options.uris ? new Set(options.uris) : undefined;
  const entries = ws.documents().filter((e) => !only || only.has(e.uri));
  const decls = entries.map((e) => e.decl);
  const levels = ws.levels();
  const levelIndex = new Map(levels.map((l, i) => [l.name, i]));
  const position = new Map<DocumentDecl, number>();
  decls.forEach((d, i) => position.has(d) || position.set(d, i));

  const issuers = decls.map((d) => (d.issuer ? ws.lookupUnit(d.issuer.text) : undefined));
  const levelOf = issuers.map((u) => {
    const level = u && ws.levelOf(u);
    return level ? (levelIndex.get(level.name) ?? -1) : -1;
  });
  const issuerNames = decls.map((d) => (d.issuer ? bodyName(ws, d.issuer.text) : ""));
  const parents = decls.map((d) => {
    const p = ws.parentDocument(d);
    return p ? (position.get(p) ?? -1) : -1;
  });
  const tree = treeOrder({
    parent: parents,
    rank: levelOf.map((l) => (l < 0 ? levels.length : l)),
    issuer: issuerNames,
    name: decls.map((d) => d.name.text),
  });
  const at = new Array<number>(decls.length);
  tree.order.forEach((old, i) => (at[old] = i));

  const strings = new StringTable();
  const taskLists = new Map<DocumentDecl, Map<TaskDecl, number>>();
  const taskNumbers = (doc: DocumentDecl): Map<TaskDecl, number> => {
    let map = taskLists.get(doc);
    if (!map) taskLists.set(doc, (map = new Map(allTasks(doc).map((t, i) => [t, i]))));
    return map;
  };
  // 90,000 tasks name a few bodies each: look each body up once.
  const bodies = new Map<string, number>();
  const body = (name: string | undefined): number => {
    if (name === undefined) return -1;
    let id = bodies.get(name);
    if (id === undefined) bodies.set(name, (id = strings.id(bodyName(ws, name))));
    return id;
  };
  const fileName = options.fileName ?? ((uri: string) => uri);

  const details: SiteDetails[] = [];
  const docs: SiteDoc[] = tree.order.map((old) => {
    const decl = decls[old];
    const status = statusOf(decl, ws, options.asOf, "compiled");
    const parentDecl = ws.parentDocument(decl);
    const parentTasks = parentDecl && parentDecl !== decl ? taskNumbers(parentDecl) : undefined;
    const tasks = allTasks(decl).map((t): SiteTask => {
      const covers: number[] = [];
      for (const ref of t.covers) {
        const found = parentTasks && ws.resolveTask(decl, ref);
        const i = found && found.doc === parentDecl ? parentTasks!.get(found.task) : undefined;
        if (i !== undefined && !covers.includes(i)) covers.push(i);
      }
      let depth = 0;
      for (let p = t.parentTask; p; p = p.parentTask) depth++;
      return [
        t.name.text,
        strings.id(t.title?.value ?? ""),
        depth,
        covers,
        body(t.leads[0]?.units[0]?.text),
        t.supports.flatMap((s) => s.units.map((u) => body(u.text))),
        due(t.dues[0]?.value),
        t.indicators.map((ind): [number, string] => [strings.id(ind.text?.value ?? ""), ind.target?.raw ?? ""]),
      ];
    });
    const coverage = parentTasks ? planCoverage(ws, decl) : undefined;
    const covers = coverage ? [...parentTasks!].filter(([task]) => coverage.isCovered(task)).map(([, i]) => i) : [];
    const doc: SiteDoc = {
      name: decl.name.text,
      kind: decl.docKind,
      number: strings.id(decl.number?.value),
      title: strings.id(decl.title?.value),
      issuer: decl.issuer ? strings.id(issuerNames[old]) : -1,
      unit: strings.id(placeOf(ws, issuers[old])),
      level: levelOf[old],
      parent: tree.parent[old] < 0 ? -1 : at[tree.parent[old]],
      file: strings.id(fileName(entries[old].uri)),
      offset: decl.name.span.start,
      issued: decl.issued?.last ?? null,
      horizon: decl.horizon?.last ?? null,
      state: status.state,
      since: dayOf(status.since),
      overdue: status.overdue.map((o): [string, number] => [o.what, dayOf(o.due) ?? 0]),
      next: status.next ? [status.next.what, dayOf(status.next.due) ?? 0] : null,
      covers,
    };
    details.push({
      tasks,
      history: (decl.history?.events ?? []).map((e): [number, string, number] => [
        e.date.last ?? e.date.first ?? 0,
        e.which ? `${e.word.text} ${e.which}` : e.word.text,
        strings.id(e.note?.value),
      ]),
    });
    return doc;
  });

  // The main directive: the first root that is a directive (roots come largest cascade first).
  const main = docs.findIndex((d) => d.parent < 0 && d.kind === "directive");
  const mainDecl = main < 0 ? undefined : decls[tree.order[main]];
  return {
    version: SITE_DATA_VERSION,
    locale: options.locale,
    asOf: options.asOf,
    strings: strings.strings,
    levels: levels.map((l) => ({ name: l.name, title: l.title })),
    docs,
    main,
    coverage: mainDecl ? siteCoverage(ws, mainDecl, main, position, levelOf) : null,
    simulation:
      mainDecl && options.simulation
        ? (siteSimulation(ws, main, docs.map((d) => d.name), { ...options.simulation, asOf: options.asOf }) ?? null)
        : null,
    details,
  };
}

/** How the main directive's top-level tasks are carried at each level (only the listed plans count). */
function siteCoverage(ws: Workspace, directive: DocumentDecl, index: number, position: Map<DocumentDecl, number>, levelOf: number[]): SiteCoverage {
  const levelOfDoc = (doc: DocumentDecl): number | undefined => {
    const i = position.get(doc);
    return i === undefined || levelOf[i] < 0 ? undefined : levelOf[i];
  };
  const { tasks, plans, covering } = coverageByLevel(ws, directive, cascadeDocuments(directive, ws).docs, levelOfDoc);
  return {
    directive: index,
    tasks: tasks.map((t) => ({ name: t.name.text, title: t.title?.value ?? "" })),
    levels: [...plans.keys()].sort((a, b) => a - b).map((level) => ({ level, plans: plans.get(level)!, covering: covering.get(level)! })),
  };
}
