// The issued document as a .docx (Office Open XML) in the official Party or State layout, made
// with the `docx` library (see document/README.md for why). Pure: data in, bytes out; the caller
// writes the file (atomically).
import { Document, Packer, type FileChild } from "docx";
import { appendixContent } from "./docx/appendix.js";
import { bodyBlock } from "./docx/body.js";
import { closingBlock } from "./docx/closing.js";
import { headerBlock } from "./docx/header-block.js";
import { appendixSection, mainSection } from "./docx/page.js";
import { defaultStyles } from "./docx/styles.js";
import { titleBlock } from "./docx/title.js";
import { measuresOf } from "./layout.js";
import type { IssuedDocument } from "./model.js";

export function docxDocument(doc: IssuedDocument): Document {
  const m = measuresOf(doc.layout);
  const main: FileChild[] = [
    headerBlock(doc.header, m),
    ...titleBlock(doc, m),
    ...doc.body.flatMap((b) => bodyBlock(b, m)),
    closingBlock(doc.recipients, doc.signature, m),
  ];
  const sections = [{ ...mainSection(m), children: main }];
  if (doc.appendix) sections.push({ ...appendixSection(m), children: appendixContent(doc.appendix, m) });
  return new Document({
    title: `${doc.type} ${doc.header.number}`.trim(),
    creator: "plancode",
    styles: defaultStyles(m),
    sections,
  });
}

export async function renderDocx(doc: IssuedDocument): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(docxDocument(doc));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
