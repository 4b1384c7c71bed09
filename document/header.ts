// The top of page 1: the header block (issuing body, number, national title, place and date),
// the type line and the summary (trích yếu).
import { letterheadOf, placeOf } from "../language/document/letterhead.js";
import { DOCUMENT_TYPES, parseDocumentNumber, printedNumber, type NumberForm } from "../language/document/numbering.js";
import type { DocumentDecl, Workspace } from "../language/index.js";
import { citation, typeWord } from "./cite.js";
import type { HeaderBlock, Run } from "./model.js";
import { dateLine, lowerFirst, runningText } from "./words.js";

const NATIONAL: Record<NumberForm, string[]> = {
  party: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
  state: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
};

/** Blank space a Văn phòng fills in by hand (a number, a day), marked so it is seen. */
export const BLANK = "\u2002\u2002\u2002\u2002";

export const placeholder = (text: string): Run => ({ text, placeholder: true });

export interface HeaderOptions {
  /** The type code of the document made (`BC` for a report); the document's own otherwise. */
  type?: string;
  /** The date of the document; absent: left blank for the Văn phòng. */
  date?: number;
  /** Year to print when the date is blank (a report's due year). */
  year?: number;
}

/**
 * The header of `doc`'s issued document in `layout`. A document issued as itself prints its
 * number and date; a draft (or a report template) leaves the number's serial and the day blank.
 */
export function headerOf(ws: Workspace, doc: DocumentDecl, layout: NumberForm, options: HeaderOptions = {}): HeaderBlock {
  const issuer = doc.issuer && ws.lookupUnit(doc.issuer.text);
  const letterhead = issuer ? letterheadOf(ws, issuer, layout) : { superior: [], issuer: [] };
  const place = issuer && placeOf(ws, issuer);
  const placeRun: Run = place ? { text: place, italic: true } : { ...placeholder("(Địa danh)"), italic: true };
  const when = options.date;
  const dateRuns: Run[] =
    when !== undefined
      ? [{ text: `, ${dateLine(when)}`, italic: true }]
      : [{ text: `, ngày${BLANK}tháng${BLANK}năm ${options.year ?? ""}`.trimEnd(), italic: true, placeholder: true }];
  return {
    superior: letterhead.superior,
    issuer: letterhead.issuer.length ? letterhead.issuer : [issuer?.title?.value.toLocaleUpperCase("vi") ?? doc.issuer?.text ?? "(CƠ QUAN BAN HÀNH)"],
    number: numberLine(ws, doc, layout, options.type),
    national: NATIONAL[layout],
    placeDate: [placeRun, ...dateRuns],
  };
}

/** `Số 123-KH/TU` / `Số: 139/KH-UBND`; a draft's or a report's number with its serial left blank. */
function numberLine(ws: Workspace, doc: DocumentDecl, layout: NumberForm, type: string | undefined): string {
  const own = doc.number && parseDocumentNumber(doc.number.value);
  if (own && type === undefined) return printedNumber(layout, doc.number!.value.trim());
  const issuer = doc.issuer && ws.lookupUnit(doc.issuer.text);
  const code = own?.issuer ?? (issuer && ws.issuerCode(issuer)) ?? "";
  const kind = type ?? own?.type ?? (doc.docKind === "directive" ? "KL" : "KH");
  return printedNumber(layout, layout === "party" ? `${BLANK}-${kind}/${code}` : `${BLANK}/${kind}-${code}`);
}

/**
 * The summary (trích yếu) of a plan or directive: its title without the leading type word
 * (`Kế hoạch thực hiện …` → `thực hiện …`); without a title, the sentence citing the directive it
 * implements that such titles are (`thực hiện Kết luận số 57-KL/TW … về …`).
 */
export function summaryOf(ws: Workspace, doc: DocumentDecl): Run[] {
  const title = doc.title && runningText(doc.title.value);
  if (title) {
    const word = typeWord(doc);
    const lower = title.toLocaleLowerCase("vi");
    if (lower.startsWith(`${word} `)) return [{ text: lowerFirst(title.slice(word.length + 1)), bold: true }];
    // A document of one type that issues another (a Nghị quyết issuing a Chương trình): `ban hành …`.
    const issues = [...DOCUMENT_TYPES.values()].some((other) => lower.startsWith(`${other} `));
    return [{ text: issues ? `ban hành ${title}` : lowerFirst(title), bold: true }];
  }
  const directive = doc.implements && ws.lookupDocument(doc.implements.text);
  if (!directive || directive === doc) return [{ ...placeholder("(Trích yếu nội dung văn bản)"), bold: true }];
  const about = directive.title ? ` ${lowerFirst(runningText(directive.title.value))}` : "";
  return [{ text: `thực hiện ${citation(ws, directive)}${about}`, bold: true }];
}
