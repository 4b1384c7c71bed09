// How wide a bold line of Times New Roman is, for the rules the .docx draws under a line of the
// header (the HTML lets the browser measure). Widths come from the font's own advance table
// (`font-widths.ts`); a character outside it counts as wide as `N`.
import { BOLD_CHARS, BOLD_UNITS_PER_EM, BOLD_WIDTHS } from "./font-widths.js";

const widthOf = new Map<string, number>([...BOLD_CHARS].map((c, i) => [c, BOLD_WIDTHS[i]]));
const FALLBACK = widthOf.get("N")!;

/** Width in points of `text` set in Times New Roman Bold at `sizePt`. */
export function boldTextWidthPt(text: string, sizePt: number): number {
  let units = 0;
  // NFC: a letter typed as base + combining marks is measured as the precomposed glyph.
  for (const c of text.normalize("NFC")) units += widthOf.get(c) ?? FALLBACK;
  return (units / BOLD_UNITS_PER_EM) * sizePt;
}
