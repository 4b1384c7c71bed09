// Ranked completion (language/ide/completion-ranking.ts): candidates by where they may legally
// go and by proximity. Issue 16: after `parent` the right plan was 11th of 12 on the samples and
// not in the first 60 nationwide; after `issuer` the drafter's own body was 10th.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { generateWorkspaceDetailed } from "../../bench/generate.js";
import { Workspace, type DocumentDecl, type ReferenceSite } from "../../language/index.js";
import { cursorContext, rankDocuments, rankUnits, typedMatcher, type RankingScene } from "../../language/ide/index.js";
import { samplesWorkspace } from "../workflows/helpers.js";

const DRAFTER = readFileSync(new URL("../fixtures/drafter/chiem-hoa.plan", import.meta.url), "utf8");
const DRAFTER_URI = "file:///samples/districts/chiem-hoa.plan";

function scene(ws: Workspace, uri: string, docName?: string): RankingScene {
  const file = ws.getFile(uri)!;
  const document = file.decls.find((d): d is DocumentDecl => d.kind === "document" && (docName === undefined || d.name.text === docName));
  return { workspace: ws, uri, document };
}

const units = (s: RankingScene, site: ReferenceSite, typed = "", limit = 1000) => rankUnits(s, site, typed, limit).items.map((u) => u.name.text);
const documents = (s: RankingScene, site: ReferenceSite, typed = "", limit = 1000) => rankDocuments(s, site, typed, limit).items.map((d) => d.name.text);

describe("ide: ranked completion", () => {
  const ws = samplesWorkspace();
  ws.setFile(DRAFTER_URI, DRAFTER);
  const drafter = scene(ws, DRAFTER_URI);

  it("`parent`: the plan one level up whose issuer contains ours, then the directive; never a plan of another province", () => {
    const ranked = documents(drafter, "parent");
    assert.deepEqual(ranked.slice(0, 2), ["KH-TQ-57", "KL57"]);
    const legal = ranked.indexOf("KL57");
    for (const other of ["KH-BD-57", "KH-HY-211", "KH-LB-57"]) assert.ok(ranked.indexOf(other) > legal, `${other} after the legal parents: ${ranked.join(", ")}`);
  });

  it("`parent`: never a document below the plan (a cycle)", () => {
    const tuyenQuang = scene(ws, "file:///samples/provinces/tuyen-quang.plan", "KH-TQ-57");
    const ranked = documents(tuyenQuang, "parent");
    assert.equal(ranked[0], "KL57");
    assert.ok(ranked.indexOf("KH-LB-57") > ranked.indexOf("KL57"));
  });

  it("`implements`: the directive the parent chain leads to, first; directives only", () => {
    const ranked = documents(drafter, "implements");
    assert.equal(ranked[0], "KL57");
    assert.ok(ranked.every((name) => ws.lookupDocument(name)?.docKind === "directive"), ranked.join(", "));
  });

  it("`issuer`: the units of this file, then of its folder, then the rest by folder distance", () => {
    const ranked = units(drafter, "issuer");
    assert.deepEqual(ranked.slice(0, 4), ["huyen-uy-chiem-hoa", "btv-hu-ch", "btg-hu-ch", "vp-hu-ch"]);
    assert.equal(ranked[4], "huyen-uy-lam-binh", "then the district plan beside it");
  });

  it("`in`: the unit the file's plans report into first, then levelled units of this file and folder; never the unit itself", () => {
    const unit = ws.getFile(DRAFTER_URI)!.decls.find((d) => d.kind === "unit");
    const ranked = units({ ...drafter, unit: unit?.kind === "unit" ? unit : undefined }, "in");
    assert.equal(ranked[0], "tinh-uy-tuyen-quang", "the parent plan's issuer");
    assert.ok(!ranked.includes("huyen-uy-chiem-hoa") && !ranked.includes("btg-hu-ch"), "a unit cannot be placed in itself or below itself");
    assert.ok(ranked.indexOf("huyen-uy-lam-binh") < ranked.indexOf("btv-hu-lb"), ranked.slice(0, 8).join(", "));
  });

  it("`to` and a line of `recipients`: the parent's issuer and its organs, then those further up", () => {
    const to = units(drafter, "to");
    assert.deepEqual(to.slice(0, 6), ["tinh-uy-tuyen-quang", "btv-tu-tq", "btg-tu-tq", "vp-tu-tq", "so-tttt-tq", "so-vhttdl-tq"]);
    assert.ok(!to.slice(0, 6).includes("huyen-uy-na-hang"), "a levelled unit below the province is not one of its organs");
    assert.ok(to.indexOf("btg-tw") < to.indexOf("huyen-uy-lam-binh"), "the directive's issuer comes next");
    const recipients = units(drafter, "recipient");
    assert.deepEqual(recipients.slice(0, 3), ["tinh-uy-tuyen-quang", "btv-tu-tq", "btg-tu-tq"]);
  });

  it("what is typed narrows the list (letters in order, diacritics and case folded); a limit marks it incomplete", () => {
    assert.deepEqual(documents(drafter, "parent", "kh-tq"), ["KH-TQ-57"]);
    assert.equal(units(drafter, "issuer", "HUYENUYCH")[0], "huyen-uy-chiem-hoa");
    const match = typedMatcher("hoa");
    assert.ok(match("Hòa") && match("huyen-uy-hoa-binh") && !match("hao"));
    const limited = rankUnits(drafter, "issuer", "", 3);
    assert.equal(limited.items.length, 3);
    assert.equal(limited.incomplete, true);
    assert.equal(rankUnits(drafter, "issuer", "huyen-uy-chiem-hoa", 3).incomplete, false);
  });

  it("the cursor knows the site: `to` after a report, and a line of `recipients` expects a unit", () => {
    const text = `${DRAFTER.replace('due day 5 to btg-tu-tq', "due day 5 to ")}`;
    const at = text.indexOf("due day 5 to ") + "due day 5 to ".length;
    assert.deepEqual([cursorContext(text, at).expect, cursorContext(text, at).site], ["unit", "to"]);
    const withRecipients = text.replace("  reporting {", "  recipients {\n    \n  }\n  reporting {");
    const line = withRecipients.indexOf("recipients {\n    ") + "recipients {\n    ".length;
    const c = cursorContext(withRecipients, line);
    assert.deepEqual([c.expect, c.site, c.block], ["unit", "recipient", "recipients"]);
  });
});

describe("ide: ranked completion on a generated cascade", function () {
  this.timeout(120_000);
  const generated = generateWorkspaceDetailed({ seed: 57, scale: 1 / 16 });
  const ws = new Workspace();
  for (const [path, text] of generated.files) ws.setFile(`file:///ws/${path}`, text);
  /** Every plan of a district or commune (a sample of them), with its file. */
  const plans = ws
    .documents()
    .filter((e) => e.decl.parent && e.uri.split("/").length > 6)
    .filter((_, i) => i % 7 === 0);

  it("the plan's own parent is the first candidate after `parent`, its own issuer after `issuer`", () => {
    assert.ok(plans.length > 20, `${plans.length} plans sampled`);
    for (const { decl, uri } of plans) {
      const s = { workspace: ws, uri, document: decl };
      assert.equal(documents(s, "parent", "", 5)[0], decl.parent!.text, `${decl.name.text} in ${uri}`);
      assert.equal(units(s, "issuer", "", 5)[0], decl.issuer!.text, `${decl.name.text} in ${uri}`);
    }
  });

  it("each report's `to` is among the first candidates", () => {
    let checked = 0;
    for (const { decl, uri } of plans) {
      for (const report of decl.reporting?.reports ?? []) {
        if (!report.to) continue;
        checked++;
        const first = units({ workspace: ws, uri, document: decl }, "to", "", 12);
        assert.ok(first.includes(report.to.text), `${decl.name.text}: ${report.to.text} not in ${first.join(", ")}`);
      }
    }
    assert.ok(checked > 20);
  });
});
