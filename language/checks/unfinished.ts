// `unfinished` (warning): a comment that marks work left to do — one starting with `TODO`, `FIXME`
// or `CẦN BỔ SUNG` (any case), as ESLint's `no-warning-comments`. The editor's quick fixes mark the
// stubs they insert this way (a covering task whose lead, deadline and indicator are only a
// starting point), so a plan of stubs does not lint clean until the drafter has done the work and
// removed the mark. Reported on the comment; no quick fix (only the drafter can finish the work).
import { type Rule } from "./rule.js";

/** The marks, at the start of a comment's text. */
export const UNFINISHED_MARKS = ["TODO", "FIXME", "CẦN BỔ SUNG"];

const MARK = new RegExp(`^(?:\\/\\/|\\/\\*)\\s*(${UNFINISHED_MARKS.join("|")})\\b`, "iu");

export const unfinished: Rule = {
  id: "unfinished",
  defaultSeverity: "warning",
  description: {
    vi: "Ghi chú đánh dấu việc còn dang dở (TODO, FIXME, CẦN BỔ SUNG), ví dụ nhiệm vụ khung do sửa nhanh chèn vào.",
    en: "A comment marking unfinished work (TODO, FIXME, CẦN BỔ SUNG), such as the stubs quick fixes insert.",
  },
  messages: {
    marked: {
      vi: "Còn việc dang dở: {text}",
      en: "Unfinished work: {text}",
    },
  },
  check(context) {
    for (const comment of context.file.comments) {
      if (!MARK.test(comment.text)) continue;
      const text = comment.text.replace(/^\/\/|^\/\*|\*\/$/g, "").replace(/\s+/g, " ").trim();
      context.report({ span: comment.span, messageId: "marked", data: { text: text.length > 100 ? `${text.slice(0, 99)}…` : text } });
    }
  },
};
