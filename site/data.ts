// The dashboard's data: what `plancode site` writes and what the language server sends to the
// editor's dashboard (`plancode/site`). Plain JSON, built by `site/model.ts`, read by the browser
// app (`site/app/`). Compact on purpose (a nationwide workspace has 10,800 documents and 90,000
// tasks): a string that repeats (a body's full name, a title, an indicator, a file) is stored
// once in `strings` and referred to by its index; documents refer to each other by index; dates
// are day numbers (days since 1970-01-01, `language/ast/calendar.ts`); -1 means "none".
//
// Two parts: what the overview, the tree and the search need for every document (`docs`), and
// what only a document's own page needs (`details`: its tasks and history, four fifths of the
// bytes). The editor gets both at once; the static site embeds the first in index.html and
// writes the details in chunk files the app loads when a document is opened (site/render.ts).
import type { Locale } from "../language/index.js";

export const SITE_DATA_VERSION = 1;

export interface SiteData {
  version: typeof SITE_DATA_VERSION;
  /** The language of the words the app shows (the data itself is the same in both). */
  locale: Locale;
  /** The day the states and overdue items are computed for (`--as-of`). */
  asOf: number;
  strings: string[];
  /** The hierarchy's levels, highest first (`Workspace.levels()`). */
  levels: SiteLevel[];
  /**
   * Every document (plans and directives: the same set `plancode status` lists), in tree order:
   * each root, then its subtree, depth first. A document's parent comes before it.
   */
  docs: SiteDoc[];
  /** The directive at the top of the largest cascade (index), or -1. */
  main: number;
  /** How the main directive's tasks are covered at each level below it. */
  coverage: SiteCoverage | null;
  /** The Monte-Carlo simulation of the main directive's cascade. */
  simulation: SiteSimulation | null;
  /**
   * Each document's tasks and history, aligned with `docs`; in the static site, where they
   * were split into chunk files instead (site/render.ts).
   */
  details: SiteDetails[] | SiteDetailFiles;
}

export interface SiteDetailFiles {
  /** Documents per file: the details of document i are in file `Math.floor(i / perFile)`. */
  perFile: number;
  /** The file of chunk k: `prefix` + k + `.js`, relative to index.html. */
  prefix: string;
}

/**
 * A chunk file's content, passed to the global `plancodeDetails(chunk)` the app defines. Its
 * string indices refer to its own `strings`.
 */
export interface SiteDetailChunk {
  /** The index of the first document it holds. */
  first: number;
  strings: string[];
  details: SiteDetails[];
}

export interface SiteDetails {
  /** Every task, nested ones after their parent (depth first). */
  tasks: SiteTask[];
  /** The `history` block: `[day, event, note string or -1]`; event as written (`reviewed final`). */
  history: [day: number, event: string, note: number][];
}

export interface SiteLevel {
  name: string;
  title: string;
}

export interface SiteDoc {
  name: string;
  kind: "directive" | "plan";
  /** Strings: the document's number (`123-KH/TU`) and title. */
  number: number;
  title: number;
  /** String: the issuing body's full name. */
  issuer: number;
  /** String: the levelled unit the issuer belongs to (`Tỉnh ủy Bình Thuận` for its Ban Thường vụ), when it is not the issuer itself. */
  unit: number;
  /** Index into `levels` (the issuer's level). */
  level: number;
  /** Index of the parent document (in `docs`). */
  parent: number;
  /** String: the file (a path relative to the workspace for the site, a URI for the editor). */
  file: number;
  /** UTF-16 offset of the document's name in its file (the editor opens it there). */
  offset: number;
  issued: number | null;
  horizon: number | null;
  /** LANGUAGE.md's state name (`implementing`, `approval:appraise`). */
  state: string;
  since: number | null;
  /** What was due by `asOf` and has not happened: `[what, due day]` (`report`, `review final`, `approval:<step>`). */
  overdue: [what: string, due: number][];
  next: [what: string, due: number] | null;
  /**
   * Indices of the parent's tasks this plan covers (directly, through an ancestor, or through all
   * subtasks): the parent's coverage matrix reads them, so they are here rather than in details.
   */
  covers: number[];
}

/**
 * A task, as a tuple (90,000 of them): name; title (string); depth (0 top-level, 1 a subtask…);
 * the parent document's tasks it names in `covers` (indices in the parent's `tasks`); the lead
 * body's full name (string); the supporting bodies' (strings); the deadline — a day number for a
 * date, the period as written otherwise (`Q4/2023`, `2030`, `ongoing`), null without one; the
 * indicators as `[text string, target as written]`.
 */
export type SiteTask = [
  name: string,
  title: number,
  depth: number,
  covers: number[],
  lead: number,
  support: number[],
  due: number | string | null,
  indicators: [text: number, target: string][],
];

export interface SiteCoverage {
  /** The directive (index in `docs`). */
  directive: number;
  /** The directive's top-level tasks (their titles inline: the overview shows them before any details load). */
  tasks: { name: string; title: string }[];
  /** One row per level below the directive that has plans in its cascade. */
  levels: SiteCoverageLevel[];
}

export interface SiteCoverageLevel {
  /** Index into `levels`. */
  level: number;
  /** Plans of the cascade at this level. */
  plans: number;
  /** Per directive task (in `SiteCoverage.tasks` order): how many of those plans carry it (see `site/coverage.ts`). */
  covering: number[];
}

export interface SiteSimulation {
  /** The simulated directive (index in `docs`). */
  directive: number;
  runs: number;
  seed: number;
  until: number;
  /** The directive's outstanding reports and reviews. */
  milestones: SiteMilestone[];
  /** Per document (aligned with `docs`): the probability that it makes its parent late (0 outside the cascade). */
  madeLate: number[];
  /** Per document: the share of its simulated reports on time; null when none was simulated. */
  onTime: (number | null)[];
}

export interface SiteMilestone {
  /** `report`, `review preliminary`, `review final`. */
  what: string;
  /** A report's number (1-based). */
  k: number | null;
  deadline: number | null;
  pOnTime: number | null;
  median: number;
  p90: number;
  /** The simulated completion dates: `[day, runs]`, days ascending. */
  dates: [number, number][];
}
