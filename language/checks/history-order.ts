// `history-order`: a document's `history` must be a run of its lifecycle. The events are replayed
// by `replayHistory` (lifecycle/replay.ts: the table of `lifecycle/transitions.ts`, the one source
// of truth the workflow engine uses too), starting in `INITIAL_STATE` with as many approval steps
// as the `approval` block has (one when it has none). Checked for plans and directives alike. Findings:
// - `notAllowed` on the event word: the lifecycle does not allow it in the current state; the
//   message lists the events that are allowed. Replay then goes on as if the events missing in
//   between had happened (the first state reachable from the current one in which the event is
//   allowed), so one forgotten event yields one finding, not one per later line; when no such
//   state is reachable (going backwards), the state is left as it was;
// - `outOfOrder` on the date: earlier than the previous event's date (the same day is fine);
// - `issuedDate` on the date of an `issued` event dated otherwise than the document's `issued`
//   (when `issued` is a period, any day within it matches).
// Unknown event words, and `reviewed` without `preliminary`/`final`, are `syntax` problems and
// are skipped. Overdue steps are not history errors (status and simulate report them).
import type { DocumentDecl, HistoryEvent } from "../ast/nodes.js";
import { replayHistory, stepNamesOf } from "../lifecycle/replay.js";
import { allowedEvents, stateName, type EventWord } from "../lifecycle/transitions.js";
import { forEachDocument, type Rule, type RuleContext } from "./rule.js";

export const historyOrder: Rule = {
  id: "history-order",
  defaultSeverity: "error",
  description: {
    vi: "Sự kiện trong 'history' không được vòng đời của văn bản cho phép ở trạng thái đó, sai thứ tự ngày, hoặc sự kiện 'issued' khác ngày ban hành của văn bản.",
    en: "A 'history' event that the lifecycle does not allow in that state, that is out of date order, or an 'issued' event dated otherwise than the document's 'issued'.",
  },
  messages: {
    notAllowed: {
      vi: "Sự kiện '{event}' không hợp lệ ở trạng thái '{state}'; sự kiện được phép: {allowed}",
      en: "Event '{event}' is not allowed in state '{state}'; allowed: {allowed}",
    },
    notAllowedNone: {
      vi: "Sự kiện '{event}' không hợp lệ: văn bản đã ở trạng thái '{state}', không còn sự kiện nào được phép",
      en: "Event '{event}' is not allowed: the document is '{state}' and no further event is allowed",
    },
    outOfOrder: {
      vi: "Ngày {date} của sự kiện '{event}' sớm hơn ngày {previous} của sự kiện trước đó",
      en: "Date {date} of event '{event}' is earlier than {previous}, the date of the previous event",
    },
    issuedDate: {
      vi: "Sự kiện 'issued' ghi ngày {date} nhưng văn bản '{doc}' ghi ngày ban hành {issued}",
      en: "The 'issued' event is dated {date} but document '{doc}' says it was issued {issued}",
    },
  },
  check(context) {
    forEachDocument(context, (doc) => checkDocument(context, doc));
  },
};

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  if (!doc.history?.events.length) return;
  const stepNames = stepNamesOf(doc);
  let previous: HistoryEvent | undefined;
  replayHistory(doc, {
    policy: "resync",
    onEvent: ({ line, event, from, allowed }) => {
      checkDate(context, doc, line, event, previous);
      if (line.date.first !== undefined) previous = line;
      if (allowed) return;
      const next = allowedEvents(from, stepNames.length);
      const data = { event, state: stateName(from, stepNames), allowed: next.join(", ") };
      context.report({ span: eventSpan(context.file.text, line), messageId: next.length ? "notAllowed" : "notAllowedNone", data });
    },
  });
}

function checkDate(context: RuleContext, doc: DocumentDecl, ev: HistoryEvent, event: EventWord, previous: HistoryEvent | undefined): void {
  const day = ev.date.first;
  if (day === undefined) return;
  const before = previous?.date.first;
  if (previous && before !== undefined && day < before) {
    context.report({ span: ev.date.span, messageId: "outOfOrder", data: { date: ev.date.raw, event, previous: previous.date.raw } });
  }
  const issued = doc.issued;
  if (event !== "issued" || !issued || issued.first === undefined || issued.last === undefined) return;
  const last = ev.date.last ?? day;
  if (day < issued.first || last > issued.last) {
    context.report({ span: ev.date.span, messageId: "issuedDate", data: { date: ev.date.raw, doc: doc.name.text, issued: issued.raw } });
  }
}

/** The event word, with `preliminary`/`final` after `reviewed`. */
function eventSpan(text: string, ev: HistoryEvent): HistoryEvent["span"] {
  if (!ev.which) return ev.word.span;
  const at = text.indexOf(ev.which, ev.word.span.end);
  const limit = ev.note ? ev.note.span.start : ev.span.end;
  if (at < 0 || at + ev.which.length > limit) return ev.word.span;
  return { start: ev.word.span.start, end: at + ev.which.length };
}
