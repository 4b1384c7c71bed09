// Under the header block: the document type, the summary (trích yếu), then the Party's line of
// dashes or the State's short rule — all centred.
import type { Paragraph } from "docx";
import { MM_PER_PT, textWidthMm, type Measures } from "../layout.js";
import type { IssuedDocument } from "../model.js";
import { boldTextWidthPt } from "../text-width.js";
import { ruleParagraph } from "./rule.js";
import { line, textLine } from "./text.js";

export function titleBlock(doc: IssuedDocument, m: Measures): Paragraph[] {
  const out = [textLine(doc.type, m.type, { beforePt: 18, keepNext: true })];
  for (const runs of doc.summary) out.push(line(runs, m.summary, { keepNext: true }));
  const closing = m.summaryClosing;
  if (closing.kind === "dashes") {
    out.push(textLine(closing.text, m.summary, { afterPt: 12 }));
  } else {
    const widest = Math.max(0, ...doc.summary.map((runs) => boldTextWidthPt(runs.map((r) => r.text).join(""), m.summary.sizePt)));
    // A long summary wraps: its widest printed line is at most the text width.
    const printed = Math.min(widest * MM_PER_PT, textWidthMm(m, false));
    out.push(ruleParagraph(textWidthMm(m, false), printed * closing.fraction, { gapPt: 6, afterPt: 12 }));
  }
  return out;
}
