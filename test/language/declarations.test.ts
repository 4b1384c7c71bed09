// LANGUAGE.md § Declarations: the workspace model's answers to the definitions of that section
// (default hierarchy, levelled unit, issuer code, subtree, name resolution), on the example's own
// units. The rules built on them have their own tables in test/checks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkFile, Workspace, type UnitDecl } from "../../language/index.js";

const EXAMPLE = readFileSync(new URL("../fixtures/language-example.plan", import.meta.url), "utf8");

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///ws/${name}`, text);
  return ws;
}

const unit = (ws: Workspace, name: string): UnitDecl => {
  const u = ws.lookupUnit(name);
  assert.ok(u, `no unit ${name}`);
  return u;
};

describe("LANGUAGE.md § Declarations", () => {
  describe("hierarchy", () => {
    it("when no file declares one, the built-in default is exactly the example's", () => {
      const ws = workspace({ "units.plan": `unit tw "Trung ương" level central` });
      assert.deepEqual(
        ws.levels().map((l) => [l.name, l.title, l.rank]),
        [
          ["central", "Trung ương", 0],
          ["province", "Tỉnh, thành phố, đảng bộ trực thuộc Trung ương", 1],
          ["district", "Huyện, quận, thị xã", 2],
          ["grassroots", "Cơ sở", 3],
        ],
      );
      const declared = workspace({ "example.plan": EXAMPLE });
      assert.deepEqual(
        declared.levels().map((l) => [l.name, l.title, l.rank]),
        ws.levels().map((l) => [l.name, l.title, l.rank]),
      );
    });

    it("a declared hierarchy replaces the default, highest first (the 2025 two-level reform)", () => {
      const ws = workspace({
        "h.plan": `hierarchy {\n  level central "Trung ương"\n  level province "Tỉnh"\n  level grassroots "Xã, phường"\n}\n`,
        "units.plan": `unit tw "TW" level central\nunit tinh "Tỉnh" level province in tw\nunit huyen "Huyện" level district in tinh\n`,
      });
      assert.deepEqual(
        ws.levels().map((l) => l.name),
        ["central", "province", "grassroots"],
      );
      const findings = checkFile(ws, "file:///ws/units.plan").map((f) => `${f.ruleId}/${f.messageId}`);
      assert.deepEqual(findings, ["unresolved-reference/level"], "`district` is not a level of the declared hierarchy");
    });
  });

  describe("units", () => {
    const ws = workspace({ "example.plan": EXAMPLE });

    it("a nested unit belongs to its container; `in X` places a unit under a unit declared elsewhere", () => {
      assert.equal(ws.containerOf(unit(ws, "btg-tu-bd"))?.name.text, "tinh-uy-binh-duong");
      assert.equal(ws.containerOf(unit(ws, "tinh-uy-binh-duong"))?.name.text, "trung-uong");
      assert.deepEqual(
        ws.containerChain(unit(ws, "so-tttt-bd")).map((u) => u.name.text),
        ["tinh-uy-binh-duong", "trung-uong"],
      );
    });

    it("without its own `level` a nested unit is at its container's level", () => {
      assert.equal(ws.levelOf(unit(ws, "bo-chinh-tri"))?.name, "central");
      assert.equal(ws.levelOf(unit(ws, "btv-tu-bd"))?.name, "province");
    });

    it("the levelled unit is the nearest enclosing-or-self unit that declares a `level`", () => {
      assert.equal(ws.levelledUnit(unit(ws, "bo-chinh-tri"))?.name.text, "trung-uong");
      assert.equal(ws.levelledUnit(unit(ws, "btv-tu-bd"))?.name.text, "tinh-uy-binh-duong");
      assert.equal(ws.levelledUnit(unit(ws, "tinh-uy-binh-duong"))?.name.text, "tinh-uy-binh-duong");
    });

    it("the issuer code is the unit's own `code`, else the nearest container's", () => {
      assert.equal(ws.issuerCode(unit(ws, "btg-tw")), "BTGTW");
      assert.equal(ws.issuerCode(unit(ws, "bo-chinh-tri")), "TW");
      assert.equal(ws.issuerCode(unit(ws, "btg-tu-bd")), "TU", "the province's, not the Central Committee's");
      const deeper = workspace({ "a.plan": EXAMPLE, "b.plan": `unit vu-x "Vụ X" in btg-tw {\n  unit phong-y "Phòng Y"\n}\n` });
      assert.equal(deeper.issuerCode(unit(deeper, "phong-y")), "BTGTW", "nearest: through `in`, before trung-uong's TW");
    });

    it("the subtree is the unit itself and every unit nested in it or placed in it with `in`, transitively", () => {
      const ws2 = workspace({ "a.plan": EXAMPLE, "b.plan": `unit huyen-uy-z "Huyện ủy Z" level district in tinh-uy-binh-duong {\n  unit btg-hu-z "Ban Tuyên giáo"\n}\n` });
      assert.deepEqual(
        ws2.subtree(unit(ws2, "tinh-uy-binh-duong")).map((u) => u.name.text).sort(),
        ["btg-hu-z", "btg-tu-bd", "btv-tu-bd", "huyen-uy-z", "so-tttt-bd", "tinh-uy-binh-duong", "vp-tu-bd"],
      );
      assert.ok(ws2.inSubtree(unit(ws2, "btg-hu-z"), unit(ws2, "trung-uong")), "transitively: nested in a unit placed in a unit placed in trung-uong");
      assert.ok(!ws2.inSubtree(unit(ws2, "btg-tw"), unit(ws2, "tinh-uy-binh-duong")));
    });

    it("issued documents: those whose issuer resolves, with the issuer's levelled unit, kept current as units change", () => {
      const docs = `directive D { issuer bo-chinh-tri }\nplan P { issuer btg-tu-bd }\nplan Q { issuer nobody }\nplan R { }\n`;
      const ws2 = workspace({ "a.plan": EXAMPLE, "d.plan": docs });
      const seen = () => ws2.issuedDocuments().map((d) => `${d.decl.name.text}: ${d.issuer.name.text} in ${d.root.name.text}`);
      const before = seen();
      assert.ok(before.includes("D: bo-chinh-tri in trung-uong"), before.join("; "));
      assert.ok(before.includes("P: btg-tu-bd in tinh-uy-binh-duong"), before.join("; "));
      assert.ok(!before.some((line) => /^[QR]:/.test(line)), "no issuer, or one that does not resolve: left out");
      ws2.setFile("file:///ws/z.plan", `unit nobody "Ai đó" level district\n`);
      assert.ok(seen().includes("Q: nobody in nobody"), "a unit declared later resolves the issuer");
    });
  });

  describe("name resolution", () => {
    it("declarations are global across files and may appear in any order, within a file too", () => {
      // The plan comes first, its directive and units after it, some in another file.
      const plan = `plan P {\n  number "1-KH/TU"\n  issuer tinh\n  issued 2023-09-01\n  implements D\n  parent D\n  horizon 2030\n  task A1 "x" covers T1 { lead tinh indicator "i" target 1 due 2024 }\n  reporting { report "r" every 6 months due day 10 to tw }\n}\nunit tinh "Tỉnh ủy" level province code "TU" in tw\n`;
      const ws = workspace({
        "a.plan": plan,
        "z.plan": `directive D { number "1-KL/TW" issuer tw issued 2023-06-01 horizon 2030 task T1 "t" reporting { report "r" every 12 months due day 15 to tw } }\nunit tw "Trung ương" level central code "TW"\n`,
      });
      assert.deepEqual(checkFile(ws, "file:///ws/a.plan").map((f) => `${f.ruleId}: ${f.message.en}`), []);
    });

    it("`covers X` looks among the tasks of the plan's parent (nested included); `DOC.X` names a task of any document", () => {
      const ws = workspace({ "example.plan": EXAMPLE });
      const plan = ws.lookupDocument("KH-BD-57")!;
      assert.equal(ws.resolveTask(plan, "T2.1")?.task.name.text, "T2.1", "a nested task of the parent");
      assert.equal(ws.resolveTask(plan, "KL57.T2.1")?.doc.name.text, "KL57");
      assert.equal(ws.resolveTask(plan, "KH-BD-57.A1")?.doc.name.text, "KH-BD-57", "a qualified name may name any document");
      assert.equal(ws.resolveTask(plan, "A1"), undefined, "unqualified names look only into the parent");
      assert.equal(ws.resolveTask(plan, "KL16.T9"), undefined);
    });

    it("units and documents share one namespace; tasks are scoped to their document", () => {
      const ws = workspace({ "example.plan": EXAMPLE });
      assert.equal(ws.lookup("KL57")?.decl.kind, "document");
      assert.equal(ws.lookup("btg-tw")?.decl.kind, "unit");
      assert.equal(ws.lookupUnit("KL57"), undefined);
      assert.equal(ws.lookupDocument("btg-tw"), undefined);
      assert.equal(ws.lookup("T1"), undefined, "task names are not global");
    });
  });
});
