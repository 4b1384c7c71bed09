// `syntax`: lexical and parse errors. The parser has already recovered; this rule only surfaces
// the problems it recorded on the file, with localised messages.
import { SYNTAX_MESSAGES, syntaxMessage } from "../i18n/syntax-messages.js";
import type { Rule } from "./rule.js";

export const syntax: Rule = {
  id: "syntax",
  defaultSeverity: "error",
  description: {
    vi: "Lỗi từ vựng hoặc cú pháp (trình phân tích vẫn tiếp tục kiểm tra phần còn lại của tệp).",
    en: "A lexical or parse error (the parser recovers and keeps checking the rest).",
  },
  messages: SYNTAX_MESSAGES,
  render: (messageId, data, locale) => syntaxMessage(messageId, data as Record<string, string>, locale),
  check(context) {
    for (const problem of context.file.problems) {
      context.report({ span: problem.span, messageId: problem.messageId, data: problem.data });
    }
  },
};
