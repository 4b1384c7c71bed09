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

  it("a plan in Vietnamese and in English: dates, percentiles and chances in the locale", () => {
    const sim = simulateDocument(ws.lookupDocument("KH-BD-57")!, ws, { asOf, runs: 1500, seed: 1 });
    const vi = simulationReport(sim, "vi");
    assert.ok(vi.startsWith("Mô phỏng KH-BD-57 — 1.500 lần chạy, seed 1, từ 30/06/2024 (Đang thực hiện) đến 31/12/2030\n"), vi);
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
