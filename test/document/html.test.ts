// The HTML preview: self-contained (no script, no link, nothing fetched), every model string
// escaped, the same structure as the issued document.
import assert from "node:assert/strict";
import { renderHtml, renderHtmlParts } from "../../document/html.js";
import type { IssuedDocument } from "../../document/model.js";
import { PARTY_PLACEHOLDER, PARTY_TASKS, partyPlan } from "../fixtures/documents/party-plan.js";
import { reportTemplate } from "../fixtures/documents/report.js";
import { statePlan } from "../fixtures/documents/state-plan.js";

const count = (html: string, needle: string | RegExp) => html.split(needle).length - 1;

describe("document/html: renderHtml", () => {
  const EVIL = `<script>alert("x")</script><img src=x onerror=alert(1)> & 'q'`;
  const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;";
  const evil: IssuedDocument = {
    ...partyPlan,
    type: EVIL,
    name: EVIL,
    header: { ...partyPlan.header, superior: [EVIL], number: EVIL, placeDate: [{ text: EVIL }] },
    summary: [[{ text: EVIL, placeholder: true }]],
    body: [{ kind: "heading", text: EVIL }, { kind: "paragraph", runs: [{ text: EVIL, bold: true }] }],
    signature: { signer: [{ text: EVIL }] },
    recipients: [[{ text: EVIL }]],
    appendix: { title: EVIL, subtitle: [EVIL], table: { columns: [EVIL], widths: [1], rows: [{ cells: [[{ text: EVIL }]] }] } },
  };

  it("keeps every model string as text: `<script>` in a title, a cell, a recipient stays escaped", () => {
    const html = renderHtml(evil);
    assert.equal(count(html.toLowerCase(), "<script"), 0);
    assert.equal(count(html, "<img"), 0);
    // type, name-free title, superior, number, date, summary, heading, paragraph, signer, recipient, appendix title, subtitle, column, cell
    assert.ok(count(html, ESCAPED) >= 14, `${count(html, ESCAPED)} escaped copies`);
  });

  for (const doc of [partyPlan, statePlan, reportTemplate]) {
    it(`${doc.layout} ${doc.kind}: self-contained — no script, no link, no external resource`, () => {
      const html = renderHtml(doc);
      assert.match(html, /^<!DOCTYPE html>\n<html lang="vi">/);
      assert.match(html, /<meta charset="utf-8">/);
      for (const banned of [/<script/i, /<link/i, /<iframe/i, /\bsrc=/i, /https?:/i, /url\(/i, /@import/i, /\son\w+=/i]) {
        assert.doesNotMatch(html, banned);
      }
    });
  }

  it("lays out A4 pages with the layout's margins and fonts, a landscape named page for the appendix", () => {
    const { stylesheet } = renderHtmlParts(partyPlan);
    assert.match(stylesheet, /@page \{ size: A4 portrait; margin: 25mm 15mm 25mm 35mm;/);
    assert.match(stylesheet, /@page :first \{ @top-center \{ content: none; \} \}/);
    assert.match(stylesheet, /@page pc-landscape \{ size: A4 landscape;/);
    assert.match(stylesheet, /font-family: "Times New Roman", "Liberation Serif", serif/);
    assert.match(renderHtmlParts(statePlan).stylesheet, /margin: 20mm 15mm 20mm 30mm;/);
  });

  it("shows the document's parts in order: header block, type, summary, body, closing, appendix", () => {
    const { body } = renderHtmlParts(partyPlan);
    const order = ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 123-KH/TU", "Bình Dương, ngày 12 tháng 9 năm 2023", "KẾ HOẠCH", "-----", "I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Nguyễn Văn Lộc", "PHỤ LỤC"];
    const at = order.map((s) => body.indexOf(s));
    assert.ok(at.every((i) => i >= 0), JSON.stringify(order.filter((_, k) => at[k] < 0)));
    assert.deepEqual([...at].sort((a, b) => a - b), at);
    assert.equal(count(body, 'class="pc-sheet"'), 1);
    assert.equal(count(body, 'class="pc-sheet pc-landscape"'), 1);
  });

  it("the appendix table: a heading row (repeated in print by <thead>) and one row per task with full names", () => {
    const { body } = renderHtmlParts(partyPlan);
    const appendix = body.slice(body.indexOf("pc-landscape"));
    assert.equal(count(appendix, "<thead>"), 1);
    assert.equal(count(appendix, "<th>"), 6);
    assert.equal(count(appendix, "<tr>") + count(appendix, '<tr class="pc-group">'), PARTY_TASKS.length + 1);
    for (const t of PARTY_TASKS) assert.ok(appendix.includes(t.lead) && appendix.includes(t.support));
  });

  it("marks placeholders so they cannot be signed by mistake", () => {
    const { body } = renderHtmlParts(partyPlan);
    assert.equal(count(body, '<mark class="pc-placeholder"'), 1);
    assert.ok(body.includes(`>${PARTY_PLACEHOLDER}</mark>`));
  });

  it("recipients after `- `, the State's rule instead of dashes, no appendix sheet without an appendix", () => {
    const state = renderHtmlParts(statePlan).body;
    assert.ok(state.includes("- Lưu: VT, TTTT."));
    assert.equal(count(state, "-----"), 0);
    assert.equal(count(renderHtmlParts(reportTemplate).body, "pc-landscape"), 0);
  });

  it("renderHtml is the parts put together", () => {
    const parts = renderHtmlParts(statePlan);
    const html = renderHtml(statePlan);
    assert.ok(html.includes(`<title>${parts.title}</title>`));
    assert.ok(html.includes(parts.stylesheet) && html.includes(parts.body));
  });
});
