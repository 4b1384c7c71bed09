// The issued document as plain data: what a Văn phòng prints, already worded, already numbered,
// every body by its full name. `document/build.ts` makes it from a plan (or directive) of a
// Workspace; the renderers (`document/docx.ts`, `document/html.ts`) lay it out in the official
// Party (Hướng dẫn 36-HD/VPTW) or State (Nghị định 30/2020/NĐ-CP) layout. Renderers decide
// fonts, sizes, margins and cells from `layout`; they never word anything themselves.
//
// Pure data (JSON-serialisable): the language server sends it to the editor's preview as is.

/** Which official layout: chosen by the document's number (`123-KH/TU` Party, `139/KH-UBND` State). */
export type Layout = "party" | "state";

/**
 * A piece of text. `placeholder` marks text the drafter must still write (a sentence plancode
 * made up because the plan does not say it): renderers show it visibly (highlighted) so it is
 * never signed by mistake.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  placeholder?: boolean;
}

/** The block at the top of page 1: two columns side by side. */
export interface HeaderBlock {
  /** Left column, first: the superior body, capitals, regular (may be empty: no line). */
  superior: string[];
  /** Left column, then: the issuing body as printed, capitals, bold (one or more lines). */
  issuer: string[];
  /** Left column, last: the number as printed — `Số 123-KH/TU` (Party) or `Số: 139/KH-UBND` (State). */
  number: string;
  /**
   * Right column, top: `ĐẢNG CỘNG SẢN VIỆT NAM` (Party), or `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`
   * then `Độc lập - Tự do - Hạnh phúc` (State). The last line is ruled underneath.
   */
  national: string[];
  /** Right column, under the rule, italic: `Bình Dương, ngày 12 tháng 9 năm 2023`. */
  placeDate: Run[];
}

/** A block of the body, in reading order. */
export type Block =
  /** `I. MỤC ĐÍCH, YÊU CẦU` — capitals, bold. */
  | { kind: "heading"; text: string }
  /** `1. Mục đích` — bold. */
  | { kind: "subheading"; text: string }
  /** A justified paragraph, first line indented. */
  | { kind: "paragraph"; runs: Run[] }
  /** A table inside the body (a report's table of indicators). */
  | { kind: "table"; table: Table };

export interface Table {
  /** Column headings, bold, centred. */
  columns: string[];
  /** Relative column widths (any unit; renderers scale them to the text width). */
  widths: number[];
  /** How each column's body cells are aligned (headings are always centred); `left` when absent. */
  align?: ColumnAlign[];
  rows: TableRow[];
}

/** `center` for short columns such as STT and dates; `left` for prose. */
export type ColumnAlign = "left" | "center";

export interface TableRow {
  /** One entry per column; an empty array is an empty cell (a result to fill in). */
  cells: Run[][];
  /** A group row (a task above its indicators, a subtask's parent): bold. */
  group?: boolean;
}

/** The end of the document, right column: who signs. */
export interface Signature {
  /** `T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN` — capitals, bold. */
  authority?: Run[];
  /** `KT. CHỦ TỊCH` (signing on behalf), capitals, bold. */
  deputy?: Run[];
  /** `PHÓ BÍ THƯ`, `PHÓ CHỦ TỊCH` — capitals, bold. */
  position?: Run[];
  /** The signer's name, bold, below the space for the signature and seal. */
  signer?: Run[];
}

/** The appendix: its own section, landscape, after the signature. */
export interface Appendix {
  /** `PHỤ LỤC`. */
  title: string;
  /** Lines under the title: what it is, then the plan's number and date (`(Kèm theo Kế hoạch số 123-KH/TU ngày 12/9/2023 của Tỉnh ủy Bình Dương)`). */
  subtitle: string[];
  table: Table;
}

export interface IssuedDocument {
  layout: Layout;
  /** A plan or directive as issued, or the template of one of its periodic reports. */
  kind: "plan" | "report";
  /** The plan's name in the workspace (`KH-BD-57`), for file names and titles. */
  name: string;
  header: HeaderBlock;
  /** `KẾ HOẠCH`, `BÁO CÁO`, `KẾT LUẬN` — centred, capitals, bold. */
  type: string;
  /** The summary (trích yếu) under the type, centred, bold; one entry per line. */
  summary: Run[][];
  body: Block[];
  signature: Signature;
  /** `Nơi nhận:` lines, without the leading `- ` (renderers add it); the last is the archive. */
  recipients: Run[][];
  appendix?: Appendix;
  /** The locale plancode's own words were chosen in (the document itself is always Vietnamese). */
  lang: "vi";
}
