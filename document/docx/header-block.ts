// The block at the top of page 1 (DOCUMENT-FORMAT.md): two columns in a borderless table.
// Row 1: left the superior body and the issuer (Party: then a `*`; State: a short rule under the
// issuer), right the national title with a rule as long as its last line. Row 2: the number on
// the left, the place and date on the right, so the two share a baseline.
import type { Paragraph } from "docx";
import { MM_PER_PT, nationalStyle, type Measures } from "../layout.js";
import type { HeaderBlock } from "../model.js";
import { boldTextWidthPt } from "../text-width.js";
import { layoutTable } from "./layout-table.js";
import { ruleParagraph } from "./rule.js";
import { line, textLine } from "./text.js";

/** Space between the two rows of the block, points. */
const ROW_GAP_PT = 6;

function widestMm(lines: readonly string[], sizePt: number): number {
  return Math.max(0, ...lines.map((l) => boldTextWidthPt(l, sizePt) * MM_PER_PT));
}

function leftTop(h: HeaderBlock, m: Measures, columnMm: number): Paragraph[] {
  const out = [
    ...h.superior.map((s) => textLine(s, m.header.superior)),
    ...h.issuer.map((s) => textLine(s, m.header.issuer)),
  ];
  if (m.header.issuerStar) out.push(textLine("*", m.header.issuer));
  const fraction = m.header.issuerRuleFraction;
  if (fraction !== undefined && h.issuer.length) {
    out.push(ruleParagraph(columnMm, widestMm(h.issuer, m.header.issuer.sizePt) * fraction));
  }
  return out;
}

function rightTop(h: HeaderBlock, m: Measures, columnMm: number): Paragraph[] {
  const out = h.national.map((s, i) => textLine(s, nationalStyle(m, i)));
  const last = h.national.length - 1;
  if (last >= 0) {
    const style = nationalStyle(m, last);
    out.push(ruleParagraph(columnMm, widestMm([h.national[last]], style.sizePt)));
  }
  return out;
}

export function headerBlock(h: HeaderBlock, m: Measures) {
  const [leftMm, rightMm] = m.headerColumnsMm;
  return layoutTable(m.headerColumnsMm, [
    [leftTop(h, m, leftMm), rightTop(h, m, rightMm)],
    [[textLine(h.number, m.header.number, { beforePt: ROW_GAP_PT })], [line(h.placeDate, m.header.placeDate, { beforePt: ROW_GAP_PT })]],
  ]);
}
