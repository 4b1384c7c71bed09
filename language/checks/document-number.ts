// `document-number`: a document's `number` follows Vietnamese numbering.
//
// The Party and State forms are read in `language/document/numbering.ts`; TYPE must be one of its
// DOCUMENT_TYPES (DOMAIN.md's list and a few more in real use). Findings:
// - `form` on the whole string: fits neither form;
// - `type` on the TYPE part: an unknown document type;
// - `issuerCode` on the ISSUER part: differs from the issuer's issuer code (`Workspace.issuerCode`:
//   its own `code` or the nearest container's), with a quick fix writing the right code. Nothing
//   is compared when the issuer is unknown or has no code anywhere above it.
// Both are compared after Unicode NFC normalisation. Directives and plans are both checked.
import type { DocumentDecl, StringLit } from "../ast/nodes.js";
import { DOCUMENT_TYPES, parseDocumentNumber } from "../document/numbering.js";
import { forEachDocument, quote, type Rule, type RuleContext } from "./rule.js";

/** The document type codes, in the order the message lists them. */
export const TYPES: readonly string[] = [...DOCUMENT_TYPES.keys()];

export const documentNumber: Rule = {
  id: "document-number",
  fixable: true,
  defaultSeverity: "warning",
  description: {
    vi: "Số hiệu văn bản không theo thể thức của Đảng (57-KL/TW) hay Nhà nước (139/KH-UBND), hoặc ký hiệu cơ quan ban hành khác mã của cơ quan ban hành.",
    en: "A number that fits neither Party (57-KL/TW) nor State (139/KH-UBND) numbering, or whose issuer code differs from the issuer's code.",
  },
  messages: {
    form: {
      vi: "Số hiệu '{number}' không theo thể thức văn bản của Đảng (57-KL/TW) hay Nhà nước (139/KH-UBND)",
      en: "Number '{number}' fits neither Party (57-KL/TW) nor State (139/KH-UBND) numbering",
    },
    type: {
      vi: "Loại văn bản '{type}' trong số hiệu '{number}' không hợp lệ; dùng một trong: {types}",
      en: "Unknown document type '{type}' in number '{number}'; use one of: {types}",
    },
    issuerCode: {
      vi: "Ký hiệu cơ quan ban hành '{found}' trong số hiệu '{number}' khác mã '{code}' của '{issuer}'",
      en: "Issuer code '{found}' in number '{number}' differs from the code '{code}' of '{issuer}'",
    },
  },
  check(context) {
    forEachDocument(context, (doc) => checkDocument(context, doc));
  },
};

function checkDocument(context: RuleContext, doc: DocumentDecl): void {
  const lit = doc.number;
  if (!lit) return;
  const number = lit.value.trim();
  const parsed = parseDocumentNumber(number);
  if (!parsed) {
    context.report({ span: lit.span, messageId: "form", data: { number } });
    return;
  }
  const { type, issuer: found } = parsed;
  if (!DOCUMENT_TYPES.has(type)) {
    context.report({ span: partSpan(lit, type, parsed.typeIndex), messageId: "type", data: { type, number, types: TYPES.join(", ") } });
  }
  const issuer = doc.issuer && context.workspace.lookupUnit(doc.issuer.text);
  const code = issuer && context.workspace.issuerCode(issuer);
  if (!issuer || !code || code.normalize("NFC") === found.normalize("NFC")) return;
  const span = partSpan(lit, found, number.length - found.length);
  // A precise span is replaced by the code; otherwise the whole literal is rewritten.
  const newText = span === lit.span ? quote(number.slice(0, number.length - found.length) + code) : code;
  context.report({
    span,
    messageId: "issuerCode",
    data: { found, number, code, issuer: issuer.name.text },
    fixes: [{ title: { vi: `Đổi ký hiệu thành '${code}'`, en: `Change the issuer code to '${code}'` }, edits: [{ span, newText }], safe: true }],
  });
}

/**
 * The span of a part of the number inside the string literal, when the literal is written plainly
 * (no escapes, no padding); else the whole literal.
 */
function partSpan(lit: StringLit, part: string, index: number): StringLit["span"] {
  const plain = lit.raw === `"${lit.value}"` && lit.value === lit.value.trim();
  if (!plain || index < 0) return lit.span;
  const start = lit.span.start + 1 + index;
  return { start, end: start + part.length };
}
