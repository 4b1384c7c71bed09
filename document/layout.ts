// The measures of the two official layouts, in one place for both renderers (`docx.ts`, `html.ts`):
// page, margins, column widths, type sizes, spacing. The numbers come from DOCUMENT-FORMAT.md
// (Hướng dẫn 36-HD/VPTW for the Party, Nghị định 30/2020/NĐ-CP Phụ lục I for the State); where
// it gives a range, the value picked is the one Văn phòng templates commonly use.
// Lengths are millimetres, type sizes points.
import type { Layout, Run } from "./model.js";

export const A4 = { widthMm: 210, heightMm: 297 } as const;

/** The font the .docx names for every run; the HTML falls back to its metric twin. */
export const FONT_FAMILY = "Times New Roman";
export const CSS_FONT_STACK = '"Times New Roman", "Liberation Serif", serif';

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Measures {
  /** Page margins of every section (the landscape appendix keeps them, turned with the page). */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Distance from the page's top edge to the page number. */
  pageNumberFromTopMm: number;
  pageNumber: TextStyle;
  /** The two columns of the header block and of the closing (`Nơi nhận` | signature); they fill the text width. */
  headerColumnsMm: [number, number];
  closingColumnsMm: [number, number];
  header: {
    superior: TextStyle;
    issuer: TextStyle;
    /** Party: a single `*` under the issuer. */
    issuerStar: boolean;
    /** State: the rule under the issuer, as a fraction of the issuer's widest line; none for the Party. */
    issuerRuleFraction?: number;
    number: TextStyle;
    /** One style per line of `HeaderBlock.national`; the last is repeated for extra lines. */
    national: TextStyle[];
    placeDate: TextStyle;
  };
  type: TextStyle;
  summary: TextStyle;
  /** Under the summary: the Party's line of dashes, or the State's short rule (a fraction of the widest summary line). */
  summaryClosing: { kind: "dashes"; text: string } | { kind: "rule"; fraction: number };
  body: TextStyle;
  heading: TextStyle;
  subheading: TextStyle;
  table: TextStyle;
  firstLineIndentMm: number;
  /** Space after each body paragraph (DOCUMENT-FORMAT.md: at least 6 pt). */
  paragraphAfterPt: number;
  /** Line spacing as a multiple of single. */
  lineSpacing: number;
  signature: TextStyle;
  signer: TextStyle;
  /** Empty lines left for the signature and the seal. */
  signatureSpaceLines: number;
  recipientsTitle: TextStyle;
  recipients: TextStyle;
  appendixTitle: TextStyle;
  appendixSubtitle: TextStyle;
}

const PARTY: Measures = {
  marginsMm: { top: 25, bottom: 25, left: 35, right: 15 },
  pageNumberFromTopMm: 12,
  pageNumber: { sizePt: 14 },
  headerColumnsMm: [70, 90],
  closingColumnsMm: [75, 85],
  header: {
    superior: { sizePt: 14 },
    issuer: { sizePt: 14, bold: true },
    issuerStar: true,
    number: { sizePt: 14 },
    national: [{ sizePt: 15, bold: true }],
    placeDate: { sizePt: 14, italic: true },
  },
  type: { sizePt: 16, bold: true },
  summary: { sizePt: 14, bold: true },
  summaryClosing: { kind: "dashes", text: "-----" },
  body: { sizePt: 14 },
  heading: { sizePt: 14, bold: true },
  subheading: { sizePt: 14, bold: true },
  table: { sizePt: 12 },
  firstLineIndentMm: 12.7,
  paragraphAfterPt: 6,
  lineSpacing: 1.15,
  signature: { sizePt: 14, bold: true },
  signer: { sizePt: 14, bold: true },
  signatureSpaceLines: 4,
  // 36-HD: "Nơi nhận:" regular and underlined, the recipients smaller.
  recipientsTitle: { sizePt: 14, underline: true },
  recipients: { sizePt: 12 },
  appendixTitle: { sizePt: 14, bold: true },
  appendixSubtitle: { sizePt: 14, italic: true },
};

const STATE: Measures = {
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumberFromTopMm: 10,
  pageNumber: { sizePt: 13 },
  headerColumnsMm: [70, 95],
  closingColumnsMm: [80, 85],
  header: {
    superior: { sizePt: 13 },
    issuer: { sizePt: 13, bold: true },
    issuerStar: false,
    issuerRuleFraction: 0.4,
    number: { sizePt: 13 },
    national: [
      { sizePt: 12, bold: true },
      { sizePt: 13, bold: true },
    ],
    placeDate: { sizePt: 14, italic: true },
  },
  type: { sizePt: 14, bold: true },
  summary: { sizePt: 14, bold: true },
  summaryClosing: { kind: "rule", fraction: 1 / 3 },
  body: { sizePt: 14 },
  heading: { sizePt: 14, bold: true },
  subheading: { sizePt: 14, bold: true },
  table: { sizePt: 12 },
  firstLineIndentMm: 12.7,
  paragraphAfterPt: 6,
  lineSpacing: 1.15,
  signature: { sizePt: 14, bold: true },
  signer: { sizePt: 14, bold: true },
  signatureSpaceLines: 4,
  // Nghị định 30: "Nơi nhận:" bold italic 12 pt, the recipients 11 pt.
  recipientsTitle: { sizePt: 12, bold: true, italic: true },
  recipients: { sizePt: 11 },
  appendixTitle: { sizePt: 14, bold: true },
  appendixSubtitle: { sizePt: 14, italic: true },
};

export function measuresOf(layout: Layout): Measures {
  return layout === "party" ? PARTY : STATE;
}

/** The style of the `i`-th national line (the last style repeats). */
export function nationalStyle(m: Measures, i: number): TextStyle {
  const styles = m.header.national;
  return styles[Math.min(i, styles.length - 1)];
}

/** Width of the text area of a page, portrait or landscape. */
export function textWidthMm(m: Measures, landscape: boolean): number {
  const pageWidth = landscape ? A4.heightMm : A4.widthMm;
  return pageWidth - m.marginsMm.left - m.marginsMm.right;
}

/** Relative widths scaled to `totalMm` (equal shares when the widths are missing or not positive). */
export function scaleWidths(widths: readonly number[], columns: number, totalMm: number): number[] {
  const usable = widths.length === columns && widths.every((w) => Number.isFinite(w) && w > 0);
  const shares = usable ? widths : Array.from({ length: columns }, () => 1);
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((w) => (w / sum) * totalMm);
}

export const NOI_NHAN = "Nơi nhận:";

/**
 * The `Nơi nhận:` lines as printed: each recipient after `- `, the last (the archive) ending in a
 * full stop. Punctuation the model already has is kept.
 */
export function recipientLines(recipients: readonly Run[][]): Run[][] {
  return recipients.map((runs, i) => {
    const line: Run[] = [{ text: "- " }, ...runs];
    const isLast = i === recipients.length - 1;
    const text = runs.map((r) => r.text).join("").trimEnd();
    if (isLast && text && !text.endsWith(".")) line.push({ text: "." });
    return line;
  });
}

export const MM_PER_PT = 25.4 / 72;
