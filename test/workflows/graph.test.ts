// Drawings: the cascade (Mermaid, DOT) and a plan's machine (Mermaid state diagram).
import assert from "node:assert/strict";
import { cascadeGraph, lifecycleModel, mermaidText, planMachineMermaid, dotText } from "../../workflows/index.js";
import { day, docIn, samplesWorkspace, workspaceOf } from "./helpers.js";

describe("workflows: graphs", () => {
  const ws = samplesWorkspace();
  const asOf = day("2024-06-30");

  it("cascade as Mermaid: a node per document, an edge per parent link, the continued directive dashed", () => {
    const text = cascadeGraph(ws, "mermaid", asOf, { locale: "vi" });
    const lines = text.trimEnd().split("\n");
    assert.equal(lines[0], "flowchart TD");
    const nodes = lines.filter((l) => /^ {2}d\d+\["/.test(l));
    assert.equal(nodes.length, 12);
    assert.ok(nodes.includes('  d1["57-KL/TW · KL57<br/>Bộ Chính trị<br/>Đang thực hiện (Quá hạn: 1)"]'), nodes.join("\n"));
    assert.ok(nodes.includes('  d0["16-KL/TW · KL16<br/>Bộ Chính trị<br/>Đã kết thúc"]'));
    assert.equal(lines.filter((l) => / --> /.test(l)).length, 10); // every plan has a parent
    assert.ok(lines.includes('  d0 -.->|"continues"| d1'));
    assert.ok(lines.some((l) => l.startsWith("  classDef implementing ")));
  });

  it("cascade as DOT", () => {
    const text = cascadeGraph(ws, "dot", asOf);
    assert.ok(text.startsWith("digraph cascade {\n"));
    assert.ok(text.endsWith("}\n"));
    assert.ok(text.includes('label="86-KH/TU · KH-TQ-57\\nTỉnh ủy Tuyên Quang\\nImplementing"'), text);
    assert.equal((text.match(/ -> /g) ?? []).length, 11);
  });

  it("labels are escaped: quotes and angle brackets cannot break the diagram", () => {
    assert.equal(mermaidText('Kế hoạch "số 1" <b>#2</b>'), "Kế hoạch #quot;số 1#quot; #lt;b#gt;#35;2#lt;/b#gt;");
    assert.equal(dotText('a "b" \\ c\nd'), 'a \\"b\\" \\\\ c d');
    const tricky = workspaceOf({ "p.plan": `plan P { number "12-KH/\\"TU\\"" issuer tinh issued 2023-09-01 parent D }` });
    const m = cascadeGraph(tricky, "mermaid", asOf);
    assert.ok(m.includes('["12-KH/#quot;TU#quot; · P<br/>Tỉnh ủy<br/>Issued"]'), m);
    assert.ok(cascadeGraph(tricky, "dot", asOf).includes('label="12-KH/\\"TU\\" · P'));
  });

  it("a plan's machine as a Mermaid state diagram: every state and transition of the machine", () => {
    const { doc } = docIn(
      `plan P { issuer tinh parent D approval { step draft within 30 days step appraise within 10 days step approve within 7 days } }`,
      "P",
    );
    const text = planMachineMermaid(doc, "step1");
    const lines = text.trimEnd().split("\n");
    assert.equal(lines[0], "stateDiagram-v2");
    assert.ok(lines.includes('  state "drafting (draft, 30 days)" as step0'));
    assert.ok(lines.includes('  state "approval:appraise (appraise, 10 days)" as step1'));
    assert.ok(lines.includes("  [*] --> step0"));
    assert.ok(lines.includes("  step2 --> step0: returned"));
    assert.ok(lines.includes("  issued --> implementing: disseminated"));
    assert.ok(lines.includes("  closed --> [*]"));
    assert.ok(lines.includes("  class step1 current"));
    const model = lifecycleModel(3);
    assert.equal(lines.filter((l) => /^ {2}\w+ --> \w+: /.test(l)).length, model.edges.length);
  });

  it("in Vietnamese, the states and transitions in words (issue 16: 'drafting', 'implementing (both reviews held)' on a Vietnamese screen)", () => {
    const { doc } = docIn(`plan P { issuer tinh parent D approval { step draft within 30 days step approve within 7 days } }`, "P");
    const lines = planMachineMermaid(doc, "step1", "vi").trimEnd().split("\n");
    assert.ok(lines.includes('  state "Đang dự thảo (draft, 30 ngày)" as step0'), lines.join("\n"));
    assert.ok(lines.includes('  state "Đang trình: approve (7 ngày)" as step1'));
    assert.ok(lines.includes('  state "Đang thực hiện (đã sơ kết và tổng kết)" as implementing_p_f'));
    assert.ok(lines.includes("  step0 --> step1: Trình"));
    assert.ok(lines.includes("  implementing --> implementing_p: Sơ kết"));
    assert.ok(!lines.some((l) => /drafting|implementing \(|reviewed|submitted/.test(l.replace(/ as \w+$|^ {2}\w+ --> \w+/, ""))), "no English state or event words");
  });
});
