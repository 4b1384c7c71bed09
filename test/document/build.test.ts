// The issued document's model (document/build.ts) from the sample plans and small workspaces:
// what each part says, in which layout, and what is marked for the drafter. The renderers' tests
// check how the model is laid out in .docx and HTML.
import assert from "node:assert/strict";
import { issuedDocument } from "../../document/build.js";
import type { Block, IssuedDocument, Run } from "../../document/model.js";
import { Workspace } from "../../language/index.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { samplesWorkspace } from "../workflows/helpers.js";

const ws = samplesWorkspace();

function exported(name: string, report?: number, workspace = ws): IssuedDocument {
  const result = issuedDocument(workspace, name, report === undefined ? {} : { report });
  assert.ok(result.ok, result.ok ? "" : result.message.en);
  return result.document;
}

const text = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");
const marked = (runs: readonly Run[]): boolean => runs.some((r) => r.placeholder);
const paragraphs = (doc: IssuedDocument): string[] => doc.body.filter((b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph").map((b) => text(b.runs));
const headings = (doc: IssuedDocument): string[] => doc.body.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);

describe("the issued document (model)", () => {
  describe("Party layout: Tỉnh ủy Bình Dương, KH-BD-57", () => {
    const doc = exported("KH-BD-57");

    it("the header block: superior, issuer, number without colon, place and date", () => {
      assert.equal(doc.layout, "party");
      assert.deepEqual(doc.header.superior, ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG"]);
      assert.deepEqual(doc.header.issuer, ["TỈNH ỦY"]);
      assert.equal(doc.header.number, "Số 123-KH/TU");
      assert.deepEqual(doc.header.national, ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
      assert.equal(text(doc.header.placeDate), "Bình Dương, ngày 12 tháng 9 năm 2023");
      assert.ok(!marked(doc.header.placeDate));
    });

    it("the type and the summary from the title without its type word", () => {
      assert.equal(doc.type, "KẾ HOẠCH");
      assert.equal(
        doc.summary.map(text).join(" "),
        "thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
      );
    });

    it("sections I–III in order, the plan's purposes and requirements as written", () => {
      assert.deepEqual(headings(doc), ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"]);
      const body = paragraphs(doc);
      assert.ok(body.some((p) => p.startsWith("Quán triệt, triển khai kịp thời, có hiệu quả Kết luận số 57-KL/TW")));
      assert.ok(body.some((p) => p.includes('"Chủ động, đồng bộ, kịp thời, sáng tạo, hiệu quả"')));
      assert.ok(!doc.body.some((b) => b.kind === "paragraph" && marked(b.runs)), "nothing left for the drafter");
    });

    it("tasks numbered with who, when and what is measured, bodies by full name", () => {
      const body = paragraphs(doc);
      assert.ok(body.includes("1. Tổ chức quán triệt Kết luận 57 đến cán bộ, đảng viên; nâng cao nhận thức của các cấp, các ngành và cán bộ, đảng viên, nhân dân về mục tiêu, quan điểm chỉ đạo của Đảng về công tác thông tin đối ngoại."));
      assert.ok(
        body.includes(
          "Cơ quan chủ trì: Ban Tuyên giáo Tỉnh ủy. Cơ quan phối hợp: Sở Thông tin và Truyền thông, Văn phòng Tỉnh ủy. Thời gian: hoàn thành trong quý IV/2023. Chỉ tiêu: Tỷ lệ tổ chức đảng cơ sở tổ chức quán triệt: 100%.",
        ),
      );
      assert.ok(body.some((p) => p.includes("Thời gian: thường xuyên.")));
      assert.ok(body.some((p) => p.includes("Thời gian: hoàn thành trước ngày 31/12/2025.")));
      assert.ok(body.some((p) => p.includes("Thời gian: hoàn thành trong năm 2030.")));
      assert.ok(!body.some((p) => /\bbtg-tu-bd\b|\bso-tttt-bd\b/.test(p)), "no identifiers");
    });

    it("section III: one paragraph per body, then the reporting duty with its first due date and the reviews", () => {
      const subheadings = doc.body.filter((b) => b.kind === "subheading").map((b) => (b as { text: string }).text);
      assert.ok(subheadings.includes("1. Ban Tuyên giáo Tỉnh ủy"));
      assert.ok(subheadings.includes("3. Thành ủy Thuận An"));
      const body = paragraphs(doc);
      assert.ok(body.includes("Chủ trì thực hiện nhiệm vụ 1 và 4 tại mục II của Kế hoạch."));
      assert.ok(body.includes("Phối hợp thực hiện nhiệm vụ 2, 3, 4 và 5 tại mục II của Kế hoạch."));
      assert.ok(
        body.some(
          (p) => p.includes("định kỳ 6 tháng tổng hợp, tham mưu báo cáo kết quả thực hiện") && p.includes("về Ban Tuyên giáo Trung ương") && p.includes("(kỳ đầu: trước ngày 10/4/2024)"),
        ),
      );
      assert.ok(body.includes("Sơ kết việc thực hiện trước ngày 31/12/2024; tổng kết việc thực hiện trước ngày 31/10/2030."));
      assert.ok(body.some((p) => p.startsWith("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy")), "the plan's organization text opens section III");
    });

    it("signature and recipients as written; recipients punctuated, the archive last", () => {
      assert.deepEqual(
        [doc.signature.authority, doc.signature.position, doc.signature.signer].map((r) => text(r ?? [])),
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Minh"],
      );
      assert.equal(doc.signature.deputy, undefined);
      assert.deepEqual(doc.recipients.map(text), [
        "Ban Tuyên giáo Trung ương,",
        "Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương,",
        "Các đồng chí Tỉnh ủy viên,",
        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,",
        "Các sở, ban, ngành, đoàn thể tỉnh,",
        "Lưu Văn phòng Tỉnh ủy.",
      ]);
    });

    it("the appendix: one row per task, full names, deadlines as the column shows them, the plan's number and date", () => {
      const appendix = doc.appendix!;
      assert.equal(appendix.title, "PHỤ LỤC");
      assert.deepEqual(appendix.subtitle, ["PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", "(Kèm theo Kế hoạch số 123-KH/TU ngày 12/9/2023 của Tỉnh ủy Bình Dương)"]);
      assert.deepEqual(appendix.table.columns, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm / chỉ tiêu"]);
      assert.equal(appendix.table.widths.length, 6);
      const rows = appendix.table.rows.map((r) => r.cells.map(text));
      assert.equal(rows.length, 5);
      assert.deepEqual(rows[0].slice(2), ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông; Văn phòng Tỉnh ủy", "Quý IV/2023", "Tỷ lệ tổ chức đảng cơ sở tổ chức quán triệt: 100%"]);
      assert.deepEqual(rows.map((r) => r[4]), ["Quý IV/2023", "Thường xuyên", "31/12/2025", "Năm 2030", "31/12/2024"]);
      assert.deepEqual(rows.map((r) => r[2]), ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "Ban Tuyên giáo Tỉnh ủy", "Thành ủy Thuận An"]);
    });
  });

  describe("State layout: Ủy ban nhân dân tỉnh Hưng Yên, KH-HY-139", () => {
    const doc = exported("KH-HY-139");

    it("the State header: no superior, the committee on two lines, number with colon, the national motto", () => {
      assert.equal(doc.layout, "state");
      assert.deepEqual(doc.header.superior, []);
      assert.deepEqual(doc.header.issuer, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"]);
      assert.equal(doc.header.number, "Số: 139/KH-UBND");
      assert.deepEqual(doc.header.national, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
      assert.equal(text(doc.header.placeDate), "Hưng Yên, ngày 19 tháng 9 năm 2023");
    });

    it("the preamble as written, a free section numbered after III, a subtask as a lettered item", () => {
      assert.ok(paragraphs(doc)[0].startsWith("Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị"));
      assert.deepEqual(headings(doc), ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN", "IV. KINH PHÍ THỰC HIỆN"]);
      assert.ok(paragraphs(doc).includes("a) Quảng bá Khu di tích Phố Hiến tới du khách quốc tế."));
      assert.ok(paragraphs(doc).includes("Chủ trì thực hiện nhiệm vụ 2a tại mục II của Kế hoạch."));
      assert.equal(doc.appendix?.table.rows.length, 5, "one row per task, the subtask included");
      assert.equal(doc.appendix?.table.rows[1].group, true, "a task with subtasks is a group row");
    });

    it("the signature on behalf (TM. / KT.), recipients ending in ';', the archive last", () => {
      assert.deepEqual(
        [doc.signature.authority, doc.signature.deputy, doc.signature.position, doc.signature.signer].map((r) => text(r ?? [])),
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"],
      );
      assert.deepEqual(doc.recipients.map(text), [
        "Bộ Thông tin và Truyền thông;",
        "Tỉnh ủy Hưng Yên;",
        "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
        "Các sở, ban, ngành tỉnh;",
        "UBND các huyện, thị xã, thành phố;",
        "Lưu: VT.",
      ]);
    });
  });

  it("the date line takes leading zeros for days below 10 and the months 1 and 2", () => {
    const w = new Workspace();
    for (const [uri, t] of Object.entries(BASE_FILES)) w.setFile(uri, t);
    w.setFile("file:///ws/p.plan", plan("", { issued: "5/2/2024" }));
    assert.equal(text(exported("P", undefined, w).header.placeDate), "A, ngày 05 tháng 02 năm 2024");
    w.setFile("file:///ws/p.plan", plan("", { issued: "2024-11-09" }));
    assert.equal(text(exported("P", undefined, w).header.placeDate), "A, ngày 09 tháng 11 năm 2024");
  });

  describe("a draft without its document parts", () => {
    const w = new Workspace();
    for (const [uri, t] of Object.entries(BASE_FILES)) w.setFile(uri, t);
    w.setFile(
      "file:///ws/p.plan",
      plan(`  task A1 "Quán triệt" covers T1 {\n    lead btg-tu-a\n    support vp-tu-a\n    due Q4/2023\n    indicator "Tỷ lệ" target 100%\n  }`, { number: null, issued: null, title: null }),
    );
    const doc = exported("P", undefined, w);

    it("leaves the number's serial and the date blank, marked", () => {
      assert.match(doc.header.number, /^Số \s+-KH\/TU$/u);
      assert.equal(text(doc.header.placeDate).startsWith("A, ngày"), true);
      assert.ok(marked(doc.header.placeDate));
    });

    it("summarises from the directive it implements", () => {
      assert.equal(doc.summary.map(text).join(""), "thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới");
    });

    it("purposes and requirements: a sentence citing the directive, marked for the drafter", () => {
      const purposes = doc.body.filter((b) => b.kind === "paragraph" && marked(b.runs)).map((b) => text((b as { runs: Run[] }).runs));
      assert.equal(purposes.length, 2);
      assert.match(purposes[0], /Kết luận số 57-KL\/TW ngày 15\/6\/2023 của Bộ Chính trị/);
    });

    it("proposes the usual signature and recipients, marked", () => {
      assert.equal(text(doc.signature.authority ?? []), "T/M BAN THƯỜNG VỤ");
      assert.ok(marked(doc.signature.authority ?? []) && marked(doc.signature.signer ?? []));
      assert.deepEqual(doc.recipients.map(text), ["Ban Tuyên giáo Tỉnh ủy A,", "Văn phòng Tỉnh ủy A,", "Lưu VT."]);
      assert.ok(marked(doc.recipients[0]) && !marked(doc.recipients[2]));
    });
  });

  describe("the K-th periodic report's template", () => {
    const doc = exported("KH-BD-57", 2);

    it("BÁO CÁO of the same issuer, its number and date blank, the period in the summary", () => {
      assert.equal(doc.kind, "report");
      assert.equal(doc.type, "BÁO CÁO");
      assert.match(doc.header.number, /^Số \s+-BC\/TU$/u);
      assert.equal(text(doc.header.placeDate).replace(/\s+/g, " "), "Bình Dương, ngày tháng năm 2024");
      assert.deepEqual(doc.summary.map(text), [
        "kết quả thực hiện Kế hoạch số 123-KH/TU ngày 12/9/2023 của Tỉnh ủy Bình Dương",
        "(kỳ báo cáo thứ 2: từ ngày 12/3/2024 đến ngày 11/9/2024)",
      ]);
      assert.match(paragraphs(doc)[0], /hạn gửi: trước ngày 10\/10\/2024/);
    });

    it("a table per task: its indicators with the target, result and assessment left empty", () => {
      const tables = doc.body.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
      assert.equal(tables.length, 5);
      assert.deepEqual(tables[0].table.columns, ["Chỉ tiêu", "Mục tiêu", "Kết quả thực hiện", "Đánh giá"]);
      assert.deepEqual(tables[0].table.rows[0].cells.map(text), ["Tỷ lệ tổ chức đảng cơ sở tổ chức quán triệt", "100%", "", ""]);
      assert.equal(doc.appendix, undefined);
      assert.deepEqual(doc.recipients.map(text), ["Ban Tuyên giáo Trung ương (để báo cáo),", "Lưu VT."]);
    });
  });

  describe("what cannot be exported says why, in both languages", () => {
    const fails = (name: string, report?: number) => {
      const result = issuedDocument(ws, name, report === undefined ? {} : { report });
      assert.equal(result.ok, false);
      return result.ok ? { vi: "", en: "" } : result.message;
    };
    it("an unknown name, with did-you-mean", () => {
      assert.equal(fails("KH-BD-75").en, "No document 'KH-BD-75' in the workspace. Did you mean 'KH-BD-57'?");
      assert.equal(fails("KH-BD-75").vi, "Không có văn bản 'KH-BD-75' trong không gian làm việc. Có phải là 'KH-BD-57'?");
    });
    it("a unit", () => assert.match(fails("btg-tw").en, /is a unit, not a document/));
    it("a report number out of range", () => {
      assert.equal(fails("KH-BD-57", 15).en, "'KH-BD-57' has 14 periodic reports up to its horizon; --report takes 1 to 14");
      assert.match(fails("KH-BD-57", 0).en, /--report takes 1 to 14/);
    });
  });
});
