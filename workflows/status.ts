// Where a document stands on a date: its state, since when, what is overdue and what comes next —
// LANGUAGE.md's `status --format json` entry, exactly.
//
// - An approval step is overdue once `as-of` is past its `within`, counted from entering the step
//   (a step entered on 1/9 `within 10 days` is due 11/9 and overdue from 12/9).
// - A report is overdue once `as-of` is past its due date (`schedule.ts`) and no `reported` event
//   satisfies it: each `reported` event satisfies the earliest outstanding report, across all
//   series in order of due date (so an early report counts for the next one, a late one for the
//   oldest one missing).
// - A review is overdue once `as-of` is past its `by` date and it was not held (a preliminary
//   review no longer can be once the final review is held).
// - Reports and reviews are duties of an issued document: they count in `issued` and
//   `implementing`, not before issuance and not after `closed`. Reports due after the horizon are
//   not required.
// - `next` is the nearest deadline on or after `as-of` that has not been met; null when none.
import { deadlineJson, formatIso, parseDayString, stateName, type Deadline, type DocumentDecl, type DocumentStatus, type Workspace } from "../language/index.js";
import { replay, type Engine, type Replay } from "./replay.js";
import { reportDue } from "./schedule.js";
import { addSpan, planSpec, type PlanSpec } from "./spec.js";

/** A `Deadline` in JSON: its day as an ISO date. */
export interface StatusItem {
  /** `report`, `review preliminary`, `review final`, `approval:<step>`. */
  what: string;
  /** ISO date. */
  due: string;
}

/** One entry of `plancode status --format json` (LANGUAGE.md): a `DocumentStatus` in JSON. */
export interface PlanStatus {
  name: string;
  file: string;
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `implementing`, `closed`. */
  state: string;
  /** ISO date of the event that entered the state; null when unknown (a draft without history). */
  since: string | null;
  overdue: StatusItem[];
  next: StatusItem | null;
}

export type { Deadline };

export interface Deadlines {
  overdue: Deadline[];
  next: Deadline | undefined;
}

/** The deadlines of a replayed document as of `asOf`. */
export function deadlinesOf(r: Replay, asOf: number): Deadlines {
  const { spec, state, context } = r;
  const overdue: Deadline[] = [];
  const upcoming: Deadline[] = [];
  const add = (what: string, due: number): void => void (due < asOf ? overdue : upcoming).push({ what, due });

  if (state.phase === "approval") {
    const step = spec.steps[state.step];
    if (step?.within && context.since !== null) add(`approval:${step.name}`, addSpan(context.since, step.within));
  }
  if ((state.phase === "issued" || state.phase === "implementing") && context.issuedOn !== null) {
    const { outstanding } = reportLedger(spec, context.issuedOn, context.reported.length, asOf);
    for (const due of outstanding) {
      if (due < asOf) add("report", due);
      else {
        add("report", due);
        break;
      }
    }
    for (const review of spec.reviews) {
      const held = review.which === "final" ? context.reviewedFinal !== null : context.reviewedPreliminary !== null || context.reviewedFinal !== null;
      if (!held) add(`review ${review.which}`, review.by);
    }
  }
  overdue.sort((a, b) => a.due - b.due);
  upcoming.sort((a, b) => a.due - b.due);
  return { overdue, next: upcoming[0] };
}

/**
 * The report instances of a document issued on `issued` (all series merged in due order, none past
 * the horizon), the first `satisfied` of them met by `reported` events: returns the due dates of
 * the outstanding ones up to the first due on or after `asOf`.
 */
export function reportLedger(spec: PlanSpec, issued: number, satisfied: number, asOf: number): { outstanding: number[] } {
  const dues: number[] = [];
  for (const report of spec.reports) {
    // Enough instances of each series: all due by `asOf`, plus as many as were satisfied, plus one.
    let beyond = 0;
    for (let k = 1; k < 100_000; k++) {
      const due = reportDue(report, issued, k);
      if (spec.horizon !== undefined && due > spec.horizon) break;
      dues.push(due);
      if (due >= asOf && ++beyond > satisfied) break;
    }
  }
  dues.sort((a, b) => a - b);
  return { outstanding: dues.slice(satisfied) };
}

/** Where one document stands as of `asOf` (a day number): the status model of language/lifecycle/status.ts. */
export function documentStatus(doc: DocumentDecl, asOf: number, engine: Engine = "xstate"): DocumentStatus {
  const spec = planSpec(doc);
  const r = replay(spec, asOf, { engine });
  const d = deadlinesOf(r, asOf);
  const status: DocumentStatus = { state: stateName(r.state, spec.steps.map((s) => s.name)), overdue: d.overdue };
  if (r.context.since !== null) status.since = r.context.since;
  if (d.next) status.next = d.next;
  return status;
}

/** The status of one document as of `asOf` (a day number), as `plancode status --format json` prints it. */
export function statusOf(doc: DocumentDecl, workspace: Workspace, asOf: number, engine: Engine = "xstate"): PlanStatus {
  const status = documentStatus(doc, asOf, engine);
  return {
    name: doc.name.text,
    file: workspace.uriOf(doc) ?? "",
    state: status.state,
    since: status.since === undefined ? null : formatIso(status.since),
    overdue: status.overdue.map(deadlineJson),
    next: status.next ? deadlineJson(status.next) : null,
  };
}

export interface WorkspaceStatusOptions {
  /** Only documents declared in these files (URIs); default: every file. */
  uris?: readonly string[];
  engine?: Engine;
}

/** One entry per document (plans and directives), in file order then source order. */
export function workspaceStatus(workspace: Workspace, asOf: number, options: WorkspaceStatusOptions = {}): PlanStatus[] {
  const only = options.uris ? new Set(options.uris) : undefined;
  return workspace
    .documents()
    .filter((e) => !only || only.has(e.uri))
    .map((e) => statusOf(e.decl, workspace, asOf, options.engine));
}

const dayOf = (iso: string): number => parseDayString(iso) ?? Number.MAX_SAFE_INTEGER;

/** What `byUrgency` reads of a status: the shape of `status --format json` (and of the editor's entries). */
export interface UrgencyFields {
  name: string;
  overdue: readonly StatusItem[];
  next?: StatusItem | null;
}

/**
 * Most urgent first (the status table, the editor's Plancode view): documents with something
 * overdue (longest overdue first, then most items), then by the nearest next deadline, then those
 * with nothing due; ties by name.
 */
export function byUrgency(a: UrgencyFields, b: UrgencyFields): number {
  const oa = a.overdue.length ? dayOf(a.overdue[0].due) : Number.MAX_SAFE_INTEGER;
  const ob = b.overdue.length ? dayOf(b.overdue[0].due) : Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  if (a.overdue.length !== b.overdue.length) return b.overdue.length - a.overdue.length;
  const na = a.next ? dayOf(a.next.due) : Number.MAX_SAFE_INTEGER;
  const nb = b.next ? dayOf(b.next.due) : Number.MAX_SAFE_INTEGER;
  if (na !== nb) return na - nb;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
