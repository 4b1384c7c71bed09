// Which of the parent's tasks a plan covers, as the coverage lens counts them and completion after
// `covers` sorts them (tasks not yet covered first): covering a task covers its subtasks, covering
// every subtask covers the task, and qualified names count like plain ones.
import assert from "node:assert/strict";
import { completion } from "../../server/features/completion.js";
import { coverageOf } from "../../language/ide/index.js";
import { Pipeline } from "../../server/pipeline.js";
import { createServices } from "../../server/services.js";
import { DEFAULT_SETTINGS } from "../../server/settings.js";

const DIRECTIVE = `directive KL57 {
  task T1 "Một"
  task T2 "Hai" {
    task T2.1 "Hai một"
    task T2.2 "Hai hai"
  }
  task T3 "Ba" {
    task T3.1 "Ba một"
    task T3.2 "Ba hai"
  }
  task T4 "Bốn"
}
`;
const PLAN = `plan KH-1 {
  parent KL57
  task A1 "a" covers T2
  task A2 "b" covers T3.1, KL57.T3.2
  task A3 "c" covers 
}
`;

function setUp() {
  const pipeline = new Pipeline();
  pipeline.set("file:///w/kl57.plan", DIRECTIVE);
  pipeline.set("file:///w/kh1.plan", PLAN);
  return createServices({
    pipeline,
    status: () => undefined,
    settings: () => DEFAULT_SETTINGS,
    capabilities: () => ({}),
    canonical: (u) => u,
  });
}

describe("server: coverage of the parent's tasks", () => {
  it("counts a task covered through its subtasks, and a qualified name like a plain one", () => {
    const services = setUp();
    const plan = services.workspace.lookupDocument("KH-1")!;
    const coverage = coverageOf(services.workspace, plan)!;
    assert.deepEqual({ covered: coverage.covered, total: coverage.total }, { covered: 2, total: 4 }); // T2, T3
  });

  it("completion after `covers` lists the tasks not yet covered first", () => {
    const services = setUp();
    const line = PLAN.split("\n").findIndex((l) => l.includes("task A3"));
    const items = completion(services, {
      textDocument: { uri: "file:///w/kh1.plan" },
      position: { line, character: PLAN.split("\n")[line].length },
      context: { triggerKind: 2, triggerCharacter: " " },
    });
    const order = [...items.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    // Not covered: T1, T4; covered: T2 and its subtasks (by T2), T3 (by both subtasks) and its subtasks.
    assert.deepEqual(order, ["T1", "T4", "T2", "T2.1", "T2.2", "T3", "T3.1", "T3.2"]);
  });
});
