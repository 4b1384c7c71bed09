// Status on a date: hand-worked expectations for several plans, then the samples.
import assert from "node:assert/strict";
import { workspaceStatus, statusOf, reportDue, replay, planSpec, type PlanStatus } from "../../workflows/index.js";
import { day, docIn, samplesWorkspace } from "./helpers.js";

/** LANGUAGE.md's KH-BD-57 (units from helpers), without reports in its history. */
const BD = `
plan BD {
  number "123-KH/TU"
  issuer tinh
  issued 12/9/2023
  implements D
  parent D
  horizon 2030
  approval {
    step draft   by ban-tg within 30 days
    step appraise by vp within 10 days
    step approve by btv within 7 days
  }
  reporting {
    report "Báo cáo 6 tháng, năm" every 6 months due day 10 to btg
    review preliminary by 2024-12-31
    review final by 2030-10-31
  }
  history {
    2023-08-10 submitted
    2023-08-25 returned "Bổ sung chỉ tiêu đo lường"
    2023-09-01 submitted
    2023-09-05 submitted
    2023-09-08 approved
    2023-09-12 issued
    2023-10-11 disseminated "Hội nghị toàn quốc, điểm cầu Bình Dương"
  }
}`;

function status(text: string, name: string, asOf: string): Omit<PlanStatus, "file"> {
  const { ws, doc } = docIn(text, name);
  const { file, ...rest } = statusOf(doc, ws, day(asOf));
  assert.equal(file, "file:///t/p.plan");
  return rest;
}

describe("workflows: status", () => {
  describe("LANGUAGE.md's KH-BD-57, step by step", () => {
    const at = (asOf: string) => status(BD, "BD", asOf);

    it("before any event: drafting, since unknown, nothing due", () => {
      assert.deepEqual(at("2023-08-01"), { name: "BD", state: "drafting", since: null, overdue: [], next: null });
    });
    it("an approval step is due `within` days after entering it; on that day it is next, not overdue", () => {
      assert.deepEqual(at("2023-08-20"), {
        name: "BD",
        state: "approval:appraise",
        since: "2023-08-10",
        overdue: [],
        next: { what: "approval:appraise", due: "2023-08-20" },
      });
      assert.deepEqual(at("2023-08-21").overdue, [{ what: "approval:appraise", due: "2023-08-20" }]);
    });
    it("`returned` goes back to drafting, and the draft's clock restarts", () => {
      assert.deepEqual(at("2023-08-30"), {
        name: "BD",
        state: "drafting",
        since: "2023-08-25",
        overdue: [],
        next: { what: "approval:draft", due: "2023-09-24" },
      });
    });
    it("approved: no deadline of its own", () => {
      assert.deepEqual(at("2023-09-10"), { name: "BD", state: "approved", since: "2023-09-08", overdue: [], next: null });
    });
    it("issued: the first report is due on the first day 10 on or after issuance + 6 months", () => {
      assert.deepEqual(at("2023-09-20"), {
        name: "BD",
        state: "issued",
        since: "2023-09-12",
        overdue: [],
        next: { what: "report", due: "2024-04-10" },
      });
    });
    it("LANGUAGE.md's example: implementing since 2023-10-11, report 2024-04-10 overdue, next 2024-10-10", () => {
      assert.deepEqual(at("2024-06-30"), {
        name: "BD",
        state: "implementing",
        since: "2023-10-11",
        overdue: [{ what: "report", due: "2024-04-10" }],
        next: { what: "report", due: "2024-10-10" },
      });
    });
    it("overdue lists everything missed, oldest first", () => {
      assert.deepEqual(at("2025-01-05").overdue, [
        { what: "report", due: "2024-04-10" },
        { what: "report", due: "2024-10-10" },
        { what: "review preliminary", due: "2024-12-31" },
      ]);
      assert.deepEqual(at("2025-01-05").next, { what: "report", due: "2025-04-10" });
    });
  });

  describe("a plan without approval, reporting quarterly on day 31", () => {
    const Q = `
plan Q {
  issuer tinh
  issued 31/1/2024
  parent D
  reporting {
    report "Báo cáo quý" every 3 months due day 31 to btg
    review preliminary by 2024-06-30
    review final by 2025-12-31
  }
  history {
    31/1/2024 issued
    10/2/2024 disseminated
    20/5/2024 reported "Báo cáo quý I (muộn)"
  }
}`;
    it("due days past the month's end mean its last day (31/1 + 3 months = 30/4)", () => {
      const spec = planSpec(docIn(Q, "Q").doc);
      const issued = day("2024-01-31");
      assert.deepEqual(
        [1, 2, 3, 4].map((k) => reportDue(spec.reports[0], issued, k)),
        [day("2024-04-30"), day("2024-07-31"), day("2024-10-31"), day("2025-01-31")],
      );
    });
    it("a late `reported` satisfies the earliest outstanding report; the next one and the review are overdue", () => {
      assert.deepEqual(status(Q, "Q", "2024-08-05"), {
        name: "Q",
        state: "implementing",
        since: "2024-02-10",
        overdue: [
          { what: "review preliminary", due: "2024-06-30" },
          { what: "report", due: "2024-07-31" },
        ],
        next: { what: "report", due: "2024-10-31" },
      });
    });
    it("an early `reported` satisfies the next report", () => {
      const early = Q.replace("20/5/2024 reported", "1/3/2024 reported");
      const s = status(early, "Q", "2024-05-05");
      assert.deepEqual(s.overdue, []); // the report due 30/4 was delivered on 1/3
      assert.deepEqual(s.next, { what: "review preliminary", due: "2024-06-30" });
      assert.deepEqual(status(early, "Q", "2024-07-01").next, { what: "report", due: "2024-07-31" });
    });
  });

  describe("documents whose history leaves things unsaid", () => {
    it("a directive without history is implementing from its `issued` date", () => {
      const text = `directive K { issuer bct issued 15/6/2023 reporting { report "Năm" every 12 months due day 15 to bct } }`;
      assert.deepEqual(status(text, "K", "2023-06-14"), { name: "K", state: "drafting", since: null, overdue: [], next: null });
      assert.deepEqual(status(text, "K", "2023-06-15"), {
        name: "K",
        state: "implementing",
        since: "2023-06-15",
        overdue: [],
        next: { what: "report", due: "2024-06-15" },
      });
    });
    it("a directive whose history records `disseminated` follows its history", () => {
      const text = `directive K { issuer bct issued 15/6/2023 history { 2023-06-15 issued 2023-10-11 disseminated } }`;
      assert.equal(status(text, "K", "2023-07-01").state, "issued");
      assert.deepEqual(status(text, "K", "2023-10-11").since, "2023-10-11");
    });
    it("a plan with an `issued` date but no `issued` event is issued on that date, and stays issued", () => {
      const text = `plan P { issuer tinh issued 2023-09-20 parent D approval { step draft within 30 days step approve within 7 days }
        history { 2023-09-01 submitted } }`;
      assert.equal(status(text, "P", "2023-09-19").state, "approval:approve");
      assert.deepEqual(status(text, "P", "2023-09-20"), { name: "P", state: "issued", since: "2023-09-20", overdue: [], next: null });
      assert.equal(status(text, "P", "2025-01-01").state, "issued");
    });
    it("events the lifecycle does not allow are skipped (history-order reports them)", () => {
      const text = `plan P { issuer tinh issued 2023-09-20 parent D
        history { 2023-09-10 approved 2023-09-05 disseminated 2023-09-20 issued 2023-09-01 reported } }`;
      const { doc } = docIn(text, "P");
      const r = replay(planSpec(doc), day("2024-01-01"));
      assert.deepEqual(
        r.rejected.map((e) => e.event),
        ["disseminated", "reported"],
      );
      assert.equal(status(text, "P", "2024-01-01").state, "issued");
    });
    it("events missing in between are implied on the date of the next one (as history-order resyncs)", () => {
      // No `disseminated`: the report implies it, on the report's date.
      const text = `plan P { issuer tinh issued 2023-09-20 parent D approval { step draft step approve }
        history { 2023-09-01 submitted 2023-09-20 issued 2023-11-02 reported } }`;
      assert.deepEqual(status(text, "P", "2023-12-01"), { name: "P", state: "implementing", since: "2023-11-02", overdue: [], next: null });
      const { doc } = docIn(text, "P");
      const r = replay(planSpec(doc), day("2023-12-01"));
      assert.deepEqual(
        r.taken.map((e) => `${e.type}${e.implicit ? "*" : ""}`),
        ["submitted", "approved*", "issued", "disseminated*", "reported"],
      );
      assert.deepEqual(replay(planSpec(doc), day("2023-12-01"), { strict: true }).rejected.map((e) => e.event), ["issued", "reported"]);
      // An implied issuance must match the `issued` field: a report before it is skipped.
      const early = `plan P { issuer tinh issued 2023-09-20 parent D history { 2023-09-01 reported } }`;
      assert.equal(status(early, "P", "2023-09-10").state, "drafting");
      assert.equal(status(early, "P", "2023-09-25").state, "issued");
    });
    it("an `issued` event dated otherwise than `issued` is rejected; the field's date counts", () => {
      const text = `plan P { issuer tinh issued 2023-09-20 parent D history { 2023-09-10 approved 2023-09-19 issued 2023-10-01 disseminated } }`;
      assert.deepEqual(status(text, "P", "2023-10-05"), { name: "P", state: "implementing", since: "2023-10-01", overdue: [], next: null });
      assert.equal(status(text, "P", "2023-09-19").state, "approved");
    });
    it("a closed plan has nothing due", () => {
      const text = `plan P { issuer tinh issued 2023-01-10 parent D reporting { report "x" every 1 months due day 5 to btg review final by 2023-06-30 }
        history { 2023-01-10 issued 2023-01-11 disseminated 2023-03-01 closed } }`;
      assert.deepEqual(status(text, "P", "2024-01-01"), { name: "P", state: "closed", since: "2023-03-01", overdue: [], next: null });
    });
    it("reports due after the horizon are not required", () => {
      const text = `plan P { issuer tinh issued 2023-01-10 parent D horizon 2023 reporting { report "x" every 6 months due day 5 to btg }
        history { 2023-01-10 issued 2023-01-11 disseminated } }`;
      assert.deepEqual(status(text, "P", "2024-06-01").overdue, [{ what: "report", due: "2023-08-05" }]);
      assert.equal(status(text, "P", "2024-06-01").next, null);
    });
  });

  describe("the samples as of 2024-06-30", () => {
    const ws = samplesWorkspace();
    const byName = new Map(workspaceStatus(ws, day("2024-06-30")).map((s) => [s.name, s]));

    it("every plan and directive has an entry, in file order", () => {
      assert.deepEqual(
        [...byName.keys()],
        ["CTr-CP-57", "HD111", "KL16", "KL57", "KH-LB-57", "KH-BD-57", "KH-BT-57", "KH-HB-57", "KH-HY-211", "KH-HY-139", "KH-TQ-57", "KH-VNC-57"],
      );
    });
    it("hand-worked entries", () => {
      assert.deepEqual(byName.get("KH-BD-57"), {
        name: "KH-BD-57",
        file: "file:///samples/provinces/binh-duong.plan",
        state: "implementing",
        since: "2023-10-11",
        overdue: [],
        // reported 2024-04-05 for the report due 2024-04-10; the next is due on the first day 10 after 2024-09-12
        next: { what: "report", due: "2024-10-10" },
      });
      // The directive: issued 15/6/2023, disseminated 11/10/2023, its first yearly report (day 15) not reported.
      assert.deepEqual(byName.get("KL57"), {
        name: "KL57",
        file: "file:///samples/central/kl57.plan",
        state: "implementing",
        since: "2023-10-11",
        overdue: [{ what: "report", due: "2024-06-15" }],
        next: { what: "report", due: "2025-06-15" },
      });
      assert.deepEqual(byName.get("KL16"), {
        name: "KL16",
        file: "file:///samples/central/kl16.plan",
        state: "closed",
        since: "2023-06-15",
        overdue: [],
        next: null,
      });
      // Lâm Bình: issued 30/10/2023, due day 5 → 5/5/2024 (reported 3/5); the preliminary review (31/10) comes before the next report (5/11).
      assert.deepEqual(byName.get("KH-LB-57")?.next, { what: "review preliminary", due: "2024-10-31" });
      // Hưng Yên's People's Committee: issued 19/9/2023, due day 5 → 5/4/2024 (reported 2/4), then 5/10/2024.
      assert.deepEqual(byName.get("KH-HY-139")?.next, { what: "report", due: "2024-10-05" });
      // The Government programme: yearly from 15/4/2024 → first day 10 on or after 15/4/2025.
      assert.deepEqual(byName.get("CTr-CP-57")?.next, { what: "report", due: "2025-05-10" });
    });
    it("only the directive's report is overdue; every plan is implementing", () => {
      const overdue = [...byName.values()].filter((s) => s.overdue.length).map((s) => s.name);
      assert.deepEqual(overdue, ["KL57"]);
      for (const s of byName.values()) if (s.name !== "KL16") assert.equal(s.state, "implementing", s.name);
    });
    it("the XState and compiled engines agree on every sample, on many dates", () => {
      for (const asOf of ["2012-03-01", "2023-06-20", "2023-09-06", "2023-10-20", "2024-06-30", "2026-01-01"]) {
        assert.deepEqual(workspaceStatus(ws, day(asOf), { engine: "compiled" }), workspaceStatus(ws, day(asOf)), asOf);
      }
    });
  });
});
