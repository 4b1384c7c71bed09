// The issued document over LSP, as the extension asks for it: `plancode/document` (the live
// preview's HTML, following edits) and `plancode/exportDocument` (the .docx bytes; a file with
// syntax errors is refused), on the samples workspace.
import assert from "node:assert/strict";
import { join } from "node:path";
import { DocxPackage, textOf } from "../document/helpers/docx-reader.js";
import { LspClient } from "./lsp-client.js";
import { REPO } from "../cli/helpers.js";

const BINH_DUONG = "provinces/binh-duong.plan";

interface Preview {
  ok: boolean;
  name?: string;
  title?: string;
  stylesheet?: string;
  body?: string;
  message?: string;
}

describe("server: the issued document (plancode/document, plancode/exportDocument)", function () {
  this.timeout(60_000);
  let c: LspClient;

  before(async () => {
    c = await LspClient.start({ workspace: join(REPO, "samples"), initializationOptions: { locale: "en" } });
    await c.open(BINH_DUONG);
  });
  after(() => c.stop());

  const preview = (params: Record<string, unknown>) => c.request<Preview>("plancode/document", params);

  it("previews the file's plan: the Party header, the tasks, bodies by full name, no script", async () => {
    const r = await preview({ uri: c.uri(BINH_DUONG) });
    assert.equal(r.ok, true, r.message);
    assert.equal(r.name, "KH-BD-57");
    assert.match(r.title!, /KẾ HOẠCH Số 123-KH\/TU/);
    for (const text of ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "Số 123-KH/TU", "ngày 12 tháng 9 năm 2023", "Ban Tuyên giáo Tỉnh ủy", "PHỤ LỤC"]) {
      assert.ok(r.body!.includes(text), text);
    }
    assert.ok(!/<script|btg-tu-bd/.test(r.body!));
    assert.ok(r.stylesheet!.includes("@page"));
  });

  it("follows the drafter's typing: an edit shows at once, and plan text is escaped", async () => {
    const original = c.text(BINH_DUONG);
    await c.change(BINH_DUONG, original.replace('signer "Nguyễn Văn Minh"', 'signer "Trần <b>Thị</b> Hoa"'));
    try {
      const r = await preview({ uri: c.uri(BINH_DUONG) });
      assert.ok(r.body!.includes("Trần &lt;b&gt;Thị&lt;/b&gt; Hoa"), "the new signer, escaped");
    } finally {
      await c.change(BINH_DUONG, original);
    }
  });

  it("a report template by number, and a reason when there is none", async () => {
    const r = await preview({ name: "KH-BD-57", report: 1 });
    assert.equal(r.ok, true);
    assert.ok(r.body!.includes("BÁO CÁO"));
    const none = await preview({ name: "KH-BD-57", report: 99 });
    assert.deepEqual(none, { ok: false, name: "KH-BD-57", message: "'KH-BD-57' has 14 periodic reports up to its horizon; --report takes 1 to 14" });
  });

  it("exports Word: the .docx bytes the extension saves", async () => {
    const r = await c.request<{ ok: boolean; fileName: string; base64: string }>("plancode/exportDocument", { uri: c.uri(BINH_DUONG), format: "docx" });
    assert.equal(r.ok, true);
    assert.equal(r.fileName, "KH-BD-57.docx");
    const pkg = new DocxPackage(Buffer.from(r.base64, "base64"));
    assert.ok(textOf(pkg.document.documentElement as unknown as Parameters<typeof textOf>[0]).includes("Số 123-KH/TU"));
  });

  it("refuses to export a file with syntax errors, and says why", async () => {
    const original = c.text(BINH_DUONG);
    await c.change(BINH_DUONG, original.replace("  due Q4/2023", "  due Q4/2023 }}"));
    try {
      const r = await c.request<{ ok: boolean; message: string }>("plancode/exportDocument", { uri: c.uri(BINH_DUONG), format: "docx" });
      assert.deepEqual(r, { ok: false, name: "KH-BD-57", message: "'KH-BD-57' is not exported: its file has syntax errors" });
    } finally {
      await c.change(BINH_DUONG, original);
    }
  });
});
