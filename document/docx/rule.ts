// A rule under a line of the header or the summary: an empty paragraph of 1-pt type whose
// bottom border is the rule, narrowed (indented from both sides) to the rule's length and centred
// in its column. Word and LibreOffice both draw a paragraph border from the left to the right
// indent and move it with the text (a drawn line would be anchored to the page); keeping the rule
// out of the text's own paragraph means a width estimate can never make the text wrap.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from "docx";
import { BLACK, twips } from "./text.js";

/** `gapPt`: space between the line above and the rule; `afterPt`: space under the rule. */
export function ruleParagraph(columnMm: number, ruleMm: number, { gapPt = 3, afterPt = 0 } = {}): Paragraph {
  const side = Math.max(0, (columnMm - ruleMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 0.75 pt solid black (`size` is in eighths of a point).
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 0 } },
    indent: { left: twips(side), right: twips(side) },
    spacing: { before: Math.round(gapPt * 20), after: Math.round(afterPt * 20), line: 240, lineRule: LineRuleType.AUTO },
    run: { size: 2 },
  });
}
