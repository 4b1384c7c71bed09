// The appendix's content (its landscape section is set up by `page.ts`): the title, the lines
// under it, and the table of tasks across the landscape text width.
import type { Paragraph, Table } from "docx";
import { textWidthMm, type Measures } from "../layout.js";
import type { Appendix } from "../model.js";
import { gridTable } from "./grid-table.js";
import { textLine } from "./text.js";

export function appendixContent(a: Appendix, m: Measures): (Paragraph | Table)[] {
  const subtitles = a.subtitle.map((s, i) => textLine(s, m.appendixSubtitle, { afterPt: i === a.subtitle.length - 1 ? 12 : 0, keepNext: true }));
  return [textLine(a.title, m.appendixTitle, { keepNext: true }), ...subtitles, gridTable(a.table, m.table, textWidthMm(m, true))];
}
