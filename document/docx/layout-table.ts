// A borderless table used only to place blocks side by side (the header block; `Nơi nhận` beside
// the signature): fixed column widths and no cell margins, so a column's width is its text width.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import { twips } from "./text.js";

/** `rows[r][c]` is the content of cell (r, c). */
export function layoutTable(columnsMm: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  const widths = columnsMm.map(twips);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                // A cell must hold at least one paragraph.
                children: children.length ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
