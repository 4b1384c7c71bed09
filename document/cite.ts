// How one document names another, and how a body is named: always in full, never by identifier
// (`Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị`, `Ban Tuyên giáo Tỉnh ủy`).
import { DOCUMENT_TYPES, parseDocumentNumber } from "../language/document/numbering.js";
import type { DocumentDecl, Ident, Workspace } from "../language/index.js";
import { shortDate, upperFirst } from "./words.js";

/** A body's full name (its title), or its identifier when it has none or is unknown. */
export function bodyName(ws: Workspace, ref: Ident | string | undefined): string {
  if (ref === undefined) return "";
  const name = typeof ref === "string" ? ref : ref.text;
  const unit = ws.lookupUnit(name);
  return unit?.title?.value.trim() || name;
}

/** The kind of document in words, lower case: from its number's type (`CTr` → `chương trình`), else by kind. */
export function typeWord(doc: DocumentDecl): string {
  const parsed = doc.number && parseDocumentNumber(doc.number.value);
  const word = parsed && DOCUMENT_TYPES.get(parsed.type);
  if (word) return word;
  return doc.docKind === "directive" ? "kết luận" : "kế hoạch";
}

/**
 * `Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị` (the parts the document has); without
 * `của …` when the issuer cites its own document.
 */
export function citation(ws: Workspace, doc: DocumentDecl, options: { issuer?: boolean } = {}): string {
  const parts = [upperFirst(typeWord(doc))];
  if (doc.number) parts.push(`số ${doc.number.value.trim()}`);
  if (doc.issued?.first !== undefined && doc.issued.kind === "date") parts.push(`ngày ${shortDate(doc.issued.first)}`);
  if (doc.issuer && options.issuer !== false) parts.push(`của ${bodyName(ws, doc.issuer)}`);
  return parts.join(" ");
}
