// The preview's stylesheet, from the layout's measures: on screen each page is a white A4 sheet
// (the appendix a landscape one); in print the sheets become pages (`@page`, a named landscape
// page for the appendix) with the page number at the top centre from page 2 on. Class names
// start with `pc-` so the fragment can sit inside another page (the editor's webview).
import { A4, CSS_FONT_STACK, nationalStyle, type Measures, type TextStyle } from "../layout.js";

function font(s: TextStyle): string {
  return `font-size: ${s.sizePt}pt; font-weight: ${s.bold ? "bold" : "normal"}; font-style: ${s.italic ? "italic" : "normal"};${s.underline ? " text-decoration: underline;" : ""}`;
}

/**
 * Word's "multiple" line spacing multiplies the font's own line height (ascent + descent + gap,
 * 1.15 em for Times New Roman); CSS's `line-height` multiplies the font size.
 */
function lineHeight(multiple: number): string {
  return (multiple * 1.15).toFixed(3);
}

export function stylesheet(m: Measures): string {
  const { top, right, bottom, left } = m.marginsMm;
  const margin = `${top}mm ${right}mm ${bottom}mm ${left}mm`;
  const landscapeMargin = margin; // the same margins, turned with the page
  const national = m.header.national.map((_, i) => `.pc-national-${i} { ${font(nationalStyle(m, i))} }`).join("\n");
  const [headL, headR] = m.headerColumnsMm;
  const [closeL, closeR] = m.closingColumnsMm;
  return `
@page { size: A4 portrait; margin: ${margin};
  @top-center { content: counter(page); font-family: ${CSS_FONT_STACK}; font-size: ${m.pageNumber.sizePt}pt; vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
@page pc-landscape { size: A4 landscape; margin: ${landscapeMargin}; }
.pc-doc { font-family: ${CSS_FONT_STACK}; color: #000; ${font(m.body)} line-height: ${lineHeight(m.lineSpacing)}; }
.pc-doc * { box-sizing: border-box; }
.pc-doc p { margin: 0; }
.pc-sheet { background: #fff; width: ${A4.widthMm}mm; min-height: ${A4.heightMm}mm; padding: ${margin}; margin: 0 auto 8mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
.pc-sheet.pc-landscape { width: ${A4.heightMm}mm; min-height: ${A4.widthMm}mm; page: pc-landscape; }
.pc-center { text-align: center; }
.pc-head, .pc-closing { display: grid; line-height: ${lineHeight(1)}; }
.pc-head { grid-template-columns: ${headL}mm ${headR}mm; row-gap: 6pt; }
.pc-closing { grid-template-columns: ${closeL}mm ${closeR}mm; margin-top: 6pt; break-inside: avoid; }
.pc-superior { ${font(m.header.superior)} }
.pc-issuer { ${font(m.header.issuer)} }
.pc-number { ${font(m.header.number)} }
${national}
.pc-place-date { ${font(m.header.placeDate)} }
/* A rule as long as its content (the national title's last line), or a fraction of it. */
.pc-fit { display: inline-block; }
.pc-ruled { border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
.pc-rule { border-top: 0.75pt solid #000; margin: 3pt auto 0; }
.pc-title { margin-top: 18pt; margin-bottom: 12pt; line-height: ${lineHeight(1)}; }
.pc-type { ${font(m.type)} }
.pc-summary { ${font(m.summary)} }
.pc-par, .pc-heading, .pc-subheading { text-align: justify; text-indent: ${m.firstLineIndentMm}mm; margin-bottom: ${m.paragraphAfterPt}pt !important; }
.pc-heading { ${font(m.heading)} break-after: avoid; }
.pc-subheading { ${font(m.subheading)} break-after: avoid; }
.pc-placeholder { background: #ff0; color: #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.pc-grid { width: 100%; border-collapse: collapse; table-layout: fixed; ${font(m.table)} line-height: ${lineHeight(1)}; margin-bottom: ${m.paragraphAfterPt}pt; }
.pc-grid th, .pc-grid td { border: 0.5pt solid #000; padding: 2pt 1.5mm; vertical-align: middle; text-align: left; }
.pc-grid th { font-weight: bold; text-align: center; }
.pc-grid td.pc-center { text-align: center; }
.pc-grid tr { break-inside: avoid; }
.pc-grid tr.pc-group td { font-weight: bold; }
.pc-recipients-title { ${font(m.recipientsTitle)} }
.pc-recipients { ${font(m.recipients)} }
.pc-signature { ${font(m.signature)} }
.pc-signer { ${font(m.signer)} margin-top: ${m.signatureSpaceLines * 1.15}em; }
.pc-appendix-title { ${font(m.appendixTitle)} }
.pc-appendix-subtitle { ${font(m.appendixSubtitle)} }
.pc-appendix-subtitle:last-of-type { margin-bottom: 12pt; }
@media screen { body.pc-screen { background: #e8e8e8; margin: 0; padding: 8mm 0; } }
@media print {
  body.pc-screen { background: none; margin: 0; padding: 0; }
  .pc-sheet, .pc-sheet.pc-landscape { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .pc-sheet + .pc-sheet { break-before: page; }
}
`.trim();
}
