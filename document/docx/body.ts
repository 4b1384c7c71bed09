// The body blocks in reading order: headings, subheadings, justified paragraphs with their first
// line indented, and tables.
import { AlignmentType, type Paragraph, type Table as DocxTable } from "docx";
import { textWidthMm, type Measures } from "../layout.js";
import type { Block } from "../model.js";
import { gridTable } from "./grid-table.js";
import { line, textLine, type LineOptions } from "./text.js";

function prose(m: Measures, keepNext = false): LineOptions {
  return {
    align: AlignmentType.JUSTIFIED,
    indentMm: { firstLine: m.firstLineIndentMm },
    afterPt: m.paragraphAfterPt,
    lineSpacing: m.lineSpacing,
    keepNext,
  };
}

export function bodyBlock(block: Block, m: Measures): (Paragraph | DocxTable)[] {
  switch (block.kind) {
    case "heading":
      return [textLine(block.text, m.heading, prose(m, true))];
    case "subheading":
      return [textLine(block.text, m.subheading, prose(m, true))];
    case "paragraph":
      return [line(block.runs, m.body, prose(m))];
    case "table":
      // A paragraph after the table keeps the next block from touching its bottom border.
      return [gridTable(block.table, m.table, textWidthMm(m, false)), textLine("", m.table, { afterPt: m.paragraphAfterPt })];
  }
}
