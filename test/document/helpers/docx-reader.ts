// Reads a .docx back for the tests: the zip with fflate, each XML part with a real XML parser
// (@xmldom/xmldom), and small queries over WordprocessingML elements by local name.
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export class DocxPackage {
  readonly parts: Record<string, Uint8Array>;
  private readonly parsed = new Map<string, XmlDocument>();

  constructor(bytes: Uint8Array) {
    this.parts = unzipSync(bytes);
  }

  xml(path: string): XmlDocument {
    let doc = this.parsed.get(path);
    if (!doc) {
      const bytes = this.parts[path];
      if (!bytes) throw new Error(`no part ${path} (parts: ${Object.keys(this.parts).join(", ")})`);
      doc = new DOMParser().parseFromString(strFromU8(bytes), "application/xml");
      this.parsed.set(path, doc);
    }
    return doc;
  }

  get document(): XmlDocument {
    return this.xml("word/document.xml");
  }

  /** The part a relationship id of word/document.xml points to (`word/header1.xml`). */
  target(relationshipId: string): string {
    const rels = this.xml("word/_rels/document.xml.rels");
    for (const rel of all(rels.documentElement!, "Relationship")) {
      if (rel.getAttribute("Id") === relationshipId) return `word/${rel.getAttribute("Target")!.replace(/^\/?word\//, "")}`;
    }
    throw new Error(`no relationship ${relationshipId}`);
  }
}

/** Every descendant element of that WordprocessingML (or any) local name, in document order. */
export function all(node: Element | XmlDocument, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS("*", localName) as unknown as ArrayLike<Element>);
}

/** The direct children of that local name. */
export function children(node: Element, localName: string): Element[] {
  return Array.from(node.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.localName === localName);
}

export function child(node: Element, localName: string): Element | undefined {
  return children(node, localName)[0];
}

/** A `w:` attribute (`w:val`, `w:w` …). */
export function wAttr(node: Element | undefined, name: string): string | null {
  return node ? node.getAttributeNS(W, name) : null;
}

export function rAttr(node: Element, name: string): string | null {
  return node.getAttributeNS(R, name);
}

/** The text of a paragraph, run, cell or table. */
export function textOf(node: Element): string {
  return all(node, "t").map((t) => t.textContent ?? "").join("");
}

/** A run property that is on unless `w:val` says false (`w:b`, `w:i`). */
export function isOn(rPr: Element | undefined, localName: string): boolean {
  const el = rPr && child(rPr, localName);
  if (!el) return false;
  const val = wAttr(el, "val");
  return val === null || val === "" || val === "true" || val === "1" || val === "on";
}

export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Points (from `w:sz`, in half-points). */
  sizePt?: number;
  highlight?: string;
  underline: boolean;
  fonts: Record<"ascii" | "hAnsi" | "eastAsia" | "cs", string | null>;
}

export function runInfo(run: Element): RunInfo {
  const rPr = child(run, "rPr");
  const sz = rPr && child(rPr, "sz");
  const fonts = rPr && child(rPr, "rFonts");
  const u = rPr && child(rPr, "u");
  return {
    text: textOf(run),
    bold: isOn(rPr, "b"),
    italic: isOn(rPr, "i"),
    sizePt: sz ? Number(wAttr(sz, "val")) / 2 : undefined,
    highlight: (rPr && wAttr(child(rPr, "highlight"), "val")) ?? undefined,
    underline: !!u && wAttr(u, "val") !== "none",
    fonts: { ascii: wAttr(fonts, "ascii"), hAnsi: wAttr(fonts, "hAnsi"), eastAsia: wAttr(fonts, "eastAsia"), cs: wAttr(fonts, "cs") },
  };
}

/** The runs with text of a node. */
export function runsOf(node: Element): RunInfo[] {
  return all(node, "r").map(runInfo).filter((r) => r.text.length > 0);
}

/** The paragraph whose text is exactly `text`. */
export function paragraphWithText(node: Element | XmlDocument, text: string): Element | undefined {
  return all(node, "p").find((p) => textOf(p) === text);
}

/** Section properties in order: the ones inside paragraphs, then the body's last one. */
export function sections(doc: XmlDocument): Element[] {
  return all(doc, "sectPr");
}

/** Rows of a table as arrays of cell texts. */
export function tableRows(table: Element): string[][] {
  return children(table, "tr").map((tr) => children(tr, "tc").map(textOf));
}

/** The body's top-level tables, in order. */
export function bodyTables(doc: XmlDocument): Element[] {
  const body = all(doc, "body")[0];
  return children(body, "tbl");
}
