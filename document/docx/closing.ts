// The end of the document: `Nơi nhận:` and the recipients on the left, who signs on the right
// (authority, deputy, position, space for the signature and the seal, the signer's name).
import { AlignmentType, type Paragraph } from "docx";
import { NOI_NHAN, recipientLines, type Measures } from "../layout.js";
import type { Run, Signature } from "../model.js";
import { layoutTable } from "./layout-table.js";
import { emptyLine, line, textLine } from "./text.js";

function recipients(list: readonly Run[][], m: Measures): Paragraph[] {
  if (!list.length) return [];
  return [
    textLine(NOI_NHAN, m.recipientsTitle, { align: AlignmentType.LEFT }),
    ...recipientLines(list).map((runs) => line(runs, m.recipients, { align: AlignmentType.LEFT })),
  ];
}

function signature(s: Signature, m: Measures): Paragraph[] {
  const titles = [s.authority, s.deputy, s.position].filter((r): r is Run[] => !!r?.length);
  const out = titles.map((runs) => line(runs, m.signature));
  for (let i = 0; i < m.signatureSpaceLines; i++) out.push(emptyLine(m.signer));
  if (s.signer?.length) out.push(line(s.signer, m.signer));
  return out;
}

export function closingBlock(list: readonly Run[][], s: Signature, m: Measures) {
  return layoutTable(m.closingColumnsMm, [[recipients(list, m), signature(s, m)]]);
}
