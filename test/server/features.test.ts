// One protocol test per LSP feature, against the server as a real process on a temp copy of
// test/fixtures/lsp-workspace (a hierarchy, the directive KL57, a provincial plan KH-A-57 and a
// district plan KH-X-57 under it, locale vi).
import assert from "node:assert/strict";
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionList,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  SelectionRange,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol/node.js";
import { applyEdits, contains, decodeTokens, textAt } from "./helpers.js";
import { LspClient } from "./lsp-client.js";

const DISTRICT = "districts/huyen-x.plan";
const PROVINCE = "provinces/tinh-a.plan";
const DIRECTIVE = "central/kl57.plan";

describe("server: features over LSP", function () {
  this.timeout(30_000);
  let c: LspClient;

  before(async () => {
    c = await LspClient.start({ initializationOptions: { asOf: "2024-11-01" } });
    await c.diagnosticsOf(DISTRICT, (d) => d.length > 0);
    await c.open(DISTRICT);
    await c.open(PROVINCE);
  });
  after(() => c.stop());

  const doc = (rel: string) => ({ textDocument: { uri: c.uri(rel) } });
  const at = (rel: string, needle: string, delta = 0, nth = 0) => ({ ...doc(rel), position: c.positionOf(rel, needle, delta, nth) });

  /** Inserts a line after the line containing `after`, runs `fn` with the cursor at the end of the new line, then restores the text. */
  async function withLine<T>(rel: string, after: string, line: string, fn: (pos: { line: number; character: number }) => Promise<T>): Promise<T> {
    const original = c.text(rel);
    const i = original.indexOf("\n", original.indexOf(after));
    await c.change(rel, `${original.slice(0, i + 1)}${line}\n${original.slice(i + 1)}`);
    try {
      return await fn(c.positionOf(rel, line, line.length));
    } finally {
      await c.change(rel, original);
    }
  }

  const complete = (rel: string, position: { line: number; character: number }, trigger?: string) =>
    c.request<CompletionList>("textDocument/completion", {
      ...doc(rel),
      position,
      context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 },
    }).then((list) => list.items);
  const labels = (items: CompletionItem[]) => items.map((i) => i.label).sort();

  describe("completion", () => {
    it("after `covers ` offers the parent document's tasks (label = id, detail = title)", async () => {
      const items = await withLine(DISTRICT, "indicator \"Tỷ lệ chi bộ", '  task B3 "Mới" covers ', (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["A1", "A2", "A3"]);
      assert.equal(items.find((i) => i.label === "A1")?.detail, "Quán triệt Kết luận 57 đến cán bộ, đảng viên");
    });

    it("after `covers X, ` continues the list", async () => {
      const items = await withLine(DISTRICT, "indicator \"Tỷ lệ chi bộ", '  task B3 "Mới" covers A1, ', (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["A1", "A2", "A3"]);
    });

    it("after `lead ` offers only bodies in the subtree of the issuer's levelled unit", async () => {
      const items = await withLine(DISTRICT, "task B1", "    lead ", (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["btg-hu-x", "huyen-uy-x", "vp-hu-x"]);
      assert.equal(items.find((i) => i.label === "btg-hu-x")?.detail, "Ban Tuyên giáo Huyện ủy X");
    });

    it("after `support a, ` offers the same bodies", async () => {
      const items = await withLine(DISTRICT, "task B1", "    support vp-hu-x, ", (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["btg-hu-x", "huyen-uy-x", "vp-hu-x"]);
    });

    it("after `issuer ` offers every unit", async () => {
      const original = c.text(DISTRICT);
      await c.change(DISTRICT, original.replace("issuer huyen-uy-x", "issuer "));
      try {
        const items = await complete(DISTRICT, c.positionOf(DISTRICT, "issuer ", 7), " ");
        for (const u of ["trung-uong", "bo-chinh-tri", "tinh-uy-a", "huyen-uy-x", "btg-hu-x"]) assert.ok(labels(items).includes(u), u);
      } finally {
        await c.change(DISTRICT, original);
      }
    });

    it("after `parent ` offers documents with number and title", async () => {
      const items = await withLine(DISTRICT, "horizon 2030", "  parent ", (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["KH-A-57", "KL57"]);
      assert.match(items.find((i) => i.label === "KL57")!.detail!, /^57-KL\/TW — Về tiếp tục nâng cao/);
    });

    it("in `history` offers the events the lifecycle allows next", async () => {
      // After `submitted` from the first of two steps, the plan is at the last step: approve or return.
      const items = await withLine(DISTRICT, "2023-10-01 submitted", "    2023-10-10 ", (p) => complete(DISTRICT, p, " "));
      assert.deepEqual(labels(items), ["approved", "returned"]);
      const later = await withLine(PROVINCE, "2023-10-11 disseminated", "    2024-04-10 ", (p) => complete(PROVINCE, p, " "));
      assert.deepEqual(labels(later), ["closed", "reported", "reviewed final", "reviewed preliminary"]);
    });

    it("on a new line offers the block's keywords and snippets", async () => {
      const inDoc = await withLine(DISTRICT, "horizon 2030", "  ", (p) => complete(DISTRICT, p));
      for (const k of ["task", "approval", "reporting", "history", "issuer", "parent"]) assert.ok(labels(inDoc).includes(k), k);
      const task = inDoc.find((i) => i.label === "task")!;
      assert.equal(task.insertTextFormat, 2);
      assert.match((task.textEdit as TextEdit).newText, /^task \$\{1:A1\} "\$\{2:.*\}" covers \$\{3\} \{\n  lead/);
      const inTask = await withLine(DISTRICT, "task B1", "    ", (p) => complete(DISTRICT, p));
      assert.deepEqual(labels(inTask), ["detail", "due", "indicator", "lead", "support", "task"]);
      const top = await complete(DISTRICT, { line: 0, character: 0 });
      assert.deepEqual(labels(top), ["directive", "hierarchy", "plan", "unit"]);
    });

    it("after `due ` and `issued ` offers date formats", async () => {
      const items = await withLine(DISTRICT, "task B1", "    due ", (p) => complete(DISTRICT, p, " "));
      const l = labels(items);
      assert.ok(l.includes("2024-11-01") && l.includes("01/11/2024") && l.includes("Q4/2024") && l.includes("ongoing"), l.join());
      const issued = await withLine(DISTRICT, "horizon 2030", "  issued ", (p) => complete(DISTRICT, p, " "));
      assert.ok(!labels(issued).includes("ongoing"));
    });

    it("a space typed on a new line opens nothing; inside a string nothing either", async () => {
      assert.deepEqual(await withLine(DISTRICT, "task B1", "    ", (p) => complete(DISTRICT, p, " ")), []);
      assert.deepEqual(await complete(DISTRICT, c.positionOf(DISTRICT, "Quán triệt đến", 5), " "), []);
    });
  });

  it("hover: a task shows its title and document", async () => {
    const h = await c.request<Hover>("textDocument/hover", at(DISTRICT, "covers A1", 8));
    const value = (h.contents as { value: string }).value;
    assert.match(value, /A1\*\* — Quán triệt Kết luận 57 đến cán bộ, đảng viên/);
    assert.match(value, /KH-A-57\*\* \(12-KH\/TU\)/);
    assert.equal(textAt(c.text(DISTRICT), h.range!), "A1");
  });

  it("hover: a unit shows its full name, level and container chain", async () => {
    const h = await c.request<Hover>("textDocument/hover", at(DISTRICT, "lead btg-hu-x", 6));
    const value = (h.contents as { value: string }).value;
    assert.match(value, /Ban Tuyên giáo Huyện ủy X/);
    assert.match(value, /Cấp: Huyện, quận, thị xã \(district\)/);
    assert.match(value, /Trực thuộc: Huyện ủy X › Tỉnh ủy A › Ban Chấp hành Trung ương/);
    assert.match(value, /Ký hiệu: HU/);
    // What its documents print at the top (language/document/letterhead.ts), and the date line's place.
    assert.match(value, /Đầu văn bản: HUYỆN ỦY X \/ \*\*BAN TUYÊN GIÁO HUYỆN ỦY X\*\*/);
    assert.match(value, /Địa danh ở dòng ngày tháng: X/);
  });

  it("hover: a document shows number, title, issuer, date and state", async () => {
    const h = await c.request<Hover>("textDocument/hover", at(DISTRICT, "parent KH-A-57", 8));
    const value = (h.contents as { value: string }).value;
    assert.match(value, /Kế hoạch KH-A-57\*\* — Kế hoạch thực hiện Kết luận số 57-KL\/TW/);
    assert.match(value, /Số hiệu: 12-KH\/TU/);
    assert.match(value, /Cơ quan ban hành: Tỉnh ủy A/);
    assert.match(value, /Ngày ban hành: 12\/09\/2023/);
    assert.match(value, /Trạng thái: Đang thực hiện \(từ 11\/10\/2023\)/);
    assert.match(value, /Kế tiếp: báo cáo \d\d\/\d\d\/20\d\d/);
  });

  it("definition: from a reference to the declaration in another file", async () => {
    const locs = await c.request<Location[]>("textDocument/definition", at(DISTRICT, "covers A1", 8));
    assert.equal(locs.length, 1);
    assert.equal(locs[0].uri, c.uri(PROVINCE));
    assert.equal(textAt(c.text(PROVINCE), locs[0].range), "A1");
    assert.deepEqual(locs[0].range.start, c.positionOf(PROVINCE, "task A1", 5));
    const unit = await c.request<Location[]>("textDocument/definition", at(DISTRICT, "issuer huyen-uy-x", 8));
    assert.deepEqual(unit[0].range.start, c.positionOf(PROVINCE, "unit huyen-uy-x", 5));
  });

  it("hover and definition: a qualified `covers KL57.T2.1` resolves each part", async () => {
    await withLine(DISTRICT, "task B1", '  task B3 "Phối hợp" covers KL57.T2.1', async () => {
      const onTask = at(DISTRICT, "KL57.T2.1", 6);
      const h = await c.request<Hover>("textDocument/hover", onTask);
      assert.match((h.contents as { value: string }).value, /T2\.1\*\* — Phối hợp đối ngoại Đảng/);
      assert.equal(textAt(c.text(DISTRICT), h.range!), "T2.1");
      const def = await c.request<Location[]>("textDocument/definition", onTask);
      assert.deepEqual(def[0].range.start, c.positionOf(DIRECTIVE, "task T2.1", 5));
      const onDoc = await c.request<Location[]>("textDocument/definition", at(DISTRICT, "KL57.T2.1", 1));
      assert.deepEqual(onDoc[0].range.start, c.positionOf(DIRECTIVE, "directive KL57", 10));
    });
  });

  it("references: every use of a unit across files, with or without its declaration", async () => {
    const params = at(PROVINCE, "unit btg-hu-x", 6);
    const all = await c.request<Location[]>("textDocument/references", { ...params, context: { includeDeclaration: true } });
    const where = all.map((l) => `${l.uri.split("/").pop()}:${l.range.start.line}`).sort();
    const line = (rel: string, needle: string) => `${rel.split("/").pop()}:${c.positionOf(rel, needle).line}`;
    assert.deepEqual(where, [line(DISTRICT, "lead btg-hu-x"), line(DISTRICT, "by btg-hu-x"), line(PROVINCE, "unit btg-hu-x")].sort());
    const uses = await c.request<Location[]>("textDocument/references", { ...params, context: { includeDeclaration: false } });
    assert.equal(uses.length, 2);
  });

  it("document highlight: the symbol's occurrences in this file", async () => {
    const hs = await c.request<DocumentHighlight[]>("textDocument/documentHighlight", at(DISTRICT, "lead btg-hu-x", 6));
    assert.equal(hs.length, 2);
    assert.ok(hs.every((h) => textAt(c.text(DISTRICT), h.range) === "btg-hu-x" && h.kind === 2));
  });

  describe("rename", () => {
    it("prepareRename accepts names and refuses keywords, strings and dates", async () => {
      const ok = await c.request<{ range: unknown; placeholder: string }>("textDocument/prepareRename", at(DISTRICT, "covers A1", 8));
      assert.equal(ok.placeholder, "A1");
      for (const [needle, delta] of [["covers A1", 2], ["plan KH-X-57", 1], ["\"Quán triệt", 3], ["issued 20/10/2023", 9]] as const) {
        await assert.rejects(c.request("textDocument/prepareRename", at(DISTRICT, needle, delta)), /rename|đổi tên/i, needle);
      }
    });

    it("renames a task across the workspace", async () => {
      const edit = await c.request<WorkspaceEdit>("textDocument/rename", { ...at(PROVINCE, "task A1", 5), newName: "A1-moi" });
      const changes = edit.changes!;
      assert.deepEqual(Object.keys(changes).sort(), [c.uri(DISTRICT), c.uri(PROVINCE)].sort());
      assert.match(applyEdits(c.text(DISTRICT), changes[c.uri(DISTRICT)]), /covers A1-moi \{/);
      assert.match(applyEdits(c.text(PROVINCE), changes[c.uri(PROVINCE)]), /task A1-moi "Quán triệt/);
    });

    it("renames a document everywhere it is named", async () => {
      const edit = await c.request<WorkspaceEdit>("textDocument/rename", { ...at(PROVINCE, "parent KL57", 8), newName: "KL57-2023" });
      const files = Object.keys(edit.changes!).map((u) => u.split("/").pop()).sort();
      assert.deepEqual(files, ["huyen-x.plan", "kl57.plan", "tinh-a.plan"]);
      assert.equal(edit.changes![c.uri(PROVINCE)].length, 2); // implements, parent
    });

    it("renames a level in the hierarchy and in every unit at it", async () => {
      const edit = await c.request<WorkspaceEdit>("textDocument/rename", { ...at(PROVINCE, "level district", 7), newName: "huyen" });
      const files = Object.keys(edit.changes!).map((u) => u.split("/").pop()).sort();
      assert.deepEqual(files, ["hierarchy.plan", "tinh-a.plan"]);
    });

    it("refuses a new name that is a keyword, not a name, or taken", async () => {
      const p = at(PROVINCE, "unit btg-hu-x", 6);
      await assert.rejects(c.request("textDocument/rename", { ...p, newName: "plan" }), /từ khóa/);
      await assert.rejects(c.request("textDocument/rename", { ...p, newName: "a b" }), /không phải là một tên hợp lệ/);
      await assert.rejects(c.request("textDocument/rename", { ...p, newName: "vp-hu-x" }), /đã được dùng/);
    });
  });

  it("document symbols: units, documents, tasks and blocks as an outline", async () => {
    const syms = await c.request<DocumentSymbol[]>("textDocument/documentSymbol", doc(PROVINCE));
    assert.deepEqual(syms.map((s) => s.name), ["tinh-uy-a", "KH-A-57"]);
    assert.deepEqual(syms[0].children!.map((s) => s.name), ["btv-tu-a", "btg-tu-a", "vp-tu-a", "so-tttt-a", "huyen-uy-x"]);
    assert.deepEqual(syms[1].children!.map((s) => s.name), ["A1", "A2", "A3", "approval", "reporting", "history"]);
    assert.equal(syms[1].detail, "Kế hoạch thực hiện Kết luận số 57-KL/TW");
  });

  it("workspace symbols: units, documents and tasks by a fuzzy query", async () => {
    const syms = await c.request<SymbolInformation[]>("workspace/symbol", { query: "kha57" });
    assert.ok(syms.some((s) => s.name === "KH-A-57" && s.location.uri === c.uri(PROVINCE)));
    const tasks = await c.request<SymbolInformation[]>("workspace/symbol", { query: "KL57.T2" });
    assert.deepEqual(tasks.map((s) => s.name).sort(), ["KL57.T2", "KL57.T2.1", "KL57.T2.2"]);
  });

  it("folding ranges: blocks and comment runs", async () => {
    const ranges = await c.request<FoldingRange[]>("textDocument/foldingRange", doc(PROVINCE));
    const text = c.text(PROVINCE).split("\n");
    const starts = ranges.map((r) => text[r.startLine].trim().split(" ").slice(0, 2).join(" "));
    for (const s of ["unit tinh-uy-a", "unit huyen-uy-x", "plan KH-A-57", "task A1", "approval {", "reporting {", "history {", "signature {", "recipients {"]) {
      assert.ok(starts.includes(s), s);
    }
    const hierarchy = await c.request<FoldingRange[]>("textDocument/foldingRange", doc("hierarchy.plan"));
    assert.ok(hierarchy.length >= 2);
  });

  it("semantic tokens: names coloured by what they name", async () => {
    const types = c.initResult.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await c.request<SemanticTokens>("textDocument/semanticTokens/full", doc(DISTRICT));
    const decoded = decodeTokens(tokens.data, types);
    const lines = c.text(DISTRICT).split("\n");
    const typeOf = (word: string, nth = 0) => {
      const hits = decoded.filter((t) => lines[t.line].slice(t.char, t.char + t.length) === word);
      return hits[nth]?.type;
    };
    assert.equal(typeOf("plan"), "keyword");
    assert.equal(typeOf("KH-X-57"), "namespace");
    assert.equal(typeOf("huyen-uy-x"), "class");
    assert.equal(typeOf("B1"), "function");
    assert.equal(typeOf("A1"), "function");
    assert.equal(typeOf("submitted"), "event");
    assert.equal(typeOf("draft"), "variable");
    assert.equal(typeOf("20/10/2023"), "number");
    assert.equal(typeOf('"5-KH/HU"'), "string");
  });

  it("document formatting: the canonical layout as a minimal edit, nothing for a broken file", async function () {
    if (!c.initResult.capabilities.documentFormattingProvider) this.skip(); // the formatter (language/format) is not part of this build
    const original = c.text(DISTRICT);
    const messy = original.replace("  number \"5-KH/HU\"", "number     \"5-KH/HU\"").replace("    lead btg-hu-x", "lead    btg-hu-x");
    await c.change(DISTRICT, messy);
    try {
      const edits = await c.request<TextEdit[]>("textDocument/formatting", { ...doc(DISTRICT), options: { tabSize: 2, insertSpaces: true } });
      assert.ok(edits.length > 0);
      const formatted = applyEdits(messy, edits);
      assert.match(formatted, /\n  number "5-KH\/HU"/);
      await c.change(DISTRICT, formatted);
      const again = await c.request<TextEdit[]>("textDocument/formatting", { ...doc(DISTRICT), options: { tabSize: 2, insertSpaces: true } });
      assert.deepEqual(again, []);
      await c.change(DISTRICT, `${original}\n plan {`);
      const broken = await c.request<TextEdit[] | null>("textDocument/formatting", { ...doc(DISTRICT), options: { tabSize: 2, insertSpaces: true } });
      assert.ok(broken === null || broken.length === 0);
    } finally {
      await c.change(DISTRICT, original);
    }
  });

  it("selection ranges: from the name outwards to the whole file", async () => {
    const [sel] = await c.request<SelectionRange[]>("textDocument/selectionRange", { ...doc(DISTRICT), positions: [c.positionOf(DISTRICT, "covers A1", 8)] });
    const chain: string[] = [];
    for (let r: SelectionRange | undefined = sel; r; r = r.parent) {
      if (r.parent) assert.ok(contains(r.parent.range, r.range));
      chain.push(textAt(c.text(DISTRICT), r.range));
    }
    assert.equal(chain[0], "A1");
    assert.ok(chain.some((s) => s.startsWith('task B1 "Quán triệt') && s.endsWith("}")));
    assert.ok(chain.some((s) => s.startsWith("plan KH-X-57")));
    assert.equal(chain[chain.length - 1], c.text(DISTRICT));
  });

  it("code actions: the rule's quick fix, and disable-next-line", async () => {
    // The diagnostics of the text as the tests above left it (a lone edit is checked at once, a
    // burst once it is over: the last diagnostics may be those of a text before the burst's end).
    const diags = await c.diagnosticsOf(DISTRICT, (ds) => ds.some((x) => x.code === "unresolved-reference" && textAt(c.text(DISTRICT), x.range) === "btg-hu-xx"));
    const d = diags.find((x) => x.code === "unresolved-reference")!;
    // The code links to the rule's page (LSP 3.16 codeDescription).
    assert.deepEqual(d.codeDescription, { href: "https://github.com/plancode/plancode/blob/main/docs/rules/unresolved-reference.md" });
    const actions = await c.request<CodeAction[]>("textDocument/codeAction", { ...doc(DISTRICT), range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.title === "Đổi thành 'btg-hu-x'")!;
    assert.ok(fix, actions.map((a) => a.title).join());
    assert.equal(fix.kind, "quickfix");
    assert.match(applyEdits(c.text(DISTRICT), fix.edit!.changes![c.uri(DISTRICT)]), /support btg-hu-x\n/);
    const disable = actions.find((a) => a.title === "Tắt 'unresolved-reference' cho dòng này")!;
    const disabled = applyEdits(c.text(DISTRICT), disable.edit!.changes![c.uri(DISTRICT)]);
    assert.match(disabled, /\n    \/\/ plancode-disable-next-line unresolved-reference\n    support btg-hu-xx/);
    // Applying it silences the finding.
    const original = c.text(DISTRICT);
    const since = c.published.length;
    await c.change(DISTRICT, disabled);
    await c.diagnosticsOf(DISTRICT, (ds) => !ds.some((x) => x.code === "unresolved-reference"), since);
    await c.change(DISTRICT, original);
    await c.diagnosticsOf(DISTRICT, (ds) => ds.some((x) => x.code === "unresolved-reference"), since);
  });

  it("code lens: state and next deadline, and coverage of the parent's tasks", async () => {
    const lenses = await c.request<CodeLens[]>("textDocument/codeLens", doc(PROVINCE));
    const titles = lenses.map((l) => l.command!.title);
    // As of 2024-11-01: implementing since 11/10/2023, reports every 6 months on day 10.
    assert.ok(titles.some((t) => /^Đang thực hiện( · quá hạn \d+)? · báo cáo kế tiếp \d\d\/\d\d\/20\d\d$/.test(t)), titles.join(" | "));
    assert.ok(titles.includes("bao quát 3/3 nhiệm vụ của KL57"), titles.join(" | "));
    assert.equal(lenses[0].command!.command, "plancode.showStatus");
    const district = await c.request<CodeLens[]>("textDocument/codeLens", doc(DISTRICT));
    const dt = district.map((l) => l.command!.title);
    assert.deepEqual(dt.slice(2), ["Xem văn bản ban hành", "Xuất Word", "Xuất PDF"], dt.join(" | "));
    assert.ok(dt.includes("bao quát 3/3 nhiệm vụ của KH-A-57"), dt.join(" | "));
    assert.deepEqual(district.slice(2).map((l) => l.command!.command), ["plancode.previewDocument", "plancode.exportWord", "plancode.exportPdf"]);
  });

  it("inlay hints: the Vietnamese form of ISO dates, or ISO after Vietnamese dates by setting", async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    const hints = await c.request<InlayHint[]>("textDocument/inlayHint", { ...doc(PROVINCE), range });
    const issued = hints.find((h) => h.position.line === c.positionOf(PROVINCE, "issued 2023-09-12").line)!;
    assert.equal(issued.label, "12/09/2023");
    assert.ok(!hints.some((h) => h.position.line === c.positionOf(PROVINCE, "due 31/12/2025").line));
    await c.setSettings({ inlayHints: { dates: "iso" } });
    try {
      const iso = await c.request<InlayHint[]>("textDocument/inlayHint", { ...doc(PROVINCE), range });
      assert.deepEqual(iso.map((h) => h.label), ["2025-12-31"]);
    } finally {
      await c.setSettings({});
    }
  });

  it("plancode/status: the status of a file's documents for the extension", async () => {
    const entries = await c.request<{ name: string; state: string; since?: string }[]>("plancode/status", { uri: c.uri(PROVINCE) });
    assert.deepEqual(entries.map((e) => [e.name, e.state, e.since]), [["KH-A-57", "implementing", "2023-10-11"]]);
  });

  it("plancode/simulate and plancode/graph: the workflow engine for the extension's commands", async () => {
    type Sim = { name: string; text: string; mermaid?: string; simulation: { runs: number } } | null;
    const sim = await c.request<Sim>("plancode/simulate", { uri: c.uri(DISTRICT), runs: 50, seed: 7 });
    assert.equal(sim!.name, "KH-X-57");
    assert.equal(sim!.simulation.runs, 50);
    // The report `plancode simulate` prints (workflows/report.ts), in the file's locale.
    assert.match(sim!.text, /^Mô phỏng KH-X-57 — 50 lần chạy, hạt giống ngẫu nhiên 7, từ \d{2}\/\d{2}\/\d{4} /);
    assert.match(sim!.text, /\nMốc\s+Hạn\s+Trung vị\s+Phân vị 90\s+Đúng hạn\n/);
    assert.match(sim!.mermaid!, /stateDiagram/);
    const cascade = await c.request<Sim>("plancode/simulate", { name: "KL57", runs: 20 });
    assert.match(cascade!.text, /^Mô phỏng chuỗi KL57 — 3 văn bản, 20 lần chạy, hạt giống ngẫu nhiên 1, /);
    assert.equal(await c.request("plancode/simulate", { name: "NO-SUCH-PLAN" }), null);
    const whole = await c.request<{ mermaid: string; format: string }>("plancode/graph", {});
    assert.equal(whole.format, "mermaid");
    for (const name of ["KL57", "KH-A-57", "KH-X-57"]) assert.ok(whole.mermaid.includes(name), name);
    const dot = await c.request<{ text: string }>("plancode/graph", { format: "dot", uri: c.uri(DISTRICT) });
    assert.match(dot.text, /digraph/);
  });

  it("plancode.rules settings override plancode.json severities", async () => {
    let since = c.published.length;
    await c.setSettings({ rules: { "unresolved-reference": "info" } });
    await c.diagnosticsOf(DISTRICT, (d) => d.some((x) => x.code === "unresolved-reference" && x.severity === 3), since);
    since = c.published.length;
    await c.setSettings({});
    await c.diagnosticsOf(DISTRICT, (d) => d.some((x) => x.code === "unresolved-reference" && x.severity === 1), since);
  });
});
