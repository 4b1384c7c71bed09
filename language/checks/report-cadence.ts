// `report-cadence`: a plan's reports must reach its parent in time to be aggregated.
//
// Only plans whose parent document has `report` lines are checked. Which of the plan's reports
// answers the parent: those sent (`to`) to a unit in the subtree of the parent issuer's levelled
// unit (for KL57, issued by `bo-chinh-tri`, anything under `trung-uong`); when none is, all of the
// plan's reports; reports sent upwards (outside the plan issuer's own levelled unit) are preferred
// over ones kept inside it. Of those, the most frequent one is compared with every report of the parent:
// - `lessOften` on its `every`: less often than the parent's most frequent report. Durations
//   are compared in months (a year is 12 months, a month is 365/12 days) with an allowance of
//   0.05 month (about a day and a half), so `every 183 days` passes for `every 6 months`;
// - `dueAfter` on its `due day`: a later day of the month than the parent's earliest due day,
//   so the parent cannot aggregate it (the same day is allowed);
// - `noReporting`: the plan has no `report` at all (on its `reporting` keyword when it has an
//   empty block, else on its `parent` name).
// Quick fixes write what the parent requires: its `every` for `lessOften`, its earliest due day
// for `dueAfter` (the latest day the rule allows), and for `noReporting` a `report` line with both,
// sent to the body that aggregates the parent's reports (the parent's first approval step, its
// advisory body; else its issuer) — inside the existing `reporting` block, or in a new one.
import type { DocumentDecl, ReportDecl } from "../ast/nodes.js";
import { durationText, format } from "../i18n/messages.js";
import { durationMonths, eolOf, forEachPlan, indentAt, type Fix, type Rule, type RuleContext } from "./rule.js";

const ALLOWANCE_MONTHS = 0.05;

export const reportCadence: Rule = {
  id: "report-cadence",
  fixable: true,
  defaultSeverity: "warning",
  description: {
    vi: "Kế hoạch báo cáo thưa hơn yêu cầu của văn bản cha, hoặc hạn báo cáo muộn hơn hạn của văn bản cha nên cấp trên không kịp tổng hợp.",
    en: "A plan reporting less often than its parent requires, or due after the parent's own due day so that the parent cannot aggregate.",
  },
  messages: {
    lessOften: {
      vi: "Báo cáo mỗi {every} thưa hơn yêu cầu của văn bản cha '{parent}' (mỗi {parentEvery})",
      en: "Reporting every {every} is less often than the parent document '{parent}' requires (every {parentEvery})",
    },
    dueAfter: {
      vi: "Hạn báo cáo ngày {day} muộn hơn hạn ngày {parentDay} của văn bản cha '{parent}': cấp trên không kịp tổng hợp",
      en: "Reports due on day {day} come after day {parentDay}, when the parent document '{parent}' reports: it cannot aggregate them",
    },
    noReporting: {
      vi: "Kế hoạch chưa có chế độ báo cáo ('report'), trong khi văn bản cha '{parent}' yêu cầu báo cáo mỗi {parentEvery}",
      en: "The plan has no reporting ('report') while its parent document '{parent}' reports every {parentEvery}",
    },
  },
  // Durations travel as written (`6 months`) and are worded in the reader's language.
  render: (messageId, data, locale) => {
    const words = { ...data };
    for (const key of ["every", "parentEvery"]) if (key in words) words[key] = durationText(String(words[key]), locale);
    return format(reportCadence.messages[messageId]?.[locale] ?? messageId, words);
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

function months(r: ReportDecl): number | undefined {
  return r.every ? durationMonths(r.every) : undefined;
}

function dueDay(r: ReportDecl): number | undefined {
  const v = r.dueDay?.value;
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** The element with the smallest defined key (the first on a tie), or undefined. */
function minBy<T>(items: readonly T[], key: (t: T) => number | undefined): { item: T; value: number } | undefined {
  let best: { item: T; value: number } | undefined;
  for (const item of items) {
    const v = key(item);
    if (v !== undefined && (!best || v < best.value)) best = { item, value: v };
  }
  return best;
}

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  const ws = context.workspace;
  if (!plan.parent) return;
  const parent = ws.parentDocument(plan);
  if (!parent || parent === plan) return;
  const required = parent.reporting?.reports ?? [];
  if (!required.length) return;
  const strictest = minBy(required, months);
  const earliest = minBy(required, dueDay);
  const parentEvery = strictest?.item.every?.raw ?? required[0].every?.raw ?? "?";

  const own = plan.reporting?.reports ?? [];
  if (!own.length) {
    const every = strictest?.item.every?.raw ?? required[0].every?.raw;
    const fix = every ? insertReport(context, plan, parent, every, earliest?.value) : undefined;
    context.report({
      span: plan.reporting?.keySpan ?? plan.parent.span,
      messageId: "noReporting",
      data: { parent: parent.name.text, parentEvery },
      fixes: fix && [fix],
    });
    return;
  }

  const answering = reportsToParent(context, plan, parent, own);
  const chosen = minBy(answering, months)?.item ?? answering[0];
  const m = months(chosen);
  if (chosen.every && m !== undefined && strictest && m > strictest.value + ALLOWANCE_MONTHS) {
    const parentEveryRaw = strictest.item.every?.raw ?? "";
    context.report({
      span: chosen.every.span,
      messageId: "lessOften",
      data: { every: chosen.every.raw, parent: parent.name.text, parentEvery: parentEveryRaw },
      fixes: parentEveryRaw
        ? [{ title: { vi: `Báo cáo mỗi ${parentEveryRaw} như văn bản cha`, en: `Report every ${parentEveryRaw}, as the parent does` }, edits: [{ span: chosen.every.span, newText: parentEveryRaw }], safe: true }]
        : [],
    });
  }
  const d = dueDay(chosen);
  if (chosen.dueDay && d !== undefined && earliest && d > earliest.value) {
    const parentDay = String(earliest.value);
    context.report({
      span: chosen.dueDay.span,
      messageId: "dueAfter",
      data: { day: chosen.dueDay.raw, parentDay: earliest.item.dueDay?.raw ?? parentDay, parent: parent.name.text },
      fixes: [{ title: { vi: `Hạn báo cáo ngày ${parentDay}`, en: `Reports due on day ${parentDay}` }, edits: [{ span: chosen.dueDay.span, newText: parentDay }], safe: true }],
    });
  }
}

/**
 * The plan's reports that answer the parent, by preference: those sent upwards into the parent
 * issuer's levelled unit (outside the plan issuer's own levelled unit); else those sent anywhere
 * into the parent issuer's levelled unit; else all of them.
 */
function reportsToParent(context: RuleContext, plan: DocumentDecl, parent: DocumentDecl, own: ReportDecl[]): ReportDecl[] {
  const ws = context.workspace;
  const issuer = parent.issuer && ws.lookupUnit(parent.issuer.text);
  if (!issuer) return own;
  const root = ws.levelledUnit(issuer) ?? issuer;
  const planIssuer = plan.issuer && ws.lookupUnit(plan.issuer.text);
  const home = planIssuer && (ws.levelledUnit(planIssuer) ?? planIssuer);
  const inParent: ReportDecl[] = [];
  const upwards: ReportDecl[] = [];
  for (const r of own) {
    const to = r.to && ws.lookupUnit(r.to.text);
    if (!to || !ws.inSubtree(to, root)) continue;
    inParent.push(r);
    if (!home || home === root || !ws.inSubtree(to, home)) upwards.push(r);
  }
  return upwards.length ? upwards : inParent.length ? inParent : own;
}

/** The body that aggregates `parent`'s reports: its advisory body (first approval step), else its issuer. */
function aggregator(parent: DocumentDecl): string | undefined {
  return parent.approval?.steps[0]?.by?.text ?? parent.issuer?.text;
}

/** A `report` line meeting the parent's cadence, in the plan's `reporting` block or a new one before `history`. */
function insertReport(context: RuleContext, plan: DocumentDecl, parent: DocumentDecl, every: string, day: number | undefined): Fix | undefined {
  const text = context.file.text;
  const eol = eolOf(text);
  const to = aggregator(parent);
  const line = `report "Báo cáo định kỳ" every ${every}${day !== undefined ? ` due day ${day}` : ""}${to ? ` to ${to}` : ""}`;
  const title = { vi: `Thêm chế độ báo cáo mỗi ${every} như văn bản cha`, en: `Add reporting every ${every}, as the parent requires` };
  const block = plan.reporting;
  if (block) {
    // Inside the block, after its opening brace.
    const open = text.indexOf("{", block.keySpan.end);
    if (open < 0 || open >= block.span.end) return undefined;
    const indent = `${indentAt(text, block.span.start)}  `;
    return { title, edits: [{ span: { start: open + 1, end: open + 1 }, newText: `${eol}${indent}${line}` }] };
  }
  const close = plan.span.end - 1;
  if (text[close] !== "}") return undefined;
  const before = plan.history ?? undefined;
  const at = before ? before.span.start - indentAt(text, before.span.start).length : text.lastIndexOf("\n", close - 1) + 1;
  const first = plan.items[0];
  const indent = first ? indentAt(text, first.span.start) : "  ";
  const newText = `${indent}reporting {${eol}${indent}  ${line}${eol}${indent}}${eol}${before ? eol : ""}`;
  if (!before && text.slice(at, close).trim() !== "") return undefined; // `}` shares a line: leave it to the drafter
  return { title, edits: [{ span: { start: at, end: at }, newText }] };
}
