// The document parts of the language (docs/language.md, "Issued documents"): what the parser makes
// of them, how it recovers inside them, and how the formatter lays them out.
import assert from "node:assert/strict";
import { formatText } from "../../language/format/index.js";
import { checkFile, parse, Workspace, type DocumentDecl, type UnitDecl } from "../../language/index.js";

const PLAN = `unit tinh-uy-a "Tỉnh ủy A" level province code "TU" {
  place "Thành phố A"
  superior "ĐẢNG BỘ TỈNH A"
  heading "TỈNH ỦY"
  unit btg-tu-a "Ban Tuyên giáo Tỉnh ủy"
}

plan P {
  number "1-KH/TU"
  issuer tinh-uy-a
  preamble "Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:"
  purpose "Quán triệt sâu sắc nội dung Kết luận", "Nâng cao nhận thức"
  requirement "Cụ thể hóa phù hợp với tình hình của tỉnh"
  organization "Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch của mình"
  task A1 "Quán triệt" {
    detail "Tổ chức hội nghị quán triệt trực tiếp và trực tuyến"
    lead btg-tu-a
  }
  section "KINH PHÍ THỰC HIỆN" {
    paragraph "Kinh phí thực hiện từ nguồn ngân sách của tỉnh"
    paragraph "Các cơ quan chủ động bố trí"
  }
  signature {
    authority "T/M BAN THƯỜNG VỤ"
    position "PHÓ BÍ THƯ"
    signer "Nguyễn Văn A"
  }
  recipients {
    btg-tu-a
    "Các huyện ủy, thị ủy, thành ủy"
    "Lưu VT"
  }
}
`;

function parsed(text: string): { unit: UnitDecl; plan: DocumentDecl; problems: number } {
  const file = parse("file:///ws/p.plan", text);
  const unit = file.decls.find((d): d is UnitDecl => d.kind === "unit")!;
  const plan = file.decls.find((d): d is DocumentDecl => d.kind === "document")!;
  return { unit, plan, problems: file.problems.length };
}

const values = (fields: { key: string; values: { value: string }[] }[]): string[][] => fields.map((f) => [f.key, ...f.values.map((v) => v.value)]);

describe("the document parts of a plan", () => {
  it("parse into the unit's texts and the plan's prose, sections, signature and recipients", () => {
    const { unit, plan, problems } = parsed(PLAN);
    assert.equal(problems, 0);
    assert.deepEqual(values(unit.texts), [
      ["place", "Thành phố A"],
      ["superior", "ĐẢNG BỘ TỈNH A"],
      ["heading", "TỈNH ỦY"],
    ]);
    assert.deepEqual(unit.children.map((c) => c.name.text), ["btg-tu-a"]);
    assert.deepEqual(
      values(plan.prose).map((v) => v.slice(0, 2)),
      [
        ["preamble", "Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:"],
        ["purpose", "Quán triệt sâu sắc nội dung Kết luận"],
        ["requirement", "Cụ thể hóa phù hợp với tình hình của tỉnh"],
        ["organization", "Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch của mình"],
      ],
    );
    assert.deepEqual(plan.prose[1].values.map((v) => v.value), ["Quán triệt sâu sắc nội dung Kết luận", "Nâng cao nhận thức"]);
    assert.deepEqual(values(plan.tasks[0].details), [["detail", "Tổ chức hội nghị quán triệt trực tiếp và trực tuyến"]]);
    assert.equal(plan.tasks[0].leads[0].units[0].text, "btg-tu-a");
    assert.equal(plan.sections[0].title?.value, "KINH PHÍ THỰC HIỆN");
    assert.equal(plan.sections[0].paragraphs.length, 2);
    assert.deepEqual(values(plan.signature!.parts), [
      ["authority", "T/M BAN THƯỜNG VỤ"],
      ["position", "PHÓ BÍ THƯ"],
      ["signer", "Nguyễn Văn A"],
    ]);
    assert.deepEqual(
      plan.recipients!.items.map((r) => r.unit?.text ?? `"${r.text?.value}"`),
      ["btg-tu-a", '"Các huyện ủy, thị ủy, thành ủy"', '"Lưu VT"'],
    );
  });

  it("are soft keywords: still usable as names", () => {
    const text = `unit place "Nơi" level province {\n  unit section "Phòng"\n}\nplan signer {\n  issuer section\n  recipients {\n    place\n  }\n}\n`;
    const { unit, plan, problems } = parsed(text);
    assert.equal(problems, 0);
    assert.equal(unit.name.text, "place");
    assert.equal(plan.name.text, "signer");
    assert.equal(plan.recipients?.items[0].unit?.text, "place");
  });

  it("a statement of another block is a syntax error, and the rest of the plan is still read", () => {
    const { plan, problems } = parsed(`plan P {\n  signer "Nguyễn Văn A"\n  task A1 "x" { lead a }\n  recipients { b }\n}\n`);
    assert.ok(problems > 0);
    assert.equal(plan.tasks[0]?.name.text, "A1");
    assert.equal(plan.recipients?.items[0].unit?.text, "b");
  });

  it("a signature block left open keeps the recipients after it", () => {
    const { plan, problems } = parsed(`plan P {\n  signature {\n    signer "A"\n  recipients { b }\n}\n`);
    assert.ok(problems > 0);
    assert.equal(plan.signature?.parts[0]?.values[0]?.value, "A");
    assert.ok(plan.recipients?.items.some((r) => r.unit?.text === "b") || plan.signature !== undefined);
  });

  it("recipients name units: an unknown one is unresolved-reference with did-you-mean", () => {
    const ws = new Workspace();
    ws.setFile("file:///ws/p.plan", PLAN.replace("    btg-tu-a\n    \"Các", "    btg-tu-b\n    \"Các"));
    const findings = checkFile(ws, "file:///ws/p.plan").filter((f) => f.ruleId === "unresolved-reference" && f.message.en.startsWith("Unknown"));
    assert.deepEqual(
      findings.map((f) => f.message.en),
      ["Unknown unit 'btg-tu-b'. Did you mean 'btg-tu-a'?"],
    );
  });

  it("the formatter indents them like every block and keeps their strings as written", () => {
    const messy = PLAN.replace(/^ +/gm, "").replace("recipients {", "recipients   {");
    assert.deepEqual(formatText("file:///ws/p.plan", messy), { ok: true, text: PLAN, changed: true });
    assert.deepEqual(formatText("file:///ws/p.plan", PLAN), { ok: true, text: PLAN, changed: false });
  });
});
