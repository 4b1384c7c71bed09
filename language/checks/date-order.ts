// `date-order`: dates that contradict each other. A month, quarter or year means its last day
// (`Q4/2023` is 31/12/2023, `horizon 2030` is 31/12/2030); `ongoing` has no date and is never
// compared. Checked for every document (plans and directives):
// - `beforeParent` / `beforeDirective` on `issued`: issued before the parent document's or the
//   implemented directive's `issued` (the same day is fine; when the parent is the directive, only
//   `beforeParent` is reported);
// - `dueAfterHorizon` on a task's `due` value: after the document's `horizon`;
// - `dueBeforeIssued` on a task's `due` value: before the document's `issued`;
// - `preliminaryBeforeIssued` / `finalBeforeIssued` on a review's `by` date: before `issued` (extension: a review deadline is a
//   deadline too; a final review after the horizon is normal, tổng kết follows the period);
// - `horizonBeforeIssued` on `horizon` (extension): the whole plan would be over before it starts;
// - `reviewOrder` on the preliminary review's `by`: not strictly before the final review's.
// `continues` is not compared (a directive may follow on from a later-dated one in a new term).
// Quick fixes where the right date follows from the others: a deadline after the horizon becomes
// the horizon; a horizon before issuance becomes the parent document's horizon when that is not.
import type { DocumentDecl, Temporal } from "../ast/nodes.js";
import { forEachDocument, forEachTask, type Rule, type RuleContext } from "./rule.js";

export const dateOrder: Rule = {
  id: "date-order",
  defaultSeverity: "error",
  description: {
    vi: "Ngày ban hành trước văn bản cha hoặc nghị quyết/kết luận được thực hiện; thời hạn sau mốc kết thúc ('horizon') hoặc trước ngày ban hành; sơ kết không trước tổng kết.",
    en: "Issued before its parent or directive; a deadline after the horizon or before issuance; a preliminary review not before the final review.",
  },
  messages: {
    beforeParent: {
      vi: "Ngày ban hành {issued} trước ngày ban hành {parentIssued} của văn bản cha '{parent}'",
      en: "Issued {issued}, before its parent document '{parent}' was issued ({parentIssued})",
    },
    beforeDirective: {
      vi: "Ngày ban hành {issued} trước ngày ban hành {directiveIssued} của văn bản được thực hiện '{directive}'",
      en: "Issued {issued}, before the directive it implements, '{directive}', was issued ({directiveIssued})",
    },
    dueAfterHorizon: {
      vi: "Thời hạn {due} của nhiệm vụ '{task}' sau mốc kết thúc {horizon} của '{doc}'",
      en: "Deadline {due} of task '{task}' is after the horizon {horizon} of '{doc}'",
    },
    dueBeforeIssued: {
      vi: "Thời hạn {due} của nhiệm vụ '{task}' trước ngày ban hành {issued} của '{doc}'",
      en: "Deadline {due} of task '{task}' is before '{doc}' is issued ({issued})",
    },
    preliminaryBeforeIssued: {
      vi: "Hạn sơ kết {due} trước ngày ban hành {issued} của '{doc}'",
      en: "The preliminary review deadline {due} is before '{doc}' is issued ({issued})",
    },
    finalBeforeIssued: {
      vi: "Hạn tổng kết {due} trước ngày ban hành {issued} của '{doc}'",
      en: "The final review deadline {due} is before '{doc}' is issued ({issued})",
    },
    horizonBeforeIssued: {
      vi: "Mốc kết thúc {horizon} trước ngày ban hành {issued} của '{doc}'",
      en: "The horizon {horizon} is before '{doc}' is issued ({issued})",
    },
    reviewOrder: {
      vi: "Hạn sơ kết {preliminary} không trước hạn tổng kết {final} của '{doc}'",
      en: "The preliminary review deadline {preliminary} is not before the final review deadline {final} of '{doc}'",
    },
  },
  check(context) {
    forEachDocument(context, (doc) => checkDocument(context, doc));
  },
};

/** The day a temporal stands for in comparisons: its last day; undefined for `ongoing` or invalid dates. */
function day(t: Temporal | undefined): number | undefined {
  return t && t.kind !== "ongoing" && t.last !== undefined ? t.last : undefined;
}

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  const ws = context.workspace;
  const issued = day(doc.issued);
  const horizon = day(doc.horizon);
  const name = doc.name.text;

  if (doc.issued && issued !== undefined) {
    const parent = ws.parentDocument(doc);
    const parentIssued = parent && parent !== doc ? day(parent.issued) : undefined;
    if (parent && parentIssued !== undefined && issued < parentIssued) {
      context.report({
        span: doc.issued.span,
        messageId: "beforeParent",
        data: { issued: doc.issued.raw, parent: parent.name.text, parentIssued: parent.issued?.raw ?? "" },
      });
    }
    const directive = doc.implements ? ws.lookupDocument(doc.implements.text) : undefined;
    const directiveIssued = directive && directive !== doc ? day(directive.issued) : undefined;
    if (directive && directive !== parent && directiveIssued !== undefined && issued < directiveIssued) {
      context.report({
        span: doc.issued.span,
        messageId: "beforeDirective",
        data: { issued: doc.issued.raw, directive: directive.name.text, directiveIssued: directive.issued?.raw ?? "" },
      });
    }
    if (doc.horizon && horizon !== undefined && horizon < issued) {
      const parentHorizon = parent && parent !== doc ? parent.horizon : undefined;
      const usable = parentHorizon && day(parentHorizon) !== undefined && day(parentHorizon)! >= issued;
      context.report({
        span: doc.horizon.span,
        messageId: "horizonBeforeIssued",
        data: { horizon: doc.horizon.raw, issued: doc.issued.raw, doc: name },
        fixes: usable
          ? [{ title: { vi: `Lấy mốc kết thúc của văn bản cha (${parentHorizon.raw})`, en: `Use the parent's horizon (${parentHorizon.raw})` }, edits: [{ span: doc.horizon.span, newText: parentHorizon.raw }] }]
          : [],
      });
    }
  }

  forEachTask(doc, (task) => {
    for (const item of task.dues) {
      const due = day(item.value);
      if (!item.value || due === undefined) continue;
      const data = { due: item.value.raw, task: task.name.text, doc: name };
      if (doc.horizon && horizon !== undefined && due > horizon && (issued === undefined || horizon >= issued)) {
        const horizonRaw = doc.horizon.raw;
        context.report({
          span: item.value.span,
          messageId: "dueAfterHorizon",
          data: { ...data, horizon: horizonRaw },
          fixes: [{ title: { vi: `Đặt thời hạn là mốc kết thúc (${horizonRaw})`, en: `Set the deadline to the horizon (${horizonRaw})` }, edits: [{ span: item.value.span, newText: horizonRaw }] }],
        });
      }
      if (doc.issued && issued !== undefined && due < issued) {
        context.report({ span: item.value.span, messageId: "dueBeforeIssued", data: { ...data, issued: doc.issued.raw } });
      }
    }
  });

  const reviews = doc.reporting?.reviews ?? [];
  for (const review of reviews) {
    const by = day(review.by);
    if (!review.by || !review.which || by === undefined || !doc.issued || issued === undefined || by >= issued) continue;
    context.report({
      span: review.by.span,
      messageId: review.which === "preliminary" ? "preliminaryBeforeIssued" : "finalBeforeIssued",
      data: { due: review.by.raw, issued: doc.issued.raw, doc: name },
    });
  }
  const finals = reviews.filter((r) => r.which === "final" && day(r.by) !== undefined);
  for (const pre of reviews) {
    const preDay = day(pre.by);
    if (pre.which !== "preliminary" || !pre.by || preDay === undefined) continue;
    const final = finals.find((f) => preDay >= day(f.by)!);
    if (!final?.by) continue;
    context.report({ span: pre.by.span, messageId: "reviewOrder", data: { preliminary: pre.by.raw, final: final.by.raw, doc: name } });
  }
}
