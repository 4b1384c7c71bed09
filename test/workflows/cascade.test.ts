// Simulation of a cascade: a parent's report waits for its children's reports of the same period.
import assert from "node:assert/strict";
import { cascadeDocuments, delayModel, simulateCascade } from "../../workflows/index.js";
import { day, samplesWorkspace, workspaceOf } from "./helpers.js";
import { syntheticCascade } from "./synthetic.js";
import { Workspace } from "../../language/index.js";

/** The directive D (units helper) with two provincial plans reporting on `dueA` and `dueB`. */
function twoPlans(dueA: number, dueB: number) {
  const plan = (name: string, due: number) => `
plan ${name} {
  issuer tinh issued 2023-07-01 parent D horizon 2030
  reporting { report "6 tháng" every 6 months due day ${due} to btg }
  history { 2023-06-20 approved 2023-07-01 issued 2023-07-10 disseminated }
}`;
  return workspaceOf({ "a.plan": plan("A", dueA), "b.plan": plan("B", dueB) });
}

const AS_OF = day("2023-07-15");
const UNTIL = day("2024-12-31");

describe("workflows: simulate a cascade", () => {
  it("lists the directive and every plan below it, parents first", () => {
    const ws = samplesWorkspace();
    const { docs, parent } = cascadeDocuments(ws.lookupDocument("KL57")!, ws);
    assert.equal(docs[0].name.text, "KL57");
    assert.equal(docs.length, 11);
    docs.forEach((d, i) => {
      if (i > 0) assert.ok(parent[i] < i && docs[parent[i]].name.text === d.parent?.text, d.name.text);
    });
    assert.equal(docs.find((d) => d.name.text === "KH-LB-57") !== undefined, true); // a grandchild
  });

  it("a child due after its parent's due day makes the parent late; one due well before does not", () => {
    // D: yearly, due day 15, issued 15/6/2023 → its report 1 is due 15/6/2024. A (issued 1/7/2023,
    // every 6 months, day 20) is due 20/1/2024 and 20/7/2024: its report of D's period is the one of
    // 20/1, months ahead. B (day 1) likewise.
    const ws = twoPlans(20, 1);
    const r = simulateCascade("D", ws, { asOf: AS_OF, until: UNTIL, runs: 2000, seed: 3 })!;
    assert.equal(r.documents, 3);
    assert.deepEqual(
      r.reports.map((m) => [m.k, m.deadline]),
      [[1, "2024-06-15"]],
    );
    const names = r.culprits.map((c) => c.name);
    assert.deepEqual(names, []);
    // Now D's due day falls before A's report of the same period can be compiled.
    const tight = workspaceOf({
      "a.plan": `plan A { issuer tinh issued 2023-06-14 parent D horizon 2030
        reporting { report "x" every 12 months due day 14 to btg } history { 2023-06-14 issued 2023-06-14 disseminated } }`,
      "b.plan": `plan B { issuer tinh issued 2023-06-14 parent D horizon 2030
        reporting { report "x" every 12 months due day 1 to btg } history { 2023-06-14 issued 2023-06-14 disseminated } }`,
    });
    // A is due 14/6/2024, one day before D, and D needs 3 days to compile; B's yearly report is due
    // 1/7/2024, after D's: it belongs to D's next period.
    const t = simulateCascade("D", tight, { asOf: AS_OF, until: UNTIL, runs: 2000, seed: 3 })!;
    assert.equal(t.culprits[0].name, "A");
    assert.equal(t.culprits[0].parent, "D");
    assert.equal(t.culprits[0].issuerTitle, "Tỉnh ủy");
    assert.ok(t.culprits[0].pMadeParentLate > 0.25, String(t.culprits[0].pMadeParentLate));
    const bLate = t.culprits.find((c) => c.name === "B")?.pMadeParentLate ?? 0;
    assert.ok(bLate < t.culprits[0].pMadeParentLate / 4, String(bLate));
    // and the directive's report is less often on time with the tight child
    assert.ok(t.reports[0].pOnTime! < r.reports[0].pOnTime! - 0.2, `${t.reports[0].pOnTime} vs ${r.reports[0].pOnTime}`);
  });

  it("with no slack (compile time longer than the gap) the parent is late whenever it waits", () => {
    const ws = twoPlans(1, 1);
    const slow = simulateCascade("D", ws, { asOf: AS_OF, until: UNTIL, runs: 500, seed: 5, delays: delayModel({ compileDays: 400 }) })!;
    assert.equal(slow.reports[0].pOnTime, 0);
    assert.equal(slow.culprits.length, 2);
  });

  it("is deterministic and reports the directive's reviews", () => {
    const ws = samplesWorkspace();
    const a = simulateCascade("KL57", ws, { asOf: day("2024-06-30"), runs: 300, seed: 9 });
    const b = simulateCascade("KL57", ws, { asOf: day("2024-06-30"), runs: 300, seed: 9 });
    assert.deepEqual(a, b);
    assert.deepEqual(
      a!.reviews.map((m) => [m.what, m.deadline]),
      [
        ["review preliminary", "2025-12-31"],
        ["review final", "2030-12-31"],
      ],
    );
    // KL57's first report (due 15/6/2024) was not reported by 30/6/2024: it can only be late.
    assert.equal(a!.reports[0].deadline, "2024-06-15");
    assert.equal(a!.reports[0].pOnTime, 0);
    assert.equal(a!.state, "implementing");
    assert.equal(simulateCascade("NO-SUCH", ws, { asOf: day("2024-06-30") }), undefined);
  });

  it("a fresh cascade: plans start drafting when their parent is issued", () => {
    const { files } = syntheticCascade({ provinces: 2, districts: 2, grassroots: 2, issued: "2023-06-15" });
    const ws = new Workspace();
    for (const [uri, text] of files) ws.setFile(uri, text);
    const r = simulateCascade("D", ws, { asOf: day("2023-06-15"), until: day("2024-12-31"), runs: 200, seed: 1 })!;
    assert.equal(r.documents, 1 + 2 + 4 + 8);
    assert.equal(r.state, "implementing");
    assert.ok(r.reports.length === 1 && r.reports[0].deadline === "2024-06-15");
  });
});
