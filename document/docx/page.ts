// Page set-up of a section: A4, the layout's margins, portrait or landscape, and the page number
// at the top centre from page 2 on (a different, empty first-page header).
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from "docx";
import { A4, type Measures } from "../layout.js";
import { BLACK, FONTS, twips } from "./text.js";

type SectionSetup = Omit<ISectionOptions, "children">;

function pageNumberHeader(m: Measures): Header {
  const size = m.pageNumber.sizePt * 2;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size, color: BLACK })],
      }),
    ],
  });
}

function pageProperties(m: Measures, landscape: boolean) {
  const { top, bottom, left, right } = m.marginsMm;
  return {
    page: {
      // docx swaps width and height itself for a landscape section.
      size: { width: twips(A4.widthMm), height: twips(A4.heightMm), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: twips(top), bottom: twips(bottom), left: twips(left), right: twips(right), header: twips(m.pageNumberFromTopMm), footer: twips(10) },
    },
  };
}

/** The main section: page 1 has an empty header of its own, the others the page number. */
export function mainSection(m: Measures): SectionSetup {
  return {
    properties: { ...pageProperties(m, false), titlePage: true },
    headers: { first: new Header({ children: [new Paragraph({})] }), default: pageNumberHeader(m) },
  };
}

/** The appendix: its own landscape section, numbered on from the main one. */
export function appendixSection(m: Measures): SectionSetup {
  return {
    properties: pageProperties(m, true),
    headers: { default: pageNumberHeader(m) },
  };
}
