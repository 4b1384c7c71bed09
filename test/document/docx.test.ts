// The .docx renderer, read back as XML: page set-up per section, fonts, the header block of each
// layout, page numbering from page 2, the appendix table, placeholders.
import assert from "node:assert/strict";
import type { Element } from "@xmldom/xmldom";
import { renderDocx } from "../../document/docx.js";
import { measuresOf } from "../../document/layout.js";
import type { IssuedDocument } from "../../document/model.js";
import { PARTY_PLACEHOLDER, PARTY_TASKS, partyPlan } from "../fixtures/documents/party-plan.js";
import { REPORT_PLACEHOLDER, reportTemplate } from "../fixtures/documents/report.js";
import { STATE_TASKS, statePlan } from "../fixtures/documents/state-plan.js";
import {
  all,
  bodyTables,
  child,
  children,
  DocxPackage,
  paragraphWithText,
  rAttr,
  runsOf,
  sections,
  tableRows,
  textOf,
  wAttr,
} from "./helpers/docx-reader.js";

const TNR = "Times New Roman";
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function read(doc: IssuedDocument): Promise<DocxPackage> {
  return new DocxPackage(await renderDocx(doc));
}

/** The cells (row, column) of the header block, the document's first table. */
function headerCell(pkg: DocxPackage, row: number, column: number): Element {
  const table = bodyTables(pkg.document)[0];
  return children(children(table, "tr")[row], "tc")[column];
}

function onlyRun(cell: Element, text: string) {
  const runs = runsOf(cell).filter((r) => r.text === text);
  assert.equal(runs.length, 1, `one run "${text}" in ${JSON.stringify(runsOf(cell).map((r) => r.text))}`);
  return runs[0];
}

describe("document/docx: renderDocx", () => {
  for (const doc of [partyPlan, statePlan]) {
    describe(`${doc.layout} layout (${doc.header.number})`, () => {
      let pkg: DocxPackage;
      before(async () => {
        pkg = await read(doc);
      });

      it("is a package Word opens: content types, the main document, styles, headers", () => {
        for (const part of ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "_rels/.rels"]) assert.ok(pkg.parts[part], part);
      });

      it("sets A4 portrait and the layout's margins (twips) on the main section, landscape on the appendix", () => {
        const m = measuresOf(doc.layout).marginsMm;
        const [main, appendix, ...rest] = sections(pkg.document);
        assert.equal(rest.length, 0, "two sections");
        const size = child(main, "pgSz")!;
        assert.deepEqual([wAttr(size, "w"), wAttr(size, "h"), wAttr(size, "orient")], ["11906", "16838", "portrait"]);
        for (const sec of [main, appendix]) {
          const mar = child(sec, "pgMar")!;
          assert.deepEqual(
            ["top", "bottom", "left", "right"].map((k) => Number(wAttr(mar, k))),
            [twips(m.top), twips(m.bottom), twips(m.left), twips(m.right)],
          );
        }
        const aSize = child(appendix, "pgSz")!;
        assert.deepEqual([wAttr(aSize, "w"), wAttr(aSize, "h"), wAttr(aSize, "orient")], ["16838", "11906", "landscape"]);
      });

      it("names Times New Roman in every font slot, in the default style and in every run", () => {
        const defaults = all(pkg.xml("word/styles.xml"), "rPrDefault")[0];
        const fonts = all(defaults, "rFonts")[0];
        for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) assert.equal(wAttr(fonts, slot), TNR, slot);
        const runs = runsOf(pkg.document.documentElement!);
        assert.ok(runs.length > 50);
        for (const r of runs) assert.deepEqual(r.fonts, { ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR }, r.text);
      });

      it("numbers pages from page 2: a title page with an empty header, the PAGE field in the default header", () => {
        const [main, appendix] = sections(pkg.document);
        assert.ok(child(main, "titlePg"), "titlePg on the main section");
        assert.equal(child(appendix, "titlePg"), undefined, "the appendix's first page is numbered");
        const refs = (sec: Element) => new Map(children(sec, "headerReference").map((h) => [wAttr(h, "type"), pkg.target(rAttr(h, "id")!)]));
        const mainRefs = refs(main);
        const first = pkg.xml(mainRefs.get("first")!);
        assert.equal(textOf(first.documentElement!), "");
        assert.equal(all(first, "fldSimple").length + all(first, "instrText").length, 0, "no field on page 1");
        for (const headerPart of [mainRefs.get("default")!, refs(appendix).get("default")!]) {
          const header = pkg.xml(headerPart);
          const instructions = [...all(header, "instrText").map((i) => i.textContent ?? ""), ...all(header, "fldSimple").map((f) => wAttr(f, "instr") ?? "")];
          assert.ok(instructions.some((i) => /\bPAGE\b/.test(i)), `PAGE field in ${headerPart}: ${instructions.join("|")}`);
          assert.equal(wAttr(child(all(header, "pPr")[0], "jc"), "val"), "center");
        }
      });

      it("puts the header block in a borderless two-column table", () => {
        const table = bodyTables(pkg.document)[0];
        assert.equal(children(all(table, "tblGrid")[0], "gridCol").length, 2);
        for (const b of Array.from(all(table, "tblBorders")[0].childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1)) {
          assert.equal(wAttr(b, "val"), "none", b.localName ?? undefined);
        }
      });

      it("prints the date line in italics on the right, beside the number", () => {
        const date = onlyRun(headerCell(pkg, 1, 1), doc.header.placeDate[0].text);
        assert.ok(date.italic);
        assert.equal(date.sizePt, measuresOf(doc.layout).header.placeDate.sizePt);
        assert.equal(textOf(headerCell(pkg, 1, 0)), doc.header.number);
      });

      it("has one appendix row per task under a heading row repeated on every page, with bodies' full names", () => {
        const tables = bodyTables(pkg.document);
        const appendix = tables[tables.length - 1];
        const rows = tableRows(appendix);
        const tasks = doc.layout === "party" ? PARTY_TASKS : STATE_TASKS;
        assert.equal(rows.length, tasks.length + 1);
        assert.deepEqual(rows[0], ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm / chỉ tiêu"]);
        const headingRow = children(appendix, "tr")[0];
        assert.ok(all(headingRow, "tblHeader").length === 1, "tblHeader on the heading row");
        assert.ok(runsOf(headingRow).every((r) => r.bold));
        tasks.forEach((t, i) => {
          assert.equal(rows[i + 1][1], t.title);
          assert.equal(rows[i + 1][2], t.lead);
          assert.equal(rows[i + 1][3], t.support);
        });
        // Column widths follow table.widths across the landscape text width.
        const m = measuresOf(doc.layout).marginsMm;
        const grid = children(all(appendix, "tblGrid")[0], "gridCol").map((g) => Number(wAttr(g, "w")));
        const total = grid.reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(total - twips(297 - m.left - m.right)) <= grid.length, `${total}`);
        assert.ok(grid[1] > grid[0] * 5, "the task column is the widest");
      });

      it("signs on the right in bold capitals beside `Nơi nhận:` on the left, recipients after `- `", () => {
        const tables = bodyTables(pkg.document);
        const closing = tables[doc.appendix ? tables.length - 2 : tables.length - 1];
        const [left, right] = children(children(closing, "tr")[0], "tc");
        const lines = all(left, "p").map(textOf);
        assert.equal(lines[0], "Nơi nhận:");
        assert.deepEqual(lines.slice(1), doc.recipients.map((r) => `- ${r.map((x) => x.text).join("")}`));
        assert.ok(lines[lines.length - 1].endsWith("."));
        const sig = doc.signature;
        for (const part of [sig.authority, sig.deputy, sig.position, sig.signer]) {
          if (!part) continue;
          const run = onlyRun(right, part[0].text);
          assert.ok(run.bold, part[0].text);
        }
        const m = measuresOf(doc.layout);
        const title = runsOf(left)[0];
        assert.equal(title.sizePt, m.recipientsTitle.sizePt);
        assert.equal(title.bold, !!m.recipientsTitle.bold);
        assert.equal(title.italic, !!m.recipientsTitle.italic);
        assert.equal(title.underline, !!m.recipientsTitle.underline);
        assert.ok(runsOf(left).slice(1).every((r) => r.sizePt === m.recipients.sizePt));
      });

      it("sets the body justified with the first line indented and at least 6 pt between paragraphs", () => {
        const body = paragraphWithText(pkg.document, (doc.body[0] as { runs: { text: string }[] }).runs[0].text)!;
        const pPr = child(body, "pPr")!;
        assert.equal(wAttr(child(pPr, "jc"), "val"), "both");
        const first = Number(wAttr(child(pPr, "ind"), "firstLine"));
        assert.ok(first >= twips(10) && first <= twips(12.7) + 1, `first-line indent ${first}`);
        assert.ok(Number(wAttr(child(pPr, "spacing"), "after")) >= 120);
      });

      it("centres the type in bold capitals, then the summary in bold", () => {
        const type = paragraphWithText(pkg.document, "KẾ HOẠCH")!;
        assert.equal(wAttr(child(child(type, "pPr")!, "jc"), "val"), "center");
        const run = runsOf(type)[0];
        assert.ok(run.bold);
        assert.equal(run.sizePt, measuresOf(doc.layout).type.sizePt);
        for (const line of doc.summary) assert.ok(runsOf(paragraphWithText(pkg.document, line[0].text)!)[0].bold);
      });
    });
  }

  describe("the header block of each layout", () => {
    it("Party: superior regular 14, issuer bold 14, a `*`, `Số 123-KH/TU`; ĐẢNG CỘNG SẢN VIỆT NAM bold 15 with a rule as long as it", async () => {
      const pkg = await read(partyPlan);
      const left = headerCell(pkg, 0, 0);
      assert.deepEqual(all(left, "p").map(textOf), ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "TỈNH ỦY", "*"]);
      const superior = onlyRun(left, "ĐẢNG BỘ TỈNH BÌNH DƯƠNG");
      assert.deepEqual([superior.bold, superior.sizePt], [false, 14]);
      const issuer = onlyRun(left, "TỈNH ỦY");
      assert.deepEqual([issuer.bold, issuer.sizePt], [true, 14]);
      const number = onlyRun(headerCell(pkg, 1, 0), "Số 123-KH/TU");
      assert.deepEqual([number.bold, number.sizePt], [false, 14]);
      assert.ok(!/Số:/.test(textOf(headerCell(pkg, 1, 0))), "no colon in a Party number");

      const right = headerCell(pkg, 0, 1);
      const national = onlyRun(right, "ĐẢNG CỘNG SẢN VIỆT NAM");
      assert.deepEqual([national.bold, national.sizePt], [true, 15]);
      const rule = ruleUnder(right);
      // As long as the text: 15-pt bold ĐẢNG CỘNG SẢN VIỆT NAM is ≈ 73 mm in Times New Roman.
      assert.ok(rule.lengthMm > 68 && rule.lengthMm < 78, `rule ${rule.lengthMm.toFixed(1)} mm`);
      assert.ok(paragraphWithText(pkg.document, "-----"), "the line of dashes under the summary");
    });

    it("State: issuer bold 13 with a rule a third to a half of it, `Số: 139/KH-UBND`; the national title and the motto bold, the motto ruled", async () => {
      const pkg = await read(statePlan);
      const left = headerCell(pkg, 0, 0);
      assert.deepEqual(
        all(left, "p").map(textOf).filter(Boolean),
        ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"],
      );
      for (const line of ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"]) {
        const r = onlyRun(left, line);
        assert.deepEqual([r.bold, r.sizePt], [true, 13]);
      }
      // ỦY BAN NHÂN DÂN, 13-pt bold, is ≈ 43 mm: its rule a third to a half of that.
      const issuerRule = ruleUnder(left);
      assert.ok(issuerRule.lengthMm >= 43 / 3 && issuerRule.lengthMm <= 43 / 2, `issuer rule ${issuerRule.lengthMm.toFixed(1)} mm`);
      const number = onlyRun(headerCell(pkg, 1, 0), "Số: 139/KH-UBND");
      assert.equal(number.sizePt, 13);

      const right = headerCell(pkg, 0, 1);
      const title = onlyRun(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assert.ok(title.bold && title.sizePt! >= 12 && title.sizePt! <= 13);
      const motto = onlyRun(right, "Độc lập - Tự do - Hạnh phúc");
      assert.ok(motto.bold && motto.sizePt! >= 13 && motto.sizePt! <= 14);
      const rule = ruleUnder(right);
      assert.ok(rule.lengthMm > 52 && rule.lengthMm < 60, `motto rule ${rule.lengthMm.toFixed(1)} mm`);
      assert.equal(paragraphWithText(pkg.document, "-----"), undefined, "no dashes in the State layout");
    });
  });

  it("highlights placeholders (and nothing else) in yellow", async () => {
    for (const [doc, text] of [
      [partyPlan, PARTY_PLACEHOLDER],
      [reportTemplate, REPORT_PLACEHOLDER],
    ] as const) {
      const runs = runsOf((await read(doc)).document.documentElement!);
      const marked = runs.filter((r) => r.highlight);
      assert.ok(marked.some((r) => r.text === text), text);
      assert.ok(marked.every((r) => r.highlight === "yellow"));
      const placeholders = new Set<string>();
      const visit = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === "object") {
          const o = v as Record<string, unknown>;
          if (o.placeholder === true && typeof o.text === "string") placeholders.add(o.text);
          Object.values(o).forEach(visit);
        }
      };
      visit(doc);
      assert.deepEqual(new Set(marked.map((r) => r.text)), placeholders);
    }
  });

  it("report template: BÁO CÁO, the date with leading zeros, a table per task with empty result cells", async () => {
    const pkg = await read(reportTemplate);
    assert.ok(paragraphWithText(pkg.document, "BÁO CÁO"));
    assert.equal(textOf(headerCell(pkg, 1, 1)), "Bình Dương, ngày 05 tháng 02 năm 2024");
    const tables = bodyTables(pkg.document).slice(1, -1); // between the header block and the closing
    assert.equal(tables.length, PARTY_TASKS.length);
    for (const t of tables) {
      const rows = tableRows(t);
      assert.deepEqual(rows[0], ["STT", "Chỉ tiêu", "Chỉ tiêu kế hoạch", "Kết quả thực hiện", "Đánh giá"]);
      for (const row of rows.slice(2)) assert.deepEqual(row.slice(3), ["", ""], "result and assessment left empty");
      // The task's group row is bold.
      assert.ok(runsOf(children(t, "tr")[1]).every((r) => r.bold));
    }
    assert.equal(sections(pkg.document).length, 1, "no appendix, one section");
  });

  it("keeps model text as text: markup-like characters are escaped, not interpreted", async () => {
    const tricky = "<script>alert('x')</script> & \"quotes\" ]]>";
    const doc: IssuedDocument = { ...statePlan, type: tricky, body: [{ kind: "paragraph", runs: [{ text: tricky }] }], appendix: undefined };
    const pkg = await read(doc);
    assert.equal(all(pkg.document, "p").filter((p) => textOf(p) === tricky).length, 2);
    assert.equal(all(pkg.document, "script").length, 0);
  });
});

/** The rule paragraph in a cell (a bottom border) and its length from the cell width minus its indents. */
function ruleUnder(cell: Element): { lengthMm: number } {
  const width = Number(wAttr(child(child(cell, "tcPr")!, "tcW"), "w"));
  const ruled = all(cell, "p").filter((p) => {
    const pPr = child(p, "pPr");
    const bdr = pPr && child(pPr, "pBdr");
    return !!bdr && wAttr(child(bdr, "bottom"), "val") === "single";
  });
  assert.equal(ruled.length, 1, "one ruled paragraph");
  const ind = child(child(ruled[0], "pPr")!, "ind")!;
  const lengthTwips = width - Number(wAttr(ind, "left") ?? 0) - Number(wAttr(ind, "right") ?? 0);
  return { lengthMm: (lengthTwips * 25.4) / 1440 };
}
