// The document's default styles: Times New Roman in every font slot, black, the body size,
// Vietnamese as the language (Word's spelling and hyphenation), no spacing a renderer did not ask for.
import { LineRuleType, type IStylesOptions } from "docx";
import type { Measures } from "../layout.js";
import { BLACK, FONTS } from "./text.js";

export function defaultStyles(m: Measures): IStylesOptions {
  const run = { font: FONTS, size: m.body.sizePt * 2, color: BLACK, language: { value: "vi-VN", eastAsia: "vi-VN", bidirectional: "vi-VN" } };
  return {
    default: {
      document: { run, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      // Word's built-in styles otherwise bring Calibri/Cambria and theme colours into headers and tables.
      heading1: { run },
      title: { run },
    },
    paragraphStyles: [{ id: "Normal", name: "Normal", run }],
  };
}
