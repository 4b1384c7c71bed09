// What a body prints at the top of its documents (language/document/letterhead.ts): the header
// lines of the Party (36-HD/VPTW) and State (Nghị định 30/2020) layouts derived from the unit tree,
// the overrides, the place of the date line, and the layout of a document without a number.
import assert from "node:assert/strict";
import { documentLayout, letterheadOf, placeOf, usualAuthority } from "../../language/document/letterhead.js";
import { Workspace, type DocumentDecl } from "../../language/index.js";

const UNITS = `
unit trung-uong "Ban Chấp hành Trung ương" level central code "TW" {
  place "Hà Nội"
  unit bo-chinh-tri "Bộ Chính trị"
}
unit tinh-uy-bd "Tỉnh ủy Bình Dương" level province code "TU" in trung-uong {
  unit btv-tu-bd "Ban Thường vụ Tỉnh ủy"
  unit btg-tu-bd "Ban Tuyên giáo Tỉnh ủy"
  unit thanh-uy-thuan-an "Thành ủy Thuận An" level district code "TU"
}
unit tinh-uy-tq "Tỉnh uỷ Tuyên Quang" level province code "TU" in trung-uong
unit huyen-uy-lb "Huyện ủy Lâm Bình" level district code "HU" in tinh-uy-tq {
  unit dang-uy-xa-lc "Đảng ủy xã Lăng Can" level grassroots
}
unit ubnd-hy "Ủy ban nhân dân tỉnh Hưng Yên" code "UBND" in tinh-uy-tq {
  unit so-tttt-hy "Sở Thông tin và Truyền thông"
}
unit dang-uy-vnc "Đảng ủy Tập đoàn Hóa chất Việt Nam" level province code "ĐU" in trung-uong {
  superior "ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG"
  heading "ĐẢNG ỦY TẬP ĐOÀN", "HÓA CHẤT VIỆT NAM"
  place "Hà Nội"
  unit btv-du-vnc "Ban Thường vụ Đảng ủy Tập đoàn"
}
unit tap-doan-x "Tập đoàn X" level province code "TĐ" in trung-uong
`;

const ws = new Workspace();
ws.setFile("file:///ws/units.plan", UNITS);
const unit = (name: string) => {
  const u = ws.lookupUnit(name);
  assert.ok(u, name);
  return u;
};

describe("letterheads", () => {
  describe("Party layout", () => {
    const party = (name: string) => letterheadOf(ws, unit(name), "party");
    it("a provincial committee under the Centre: its Party organisation above 'TỈNH ỦY'", () => {
      assert.deepEqual(party("tinh-uy-bd"), { superior: ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG"], issuer: ["TỈNH ỦY"] });
      // Both spellings of ủy.
      assert.deepEqual(party("tinh-uy-tq"), { superior: ["ĐẢNG BỘ TỈNH TUYÊN QUANG"], issuer: ["TỈNH ỦY"] });
    });
    it("a lower committee: the organisation of the committee above it, then its full name", () => {
      assert.deepEqual(party("huyen-uy-lb"), { superior: ["ĐẢNG BỘ TỈNH TUYÊN QUANG"], issuer: ["HUYỆN ỦY LÂM BÌNH"] });
      assert.deepEqual(party("thanh-uy-thuan-an"), { superior: ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG"], issuer: ["THÀNH ỦY THUẬN AN"] });
      assert.deepEqual(party("dang-uy-xa-lc"), { superior: ["ĐẢNG BỘ HUYỆN LÂM BÌNH"], issuer: ["ĐẢNG ỦY XÃ LĂNG CAN"] });
    });
    it("an organ: its container, then itself; the standing committee prints as its committee", () => {
      assert.deepEqual(party("btg-tu-bd"), { superior: ["TỈNH ỦY BÌNH DƯƠNG"], issuer: ["BAN TUYÊN GIÁO TỈNH ỦY"] });
      assert.deepEqual(party("btv-tu-bd"), party("tinh-uy-bd"));
      assert.deepEqual(party("bo-chinh-tri"), { superior: ["BAN CHẤP HÀNH TRUNG ƯƠNG"], issuer: ["BỘ CHÍNH TRỊ"] });
    });
    it("the unit's own 'superior' and 'heading' override the derivation", () => {
      assert.deepEqual(party("dang-uy-vnc"), { superior: ["ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG"], issuer: ["ĐẢNG ỦY TẬP ĐOÀN", "HÓA CHẤT VIỆT NAM"] });
    });
    it("a standing committee prints as its committee, the committee's overrides included", () => {
      assert.deepEqual(party("btv-du-vnc"), party("dang-uy-vnc"));
    });
  });

  describe("State layout", () => {
    const state = (name: string) => letterheadOf(ws, unit(name), "state");
    it("a people's committee: no superior, its name on two lines", () => {
      assert.deepEqual(state("ubnd-hy"), { superior: [], issuer: ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"] });
    });
    it("an organ of a people's committee: 'UBND …' above it", () => {
      assert.deepEqual(state("so-tttt-hy"), { superior: ["UBND TỈNH HƯNG YÊN"], issuer: ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"] });
    });
  });

  describe("place of the date line", () => {
    it("the administrative name in the title of the unit or the units above it up to its levelled unit", () => {
      assert.equal(placeOf(ws, unit("tinh-uy-bd")), "Bình Dương");
      assert.equal(placeOf(ws, unit("btg-tu-bd")), "Bình Dương");
      assert.equal(placeOf(ws, unit("huyen-uy-lb")), "Lâm Bình");
      assert.equal(placeOf(ws, unit("dang-uy-xa-lc")), "Lăng Can");
      assert.equal(placeOf(ws, unit("so-tttt-hy")), "Hưng Yên");
    });
    it("a 'place' is found on the unit or above it, but not past its levelled unit", () => {
      assert.equal(placeOf(ws, unit("bo-chinh-tri")), "Hà Nội");
      assert.equal(placeOf(ws, unit("dang-uy-vnc")), "Hà Nội");
      // Placed in trung-uong (which has a place), but its own levelled unit is itself.
      assert.equal(placeOf(ws, unit("tap-doan-x")), undefined);
    });
  });

  it("the usual signing authority", () => {
    assert.equal(usualAuthority(ws, unit("tinh-uy-bd")), "T/M BAN THƯỜNG VỤ");
    assert.equal(usualAuthority(ws, unit("btv-tu-bd")), "T/M BAN THƯỜNG VỤ");
    assert.equal(usualAuthority(ws, unit("ubnd-hy")), "TM. ỦY BAN NHÂN DÂN");
    assert.equal(usualAuthority(ws, unit("so-tttt-hy")), undefined);
  });

  it("the layout: the number's form, else the issuer's kind of body", () => {
    const doc = (issuer: string, number?: string): DocumentDecl => {
      const w = new Workspace();
      w.setFile("file:///ws/units.plan", UNITS);
      w.setFile("file:///ws/p.plan", `plan P {\n  ${number ? `number "${number}"` : ""}\n  issuer ${issuer}\n}\n`);
      return w.lookupDocument("P")!;
    };
    assert.equal(documentLayout(ws, doc("tinh-uy-bd", "123-KH/TU")), "party");
    assert.equal(documentLayout(ws, doc("tinh-uy-bd", "139/KH-UBND")), "state");
    assert.equal(documentLayout(ws, doc("ubnd-hy")), "state");
    assert.equal(documentLayout(ws, doc("so-tttt-hy")), "state");
    assert.equal(documentLayout(ws, doc("tinh-uy-bd")), "party");
  });
});
