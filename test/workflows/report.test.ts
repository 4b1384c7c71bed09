// The simulation report (workflows/report.ts): one rendering for the CLI and the editor, in the
// reader's locale.
import assert from "node:assert/strict";
import { run as simulate } from "../../cli/commands/simulate.js";
import { memoryIO } from "../../cli/io.js";
import { count, percent, simulateDocument, simulationReport } from "../../workflows/index.js";
import { day, SAMPLES, samplesWorkspace } from "./helpers.js";

describe("workflows: the simulation report", () => {
  const ws = samplesWorkspace();
  const asOf = day("2024-06-30");

  it("percentages never round to a certainty they are not; counts grouped as the locale does", () => {
    assert.deepEqual([0, 0.001, 0.004, 0.005, 0.714, 0.994, 0.995, 0.999, 1, null].map(percent), ["0%", "<1%", "<1%", "1%", "71%", "99%", ">99%", ">99%", "100%", "—"]);
    assert.equal(count(10829, "vi"), "10.829");
    assert.equal(count(10829, "en"), "10,829");
  });

  // Issue 16: a plan past its horizon printed "từ 07/12/2026 … đến 31/12/2025" and 0% on time everywhere.
  describe("the simulated period: from the later of as-of and issuance, never past the horizon", () => {
    const lamBinh = ws.lookupDocument("KH-LB-57")!; // issued 30/10/2023, horizon 2025

    it("a plan past its horizon is not simulated: it says so, with what was left overdue", () => {
      const sim = simulateDocument(lamBinh, ws, { asOf: day("2026-12-07"), runs: 50, seed: 1 });
      assert.equal(sim.kind, "plan");
      const r = sim.kind === "plan" ? sim.result : undefined;
      assert.equal(r?.ended?.reason, "horizon");
      assert.equal(r?.ended?.day, "2025-12-31");
      assert.ok(r?.milestones.every((m) => m.happened), "only what the history records");
      const vi = simulationReport(sim, "vi");
      assert.match(vi, /KH-LB-57 đã hết thời hạn kế hoạch \(31\/12\/2025\) trước ngày 07\/12\/2026: không còn mốc nào để mô phỏng\./);
      assert.match(vi, /Còn quá hạn: .*báo cáo 05\/11\/2024/);
      assert.doesNotMatch(vi, /\s0%/, "no simulated chance at all");
      assert.match(simulationReport(sim, "en"), /KH-LB-57 reached its horizon \(2025-12-31\) before 2026-12-07: no milestone left to simulate\./);
    });

    it("a closed document says when it closed", () => {
      const sim = simulateDocument(ws.lookupDocument("KL16")!, ws, { asOf, runs: 50, seed: 1 });
      assert.equal(sim.result.ended?.reason, "closed");
      assert.match(simulationReport(sim, "vi"), /KL16 đã kết thúc ngày 15\/06\/2023: không còn gì để mô phỏng\./);
    });

    it("as of a day before the issuance the history records, it starts at that issuance", () => {
      const sim = simulateDocument(lamBinh, ws, { asOf: day("2023-01-01"), runs: 50, seed: 1 });
      assert.equal(sim.result.asOf, "2023-10-30");
      assert.match(simulationReport(sim, "vi"), /, từ 30\/10\/2023 \(Đã ban hành\) đến 31\/12\/2025\n/);
    });

    it("`until` past the horizon stops at the horizon; before the start, nothing is simulated", () => {
      assert.equal(simulateDocument(lamBinh, ws, { asOf, until: day("2030-12-31"), runs: 50, seed: 1 }).result.until, "2025-12-31");
      const early = simulateDocument(lamBinh, ws, { asOf, until: day("2024-01-01"), runs: 50, seed: 1 });
      assert.equal(early.result.ended?.reason, "until");
      assert.match(simulationReport(early, "en"), /The end of the simulation, 2024-01-01, comes before its start, 2024-06-30: nothing to simulate\./);
    });
  });

  it("a plan in Vietnamese and in English: dates, percentiles and chances in the locale", () => {
    const sim = simulateDocument(ws.lookupDocument("KH-BD-57")!, ws, { asOf, runs: 1500, seed: 1 });
    const vi = simulationReport(sim, "vi");
    assert.ok(vi.startsWith("Mô phỏng KH-BD-57 — 1.500 lần chạy, hạt giống ngẫu nhiên 1, từ 30/06/2024 (Đang thực hiện) đến 31/12/2030\n"), vi);
    assert.match(vi, /\nMốc\s+Hạn\s+Trung vị\s+Phân vị 90\s+Đúng hạn\n/);
    assert.match(vi, /\nBáo cáo kỳ 2\s+10\/10\/2024\s+\d{2}\/\d{2}\/\d{4}\s+\d{2}\/\d{2}\/\d{4}\s+(\d+%|<1%|>99%)\n/);
    const en = simulationReport(sim, "en");
    assert.ok(en.startsWith("Simulation of KH-BD-57 — 1,500 runs, seed 1, from 2024-06-30 (Implementing) to 2030-12-31\n"), en);
    assert.match(en, /\nMilestone\s+Deadline\s+Median\s+90th percentile\s+On time\n/);
    assert.match(en, /\nReport 2\s+2024-10-10\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2}\s+(\d+%|<1%|>99%)\n/);
  });

  it("`plancode simulate` prints exactly this report (the editor's command shows the same)", async () => {
    for (const [name, locale] of [["KL57", "en"], ["KH-HY-211", "vi"]] as const) {
      const io = memoryIO({ cwd: SAMPLES, env: {}, now: () => new Date(2024, 5, 30, 9, 0) });
      assert.equal(await simulate([name, "--runs", "300", "--seed", "3", "--locale", locale], io), 0);
      const expected = simulationReport(simulateDocument(ws.lookupDocument(name)!, ws, { asOf, runs: 300, seed: 3 }), locale);
      assert.equal(io.stdoutText(), expected);
    }
  });
});
