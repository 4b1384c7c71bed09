// The dashboard's data model (site/model.ts): the documents and their states are `status`'s, the
// tree puts every document once with its parent first, coverage and the simulation are the
// workflow engine's, and the data is compact and deterministic.
import assert from "node:assert/strict";
import { workspaceStatus } from "../../workflows/index.js";
import type { SiteData, SiteDetails } from "../../site/data.js";
import { buildSiteData } from "../../site/model.js";
import { treeOrder } from "../../site/tree.js";
import { day, iso, samplesWorkspace, workspaceOf } from "../workflows/helpers.js";

const AS_OF = day("2024-06-30");
const build = (ws = samplesWorkspace(), runs = 200) => buildSiteData(ws, { asOf: AS_OF, locale: "vi", simulation: { runs, seed: 3 } });
const details = (data: SiteData): SiteDetails[] => data.details as SiteDetails[];

describe("site: data model", () => {
  const data = build();
  const str = (i: number) => (i >= 0 ? data.strings[i] : undefined);

  it("lists exactly the documents `status` lists, with the same states, since dates and overdue items", () => {
    const statuses = workspaceStatus(samplesWorkspace(), AS_OF);
    assert.equal(data.docs.length, statuses.length);
    const byName = new Map(data.docs.map((d) => [d.name, d]));
    for (const s of statuses) {
      const d = byName.get(s.name);
      assert.ok(d, s.name);
      assert.equal(d.state, s.state, s.name);
      assert.equal(d.since === null ? null : iso(d.since), s.since, s.name);
      assert.deepEqual(
        d.overdue.map(([what, due]) => ({ what, due: iso(due) })),
        s.overdue,
        s.name,
      );
      assert.deepEqual(d.next ? { what: d.next[0], due: iso(d.next[1]) } : null, s.next, s.name);
    }
  });

  it("orders the tree with every parent before its children, the directive's cascade first", () => {
    assert.equal(data.docs[data.main].name, "KL57");
    assert.equal(data.main, 0);
    data.docs.forEach((d, i) => assert.ok(d.parent < i, `${d.name} comes after its parent`));
    const kl16 = data.docs.find((d) => d.name === "KL16")!;
    assert.equal(kl16.parent, -1, "KL16 is its own root (KL57 only continues it)");
    const lamBinh = data.docs.find((d) => d.name === "KH-LB-57")!;
    assert.equal(data.docs[lamBinh.parent].name, "KH-TQ-57");
  });

  it("names bodies by their full names and places an organ in its province", () => {
    const bt = data.docs.find((d) => d.name === "KH-BT-57")!;
    assert.equal(str(bt.issuer), "Ban Thường vụ Tỉnh ủy");
    assert.equal(str(bt.unit), "Tỉnh ủy Bình Thuận");
    const bd = data.docs.find((d) => d.name === "KH-BD-57")!;
    assert.equal(str(bd.issuer), "Tỉnh ủy Bình Dương");
    assert.equal(bd.unit, -1, "a levelled unit is its own place");
    const tasks = details(data)[data.docs.indexOf(bd)].tasks;
    const leads = tasks.map((t) => str(t[4]));
    assert.ok(leads.includes("Ban Tuyên giáo Tỉnh ủy"), leads.join(", "));
    assert.ok(!leads.some((l) => l && /^[a-z0-9-]+$/.test(l)), `no identifiers: ${leads.join(", ")}`);
  });

  it("keeps each task's deadline, indicators and the parent's tasks it covers", () => {
    const i = data.docs.findIndex((d) => d.name === "KH-LB-57");
    const parent = details(data)[data.docs[i].parent].tasks;
    const tasks = details(data)[i].tasks;
    assert.ok(tasks.length > 0);
    for (const [name, , depth, covers, , , due, indicators] of tasks) {
      assert.ok(depth >= 0, name);
      for (const c of covers) assert.ok(c >= 0 && c < parent.length, `${name} covers a task of KH-TQ-57`);
      assert.ok(due === null || typeof due === "number" || typeof due === "string");
      for (const [text] of indicators) assert.equal(typeof str(text), "string");
    }
    // The plan-level coverage: every task of the parent the plan covers, as the `coverage` rule sees it.
    assert.ok(data.docs[i].covers.length > 0);
  });

  it("keeps the history with its notes, and the file and offset of each declaration", () => {
    const i = data.docs.findIndex((d) => d.name === "KH-TQ-57");
    const history = details(data)[i].history;
    assert.deepEqual(history.map(([, event]) => event).slice(0, 2), ["submitted", "approved"]);
    assert.ok(history.some(([, , note]) => note >= 0));
    const file = str(data.docs[i].file)!;
    assert.match(file, /tuyen-quang\.plan$/);
  });

  it("computes the directive's coverage at each level from the chains of `covers`", () => {
    const cov = data.coverage!;
    assert.deepEqual(
      cov.tasks.map((t) => t.name),
      ["T1", "T2", "T3", "T4", "T5"],
    );
    const levelNames = cov.levels.map((l) => data.levels[l.level].name);
    assert.deepEqual(levelNames, ["central", "province", "district"]);
    for (const l of cov.levels) for (const n of l.covering) assert.ok(n >= 0 && n <= l.plans);
    const district = cov.levels.find((l) => data.levels[l.level].name === "district")!;
    assert.equal(district.plans, 1, "Lâm Bình");
  });

  it("a plan carries the directive's task only through a chain of covers", () => {
    const ws = workspaceOf({
      "p.plan": `
plan P { number "1-KH/TU" issuer btv issued 2023-09-01 implements D parent D horizon 2030
  task A1 "Một" covers T1 { lead ban-tg due 2025 indicator "x" target 1 }
}
plan Q { number "2-KH/HU" issuer huyen issued 2023-10-01 implements D parent P horizon 2030
  task B1 "Không triển khai gì" { lead huyen due 2025 indicator "x" target 1 }
}
plan R { number "3-KH/HU" issuer huyen issued 2023-10-01 implements D parent P horizon 2030
  task C1 "Triển khai A1" covers A1 { lead huyen due 2025 indicator "x" target 1 }
}`,
    });
    const d = buildSiteData(ws, { asOf: AS_OF, locale: "en", simulation: false });
    const district = d.coverage!.levels.find((l) => d.levels[l.level].name === "district")!;
    assert.equal(district.plans, 2);
    assert.deepEqual(district.covering, [1], "R carries T1 through A1; Q carries nothing");
    assert.equal(d.simulation, null);
  });

  it("simulates the directive's cascade deterministically, with the distribution of each milestone", () => {
    const again = build();
    assert.deepEqual(again.simulation, data.simulation);
    const sim = data.simulation!;
    assert.equal(sim.directive, data.main);
    assert.equal(sim.runs, 200);
    assert.ok(sim.milestones.length > 0);
    for (const m of sim.milestones) {
      const runs = m.dates.reduce((sum, [, n]) => sum + n, 0);
      assert.ok(runs > 0 && runs <= 200, `${m.what} ${m.k}: ${runs} runs`);
      for (let k = 1; k < m.dates.length; k++) assert.ok(m.dates[k][0] > m.dates[k - 1][0], "days ascending");
    }
    assert.equal(sim.madeLate.length, data.docs.length);
    assert.equal(sim.madeLate[data.main], 0);
    assert.ok(sim.madeLate.every((p) => p >= 0 && p <= 1));
  });

  it("stores each repeated string once", () => {
    assert.equal(new Set(data.strings).size, data.strings.length);
  });

  it("keeps a title holding markup as plain text (the renderer and the app escape it)", () => {
    const ws = workspaceOf({
      "p.plan": `plan X { number "9-KH/TU" title "<script>alert(1)</script> & \\"quoted\\"" issuer btv issued 2023-09-01 implements D parent D horizon 2030
  task A1 "</script><img src=x onerror=alert(2)>" covers T1 { lead ban-tg due 2025 indicator "<b>x</b>" target 1 }
}`,
    });
    const d = buildSiteData(ws, { asOf: AS_OF, locale: "vi", simulation: false });
    const x = d.docs.find((doc) => doc.name === "X")!;
    assert.equal(d.strings[x.title], '<script>alert(1)</script> & "quoted"');
  });
});

describe("site: tree order", () => {
  it("cuts a cycle of parent links and lists every document once", () => {
    // 0 ← 1 ← 2 ← 1 (1 and 2 are each other's parent), 3 is a root.
    const order = treeOrder({ parent: [-1, 2, 1, -1], rank: [0, 1, 1, 0], issuer: ["a", "b", "c", "d"], name: ["A", "B", "C", "D"] });
    assert.deepEqual([...order.order].sort(), [0, 1, 2, 3]);
    for (const [k, i] of order.order.entries()) {
      const p = order.parent[i];
      if (p >= 0) assert.ok(order.order.indexOf(p) < k, `parent of ${i} first`);
    }
  });

  it("sorts children by level, then issuer in Vietnamese order, roots by the size of their cascade", () => {
    const order = treeOrder({
      parent: [-1, 0, 0, 0, -1],
      rank: [0, 1, 1, 0, 0],
      issuer: ["TW", "Tỉnh ủy Đồng Nai", "Tỉnh ủy Bình Dương", "Chính phủ", "Khác"],
      name: ["D", "A", "B", "C", "E"],
    });
    assert.deepEqual(order.order, [0, 3, 2, 1, 4]);
  });
});

describe("site: an empty or directive-less workspace", () => {
  it("gives an empty site without coverage or simulation", () => {
    const d = buildSiteData(workspaceOf({}, true), { asOf: AS_OF, locale: "vi", simulation: { runs: 10, seed: 1 } });
    assert.deepEqual(d.docs, []);
    assert.equal(d.main, -1);
    assert.equal(d.coverage, null);
    assert.equal(d.simulation, null);
  });
});
