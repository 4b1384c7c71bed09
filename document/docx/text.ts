// Runs and paragraphs of the .docx: every run names Times New Roman in all four font slots
// (ASCII, high ANSI, East Asian, complex script) so Word never substitutes a font for a
// Vietnamese letter, and black. A placeholder run is highlighted so nobody signs it by mistake.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IBorderOptions, type IParagraphOptions } from "docx";
import { FONT_FAMILY, type TextStyle } from "../layout.js";
import type { Run } from "../model.js";

export const FONTS = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, eastAsia: FONT_FAMILY, cs: FONT_FAMILY } as const;
export const BLACK = "000000";

/** Millimetres to twentieths of a point (the unit of page sizes, margins, widths). */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twentieths of a point (paragraph spacing). */
export function ptTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function textRun(run: Run, style: TextStyle): TextRun {
  return new TextRun({
    text: run.text,
    font: FONTS,
    color: BLACK,
    size: style.sizePt * 2, // half-points
    bold: run.bold || style.bold || undefined,
    italics: run.italic || style.italic || undefined,
    underline: style.underline ? {} : undefined,
    highlight: run.placeholder ? "yellow" : undefined,
  });
}

export function runsOf(runs: readonly Run[], style: TextStyle): TextRun[] {
  return runs.map((r) => textRun(r, style));
}

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions {
  align?: Alignment;
  /** Space after the line, points. */
  afterPt?: number;
  beforePt?: number;
  /** Indents from the left and right edges of the column, millimetres. */
  indentMm?: { left?: number; right?: number; firstLine?: number };
  border?: { bottom: IBorderOptions };
  keepNext?: boolean;
  /** Line spacing as a multiple of single (single when absent). */
  lineSpacing?: number;
}

/** One paragraph of the given runs. */
export function line(runs: readonly Run[], style: TextStyle, options: LineOptions = {}): Paragraph {
  const indent = options.indentMm;
  const spec: IParagraphOptions = {
    children: runsOf(runs, style),
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: {
      before: ptTwips(options.beforePt ?? 0),
      after: ptTwips(options.afterPt ?? 0),
      // The rule said explicitly: LibreOffice reads a missing one as exact (12 pt lines), not auto.
      line: Math.round(240 * (options.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    indent: indent
      ? { left: twips(indent.left ?? 0), right: twips(indent.right ?? 0), firstLine: indent.firstLine ? twips(indent.firstLine) : undefined }
      : undefined,
    border: options.border,
    keepNext: options.keepNext,
    // The paragraph mark's own size: an empty paragraph is then one line of this style high.
    run: { size: style.sizePt * 2, font: FONTS },
  };
  return new Paragraph(spec);
}

/** A paragraph of one plain text. */
export function textLine(text: string, style: TextStyle, options?: LineOptions): Paragraph {
  return line([{ text }], style, options);
}

/** An empty paragraph of the style's height (an empty line between blocks). */
export function emptyLine(style: TextStyle): Paragraph {
  return line([], style);
}
