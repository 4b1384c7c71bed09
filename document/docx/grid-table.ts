// A ruled table (a report's indicators, the appendix's tasks): single black borders, the heading
// row bold, centred and repeated at the top of every page, group rows bold, columns scaled from
// `Table.widths` to the text width.
import { AlignmentType, BorderStyle, Table as DocxTable, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import { scaleWidths, type TextStyle } from "../layout.js";
import type { Run, Table } from "../model.js";
import { BLACK, line, twips } from "./text.js";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const CELL_MARGIN_MM = 1.5;

function cell(runs: readonly Run[], style: TextStyle, widthTwips: number, align: "left" | "center"): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      line(runs, style, {
        align: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        beforePt: 2,
        afterPt: 2,
      }),
    ],
  });
}

export function gridTable(table: Table, style: TextStyle, totalMm: number): DocxTable {
  const columns = table.columns.length;
  const widths = scaleWidths(table.widths, columns, totalMm).map(twips);
  const alignOf = (i: number) => table.align?.[i] ?? "left";
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell([{ text: c }], { ...style, bold: true }, widths[i], "center")),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: widths.map((w, i) => cell(row.cells[i] ?? [], row.group ? { ...style, bold: true } : style, w, alignOf(i))),
      }),
  );
  return new DocxTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { left: twips(CELL_MARGIN_MM), right: twips(CELL_MARGIN_MM) },
    rows: [heading, ...rows],
  });
}
