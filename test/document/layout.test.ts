// The measures of both layouts stay inside DOCUMENT-FORMAT.md's ranges; the helpers both
// renderers share.
import assert from "node:assert/strict";
import { measuresOf, recipientLines, scaleWidths, textWidthMm } from "../../document/layout.js";
import { boldTextWidthPt } from "../../document/text-width.js";

const inRange = (v: number, lo: number, hi: number, what: string) => assert.ok(v >= lo && v <= hi, `${what}: ${v} not in ${lo}–${hi}`);

describe("document/layout", () => {
  it("margins within 20–25 / 20–25 / 30–35 / 15–20 mm; Party 25/25/35/15", () => {
    for (const layout of ["party", "state"] as const) {
      const m = measuresOf(layout).marginsMm;
      inRange(m.top, 20, 25, `${layout} top`);
      inRange(m.bottom, 20, 25, `${layout} bottom`);
      inRange(m.left, 30, 35, `${layout} left`);
      inRange(m.right, 15, 20, `${layout} right`);
    }
    assert.deepEqual(measuresOf("party").marginsMm, { top: 25, bottom: 25, left: 35, right: 15 });
  });

  it("type sizes: Party header 14 / 15, type 15–16; State header 12–13, motto 13–14, type 13–14, Nơi nhận 12 bold italic, recipients 11", () => {
    const party = measuresOf("party");
    assert.deepEqual([party.header.superior.sizePt, party.header.issuer.sizePt, party.header.number.sizePt], [14, 14, 14]);
    assert.deepEqual(party.header.national, [{ sizePt: 15, bold: true }]);
    assert.deepEqual(party.header.placeDate, { sizePt: 14, italic: true });
    inRange(party.type.sizePt, 15, 16, "party type");
    inRange(party.summary.sizePt, 14, 15, "party summary");
    const state = measuresOf("state");
    for (const s of [state.header.superior, state.header.issuer]) inRange(s.sizePt, 12, 13, "state left column");
    inRange(state.header.national[0].sizePt, 12, 13, "state national title");
    inRange(state.header.national[1].sizePt, 13, 14, "state motto");
    inRange(state.header.placeDate.sizePt, 13, 14, "state date");
    inRange(state.type.sizePt, 13, 14, "state type");
    inRange(state.body.sizePt, 13, 14, "state body");
    inRange(state.lineSpacing, 1, 1.5, "state line spacing");
    inRange(state.header.issuerRuleFraction!, 1 / 3, 1 / 2, "issuer rule");
    assert.deepEqual(state.recipientsTitle, { sizePt: 12, bold: true, italic: true });
    assert.equal(state.recipients.sizePt, 11);
    for (const m of [party, state]) {
      inRange(m.firstLineIndentMm, 10, 12.7, "first-line indent");
      assert.ok(m.paragraphAfterPt >= 6);
    }
  });

  it("the header and closing columns fill the text width, and the national title fits its column", () => {
    for (const layout of ["party", "state"] as const) {
      const m = measuresOf(layout);
      const text = textWidthMm(m, false);
      assert.equal(m.headerColumnsMm[0] + m.headerColumnsMm[1], text);
      assert.equal(m.closingColumnsMm[0] + m.closingColumnsMm[1], text);
    }
    const mm = (pt: number) => (pt * 25.4) / 72;
    assert.ok(mm(boldTextWidthPt("ĐẢNG CỘNG SẢN VIỆT NAM", 15)) < measuresOf("party").headerColumnsMm[1]);
    assert.ok(mm(boldTextWidthPt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12)) < measuresOf("state").headerColumnsMm[1]);
  });

  it("recipientLines: `- ` before each, a full stop after the last unless it has one", () => {
    const lines = recipientLines([[{ text: "Như trên;" }], [{ text: "Lưu: VT" }]]);
    assert.deepEqual(lines.map((l) => l.map((r) => r.text).join("")), ["- Như trên;", "- Lưu: VT."]);
    assert.deepEqual(recipientLines([[{ text: "Lưu VP." }]]).map((l) => l.map((r) => r.text).join("")), ["- Lưu VP."]);
    assert.deepEqual(recipientLines([]), []);
  });

  it("scaleWidths: proportional to the total; equal shares when widths are missing or bad", () => {
    assert.deepEqual(scaleWidths([1, 3], 2, 100), [25, 75]);
    assert.deepEqual(scaleWidths([1], 2, 100), [50, 50]);
    assert.deepEqual(scaleWidths([1, 0], 2, 100), [50, 50]);
    assert.deepEqual(scaleWidths([1, Number.NaN], 2, 10), [5, 5]);
  });

  it("boldTextWidthPt: Times New Roman Bold advances; decomposed Vietnamese measures as precomposed", () => {
    // `A` is 1479/2048 em in Times New Roman Bold.
    assert.ok(Math.abs(boldTextWidthPt("A", 2048) - 1479) < 1e-9);
    const nfc = "ĐẢNG CỘNG SẢN VIỆT NAM";
    assert.equal(boldTextWidthPt(nfc.normalize("NFD"), 15), boldTextWidthPt(nfc, 15));
    assert.ok(boldTextWidthPt("WWW", 12) > boldTextWidthPt("iii", 12));
  });
});
