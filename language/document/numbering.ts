// Vietnamese document numbers, read once for the `document-number` rule and the issued document.
//
// - Party form `<digits>-<TYPE>/<ISSUER>` (Hướng dẫn 36-HD/VPTW): 57-KL/TW, 111-HD/BTGTW, 45-KH/ĐU;
// - State form `<digits>/<TYPE>-<ISSUER>` (Nghị định 30/2020/NĐ-CP): 139/KH-UBND, 13222/CTr-UBND,
//   47/NQ-CP, 15/QĐ-TTg.
// TYPE is case-sensitive; ISSUER is letters (Vietnamese ones such as Đ included) and digits,
// starting with a letter, and may hold hyphens in the State form (`UBND-VX`).

/** Which official layout a number belongs to. */
export type NumberForm = "party" | "state";

export interface DocumentNumber {
  form: NumberForm;
  /** The serial digits as written (`123`). */
  serial: string;
  /** The document type code (`KH`). */
  type: string;
  /** The issuer code (`TU`, `UBND`). */
  issuer: string;
  /** Where the type code starts in the trimmed number. */
  typeIndex: number;
}

/** Document types and the word each stands for (the type line of an issued document, lower case). */
export const DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ["KL", "kết luận"],
  ["NQ", "nghị quyết"],
  ["CT", "chỉ thị"],
  ["QĐ", "quyết định"],
  ["QĐi", "quy định"],
  ["QyĐ", "quy định"],
  ["QC", "quy chế"],
  ["HD", "hướng dẫn"],
  ["KH", "kế hoạch"],
  ["CTr", "chương trình"],
  ["BC", "báo cáo"],
  ["TB", "thông báo"],
  ["TTr", "tờ trình"],
  ["ĐA", "đề án"],
  ["CV", "công văn"],
  ["CĐ", "công điện"],
  ["TT", "thông tư"],
  ["NĐ", "nghị định"],
  ["BB", "biên bản"],
]);

const PARTY = /^(\d+)-([\p{L}]+)\/([\p{L}][\p{L}\d]*)$/u;
const STATE = /^(\d+)\/([\p{L}]+)-([\p{L}][\p{L}\d]*(?:-[\p{L}\d]+)*)$/u;

/** The parts of a number (surrounding spaces ignored), or undefined when it fits neither form. */
export function parseDocumentNumber(text: string): DocumentNumber | undefined {
  const number = text.trim();
  const party = PARTY.exec(number);
  const m = party ?? STATE.exec(number);
  if (!m) return undefined;
  const [, serial, type, issuer] = m;
  return { form: party ? "party" : "state", serial, type, issuer, typeIndex: serial.length + 1 };
}

/**
 * The number as printed under the issuer: `Số 123-KH/TU` (Party, no colon) or `Số: 139/KH-UBND`
 * (State). Printed as given: a number whose serial is still blank keeps its blank.
 */
export function printedNumber(form: NumberForm, number: string): string {
  return form === "party" ? `Số ${number}` : `Số: ${number}`;
}
