// What the workflow engine needs from a document, read once from its AST: approval steps,
// reports, reviews, the `issued` field, the horizon and the history as typed events. The AST may
// be partial (the parser recovers), so every field is optional here and bad entries are dropped
// (lint reports them; status and simulation work with what is there).
import {
  addMonths,
  eventOf,
  type DocumentDecl,
  type DocumentKind,
  type Duration,
  type EventWord,
  type ReviewKind,
} from "../language/index.js";

/** A duration in whole calendar units: days are exact, months and years are calendar months. */
export interface CalSpan {
  days: number;
  months: number;
}

export interface StepSpec {
  name: string;
  /** How long the step may last, counted from entering it; absent when not declared. */
  within?: CalSpan;
}

export interface ReportSpec {
  title?: string;
  every: CalSpan;
  /** The day of the month the report is due on (`due day 10`); absent: due on the period's end. */
  dueDay?: number;
}

export interface ReviewSpec {
  which: ReviewKind;
  /** The last day the review may be held on (a period means its last day). */
  by: number;
}

export interface HistoryEntry {
  date: number;
  event: EventWord;
  note?: string;
}

export interface PlanSpec {
  name: string;
  kind: DocumentKind;
  /** At least one: a document without `approval` has one implicit step. */
  steps: StepSpec[];
  /** True when `steps` is the implicit single step. */
  implicitStep: boolean;
  reports: ReportSpec[];
  reviews: ReviewSpec[];
  /** The `issued` field as a day range (a plain date has first = last). */
  issued?: { first: number; last: number };
  /** The horizon's last day. */
  horizon?: number;
  /** History entries with a known date and event word, in written order. */
  history: HistoryEntry[];
}

/** The name of the implicit approval step of a document without an `approval` block. */
export const IMPLICIT_STEP = "draft";

export function durationSpan(d: Duration | undefined): CalSpan | undefined {
  if (!d || !Number.isFinite(d.amount) || d.amount < 0) return undefined;
  switch (d.unit) {
    case "days":
      return { days: Math.round(d.amount), months: 0 };
    case "months":
      return { days: 0, months: Math.round(d.amount) };
    case "years":
      return { days: 0, months: Math.round(d.amount * 12) };
    default:
      return undefined;
  }
}

/** `day` plus `times` × `span` (calendar months, clamped to the month's length). */
export function addSpan(day: number, span: CalSpan, times = 1): number {
  const months = span.months * times;
  return (months ? addMonths(day, months) : day) + span.days * times;
}

/** A span in (approximate) days, for the delay model's medians. */
export function spanDays(span: CalSpan): number {
  return span.days + Math.round(span.months * 30.44);
}

export function isEmptySpan(span: CalSpan): boolean {
  return span.days === 0 && span.months === 0;
}

const specCache = new WeakMap<DocumentDecl, PlanSpec>();

/** The workflow view of a document (cached per AST node: ASTs are immutable values). */
export function planSpec(doc: DocumentDecl): PlanSpec {
  const hit = specCache.get(doc);
  if (hit) return hit;
  const declared = doc.approval?.steps.filter((s) => s.name.text !== "") ?? [];
  const steps: StepSpec[] = declared.map((s) => ({ name: s.name.text, within: durationSpan(s.within) }));
  const implicitStep = steps.length === 0;
  if (implicitStep) steps.push({ name: IMPLICIT_STEP });

  const reports: ReportSpec[] = [];
  for (const r of doc.reporting?.reports ?? []) {
    const every = durationSpan(r.every);
    if (!every || isEmptySpan(every)) continue;
    const dueDay = r.dueDay && Number.isInteger(r.dueDay.value) && r.dueDay.value >= 1 && r.dueDay.value <= 31 ? r.dueDay.value : undefined;
    reports.push({ title: r.title?.value, every, dueDay });
  }
  const reviews: ReviewSpec[] = [];
  for (const r of doc.reporting?.reviews ?? []) {
    if (!r.which || r.by?.last === undefined) continue;
    if (reviews.some((x) => x.which === r.which)) continue; // the first of each kind counts
    reviews.push({ which: r.which, by: r.by.last });
  }
  const history: HistoryEntry[] = [];
  for (const e of doc.history?.events ?? []) {
    const date = e.date.kind === "date" ? e.date.first : undefined;
    const event = eventOf(e.word.text, e.which);
    if (date === undefined || !event) continue;
    history.push(e.note ? { date, event, note: e.note.value } : { date, event });
  }
  const issued =
    doc.issued?.first !== undefined && doc.issued.last !== undefined ? { first: doc.issued.first, last: doc.issued.last } : undefined;
  const spec: PlanSpec = {
    name: doc.name.text,
    kind: doc.docKind,
    steps,
    implicitStep,
    reports,
    reviews,
    issued,
    horizon: doc.horizon?.last,
    history,
  };
  specCache.set(doc, spec);
  return spec;
}
