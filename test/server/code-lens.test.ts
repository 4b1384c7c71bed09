// The code lens wording, in-process with a stub status engine (so it does not depend on the
// workflow engine's schedule): "Đang thực hiện · báo cáo kế tiếp 10/12/2024" and the coverage
// lens, in both languages.
import assert from "node:assert/strict";
import { codeLenses } from "../../server/features/code-lens.js";
import { Pipeline } from "../../server/pipeline.js";
import { createServices } from "../../server/services.js";
import { DEFAULT_SETTINGS, type Settings } from "../../server/settings.js";
import { parseDayString, type DocumentStatus as PlanStatus } from "../../language/index.js";

/** A day number from an ISO date (the status model counts in days). */
const day = (iso: string): number => parseDayString(iso)!;

const DIRECTIVE = `directive KL57 {
  task T1 "Một"
  task T2 "Hai" {
    task T2.1 "Hai một"
    task T2.2 "Hai hai"
  }
  task T3 "Ba"
}
`;
const PLAN = `plan KH-1 {
  parent KL57
  task A1 "a" covers T1
  task A2 "b" covers T2.1, T2.2
}
`;

function lensTitles(status: PlanStatus, locale: Settings["locale"]): string[] {
  const pipeline = new Pipeline();
  pipeline.set("file:///w/kl57.plan", DIRECTIVE);
  pipeline.set("file:///w/kh1.plan", PLAN);
  const services = createServices({
    pipeline,
    status: (doc) => (doc.docKind === "plan" ? status : undefined),
    settings: () => ({ ...DEFAULT_SETTINGS, locale }),
    capabilities: () => ({}),
    canonical: (u) => u,
  });
  return codeLenses(services, { textDocument: { uri: "file:///w/kh1.plan" } }).map((l) => l.command!.title);
}

describe("server: code lens wording", () => {
  it("state, overdue and next deadline; coverage of the parent's top-level tasks", () => {
    const status: PlanStatus = { state: "implementing", since: day("2023-10-11"), overdue: [], next: { what: "report", due: day("2024-12-10") } };
    assert.deepEqual(lensTitles(status, "vi").slice(0, 2), ["Đang thực hiện · báo cáo kế tiếp 10/12/2024", "bao quát 2/3 nhiệm vụ của KL57"]);
    assert.deepEqual(lensTitles(status, "en").slice(0, 2), ["Implementing · next report 10/12/2024", "covers 2/3 tasks of KL57"]);
  });

  it("the issued document: preview, export to Word, export to PDF", () => {
    const status: PlanStatus = { state: "drafting", since: undefined, overdue: [], next: undefined };
    assert.deepEqual(lensTitles(status, "vi").slice(2), ["Xem văn bản ban hành", "Xuất Word", "Xuất PDF"]);
    assert.deepEqual(lensTitles(status, "en").slice(2), ["Preview issued document", "Export to Word", "Export to PDF"]);
  });

  it("approval steps and overdue items", () => {
    const status: PlanStatus = {
      state: "approval:appraise",
      since: day("2023-09-01"),
      overdue: [{ what: "approval:appraise", due: day("2023-09-11") }],
      next: { what: "review final", due: day("2030-10-31") },
    };
    assert.deepEqual(lensTitles(status, "vi")[0], "Đang trình: appraise · quá hạn 1 · tổng kết kế tiếp 31/10/2030");
  });
});
