// `plancode status | simulate | graph`, run in-process with an in-memory CliIO on the samples
// and on small temporary workspaces.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run as graph } from "../../cli/commands/graph.js";
import { run as simulate } from "../../cli/commands/simulate.js";
import { run as status } from "../../cli/commands/status.js";
import { CliError } from "../../cli/errors.js";
import { memoryIO, type MemoryIO } from "../../cli/io.js";
import { SAMPLES, UNITS } from "../workflows/helpers.js";

type Command = (argv: string[], io: MemoryIO) => Promise<number>;

async function cli(command: Command, argv: string[], cwd = SAMPLES, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO({ cwd, env, now: () => new Date(2024, 5, 30, 9, 0) });
  const code = await command(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function usageError(command: Command, argv: string[], cwd = SAMPLES): Promise<string> {
  try {
    await cli(command, argv, cwd);
  } catch (e) {
    assert.ok(e instanceof CliError, String(e));
    assert.equal(e.exitCode, 2);
    return e.render("en");
  }
  assert.fail("expected a usage error");
}

describe("cli: the status, simulate and graph commands", () => {
  describe("status", () => {
    it("--format json: LANGUAGE.md's shape, paths relative to the cwd", async () => {
      const { code, out, err } = await cli(status, ["--as-of", "2024-06-30", "--format", "json"]);
      assert.equal(code, 0);
      assert.equal(err, "");
      const entries = JSON.parse(out) as Record<string, unknown>[];
      assert.equal(entries.length, 12);
      for (const e of entries) assert.deepEqual(Object.keys(e), ["name", "file", "state", "since", "overdue", "next"]);
      assert.deepEqual(
        entries.find((e) => e.name === "KH-BD-57"),
        { name: "KH-BD-57", file: join("provinces", "binh-duong.plan"), state: "implementing", since: "2023-10-11", overdue: [], next: { what: "report", due: "2024-10-10" } },
      );
    });

    it("text: a Vietnamese table (plancode.json says vi), most urgent first", async () => {
      const { code, out } = await cli(status, ["--as-of", "30/6/2024"]);
      assert.equal(code, 0);
      const lines = out.split("\n");
      assert.equal(lines[0], "Tình trạng ngày 30/06/2024");
      assert.match(lines[2], /^Văn bản\s+Trạng thái\s+Từ ngày\s+Quá hạn\s+Tiếp theo$/);
      assert.match(lines[4], /^KL57\s+Đang thực hiện\s+11\/10\/2023\s+Báo cáo 15\/06\/2024\s+Báo cáo 15\/06\/2025$/);
      assert.match(lines[5], /^KH-HY-211\s+Đang thực hiện/); // the nearest next deadline (10/8)
      assert.match(lines[15], /^KL16\s+Đã kết thúc/); // nothing due: last
      assert.ok(out.includes("12 văn bản; 1 có việc quá hạn"));
    });

    it("--locale en; today is the default date", async () => {
      const { out } = await cli(status, ["--locale", "en"]);
      assert.ok(out.startsWith("Status on 2024-06-30\n"));
      assert.ok(out.includes("Report 2024-06-15"));
    });

    it("only the given files are reported; the rest of the workspace still resolves", async () => {
      const { out } = await cli(status, ["provinces/hung-yen.plan", "--as-of", "2024-06-30", "-f", "json"]);
      assert.deepEqual(
        (JSON.parse(out) as { name: string }[]).map((e) => e.name),
        ["KH-HY-211", "KH-HY-139"],
      );
    });

    it("a bad --as-of is a usage error", async () => {
      assert.equal(await usageError(status, ["--as-of", "31/2/2024"]), "invalid date '31/2/2024' for '--as-of' (expected YYYY-MM-DD or D/M/YYYY)");
      assert.match(await usageError(status, ["--format", "xml"]), /invalid value 'xml' for '--format'/);
    });
  });

  describe("simulate", () => {
    it("a plan, as JSON: deterministic for a seed", async () => {
      const argv = ["KH-BD-57", "--as-of", "2024-06-30", "--runs", "300", "--seed", "5", "--format", "json"];
      const a = await cli(simulate, argv);
      const b = await cli(simulate, argv);
      assert.equal(a.code, 0);
      assert.equal(a.out, b.out);
      const r = JSON.parse(a.out);
      assert.equal(r.name, "KH-BD-57");
      assert.equal(r.seed, 5);
      assert.equal(r.runs, 300);
      assert.equal(r.state, "implementing");
      assert.equal(r.milestones.find((m: { what: string; k?: number }) => m.what === "report" && m.k === 2).deadline, "2024-10-10");
    });

    it("a plan, as text", async () => {
      const { out } = await cli(simulate, ["KH-BD-57", "--as-of", "2024-06-30", "--runs", "200"]);
      assert.ok(out.startsWith("Mô phỏng KH-BD-57 — 200 lần chạy, hạt giống ngẫu nhiên 1, từ 30/06/2024 (Đang thực hiện) đến 31/12/2030\n"), out);
      assert.match(out, /\nBáo cáo kỳ 1\s+10\/04\/2024\s+05\/04\/2024\s+\(đã diễn ra\)\s+100%\n/);
      assert.match(out, /\nSơ kết\s+31\/12\/2024\s/);
    });

    it("a directive: the cascade", async () => {
      const { code, out } = await cli(simulate, ["KL57", "--as-of", "2024-06-30", "--runs", "300", "--locale", "en"]);
      assert.equal(code, 0);
      assert.ok(out.startsWith("Cascade simulation of KL57 — 11 documents, 300 runs, seed 1, from 2024-06-30 to 2030-12-31\n"), out);
      assert.ok(out.includes("Reports of KL57:"));
      assert.ok(out.includes("Most likely to make their parent late:"));
      const json = JSON.parse((await cli(simulate, ["KL57", "--as-of", "2024-06-30", "--runs", "300", "-f", "json"])).out);
      assert.equal(json.documents, 11);
      assert.equal(json.documentStats.length, 11);
    });

    it("--format mermaid: the plan's machine with its current state, or the cascade", async () => {
      const plan = (await cli(simulate, ["KH-BD-57", "--as-of", "2023-08-20", "-f", "mermaid"])).out;
      assert.ok(plan.startsWith("stateDiagram-v2\n"));
      assert.ok(plan.includes("  class step1 current\n"));
      const cascade = (await cli(simulate, ["KL57", "--as-of", "2024-06-30", "--runs", "100", "-f", "mermaid"])).out;
      assert.ok(cascade.startsWith("flowchart TD\n  %% Mô phỏng chuỗi KL57"));
      assert.ok(!cascade.includes("KL16")); // only the cascade below KL57
    });

    it("plancode.json's `simulation` sets the seed, runs and delays; bad entries are usage errors", async () => {
      const dir = mkdtempSync(join(tmpdir(), "plancode-sim-"));
      try {
        writeFileSync(join(dir, "units.plan"), UNITS);
        writeFileSync(join(dir, "p.plan"), `plan P { issuer tinh parent D approval { step draft within 30 days } }`);
        writeFileSync(join(dir, "plancode.json"), JSON.stringify({ simulation: { seed: 9, runs: 50 } }));
        const r = JSON.parse((await cli(simulate, ["P", "--as-of", "2024-01-01", "-f", "json"], dir)).out);
        assert.equal(r.seed, 9);
        assert.equal(r.runs, 50);
        writeFileSync(join(dir, "plancode.json"), JSON.stringify({ simulation: { returned: 5 } }));
        const message = await usageError(simulate, ["P", "--as-of", "2024-01-01"], dir);
        assert.equal(message, "plancode.json: invalid value '5' for 'simulation.returned' (expected 0..1)");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("an unknown name or a missing name is a usage error", async () => {
      assert.equal(await usageError(simulate, ["KL58"]), "no plan or directive named 'KL58'; did you mean 'KL57'?");
      assert.equal(await usageError(simulate, []), "missing <plan-name>");
    });
  });

  describe("graph", () => {
    it("Mermaid by default, DOT on request", async () => {
      const m = await cli(graph, ["--as-of", "2024-06-30"]);
      assert.equal(m.code, 0);
      assert.ok(m.out.startsWith("flowchart TD\n"));
      assert.ok(m.out.includes("Đang thực hiện"));
      const d = await cli(graph, ["--as-of", "2024-06-30", "--format", "dot", "--locale", "en"]);
      assert.ok(d.out.startsWith("digraph cascade {"));
      assert.ok(d.out.includes("Implementing"));
    });
  });
});
