// The real VS Code: code-server (VS Code 1.139 in a browser) with the extension packed and
// installed as a user would, driven by headless Chromium (test/editors/vscode/code-server.ts),
// `plancode.locale: vi` in the user settings. On a copy of samples/ it does what a drafter does:
// opens a plan, types `covers `, makes a typo and finds it squiggled and in the Problems panel,
// runs "Show status", simulates, opens the dashboard, the diagram and the document's preview.
// Then the drafter's day of issue 16: a new district plan under KH-TQ-57 whose coverage quick fix
// is listed once and adds no finding, ranked completion after `parent `, the extension in
// Vietnamese, the Plancode view, and a rename across a generated nationwide cascade (scale 1/16;
// the full-scale figures are bench/rename.ts's). Screenshots go to docs/images/. Run with
// `npm run test:e2e`.
//
// Waits are bounded polls (they give up after a long limit and fail with what they saw); nothing
// asserts on speed. One code-server and one browser serve every test of the run.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { generateTo } from "../../bench/generate.js";
import { planFiles } from "../../bench/lib/lsp-editor.js";
import { REPO, sandbox, skipReason, type Sandbox } from "./harness.js";
import { CodeServer, codeServerInstalled, LONG, until } from "./vscode/code-server.js";
import { KEYS, SEL } from "./vscode/selectors.js";
import { Workbench } from "./vscode/workbench.js";

const IMAGES = join(REPO, "docs", "images");
const PLAN = "lam-binh.plan";
const DRAFTER = "chiem-hoa.plan";

/** `rule id → count` of Problems rows ("… plancode coverage [Ln 16, Col 10]"). */
function byRule(rows: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const m = /plancode (\S+) \[Ln \d+/.exec(row);
    if (m) out[m[1]] = (out[m[1]] ?? 0) + 1;
  }
  return out;
}

describe("editors: the extension in a real VS Code (code-server + Chromium)", function () {
  this.timeout(300_000);
  let box: Sandbox;
  let vscode: CodeServer;
  let page: Page;
  let ui: Workbench;
  let failed = false;
  const text = (rel: string) => readFileSync(join(box.workspace, rel), "utf8");
  /** 1-based number of the first line of a file containing `needle`. */
  const lineIn = (rel: string, needle: string) => text(rel).split("\n").findIndex((l) => l.includes(needle)) + 1;
  const lineOf = (needle: string) => lineIn(join("districts", PLAN), needle);

  before(async function () {
    if (process.env.PLANCODE_SKIP_E2E === "1") {
      console.log("      skipped: PLANCODE_SKIP_E2E=1");
      this.skip();
    }
    const reason = skipReason("code-server (scripts/e2e/setup-code-server.sh) and Chromium", codeServerInstalled());
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    box = sandbox("vscode");
    // The drafter's new district plan, saved beside Lâm Bình's before the day starts.
    cpSync(join(REPO, "test", "fixtures", "drafter", DRAFTER), join(box.workspace, "districts", DRAFTER));
    vscode = await CodeServer.launch(box, box.workspace, { asOf: "2024-06-30", locale: "vi" });
    page = vscode.page;
    ui = new Workbench(page);
    mkdirSync(IMAGES, { recursive: true });
  });

  after(async function () {
    if (failed || process.env.PLANCODE_E2E_KEEP === "1") {
      console.log(`      code-server log and profile kept in ${box?.dir}`);
      console.log(vscode?.logTail());
    }
    await vscode?.stop();
    if (box && process.env.PLANCODE_E2E_KEEP !== "1" && !failed) rmSync(box.dir, { recursive: true, force: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === "failed") failed = true;
    if (this.currentTest?.state === "failed" && page) {
      const shot = join(box.dir, `failed-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`      screenshot of the failure: ${shot}`);
      console.log(vscode.extensionHostLog());
    }
  });

  it("opens a plan: the extension starts the server (code lenses with the plan's coverage)", async () => {
    await ui.openFile(PLAN);
    await until("the language mode Plan", async () => (await page.locator(SEL.languageStatus).innerText()).trim() === "Plan");
    const lenses = await until("code lenses from the server", async () => {
      const texts = await page.locator(SEL.codeLens).allInnerTexts();
      return texts.some((t) => t.includes("KH-TQ-57")) ? texts : undefined;
    });
    console.log(`      code lenses: ${lenses.join(" | ")}`);
  });

  it("completion after `covers ` lists the parent plan's tasks", async () => {
    // A new task before `approval {` of KH-LB-57, whose parent is Tuyên Quang's KH-TQ-57.
    await ui.goToLine(lineOf("approval {"), 1);
    await page.keyboard.press(KEYS.enter);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.type('  task L5 "Thu nghiem" covers ');
    const labels = await ui.suggestions("completion rows with A1…A4", (rows) => rows.includes("A1") && rows.includes("A4"));
    console.log(`      completion rows: ${labels.join(", ")}`);
    // Show the focused task's details (its title) for the README's screenshot; optional.
    await page.keyboard.press(KEYS.triggerSuggest);
    await page.locator(SEL.suggestDetails).first().waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
    for (const want of ["A1", "A2", "A2.1", "A3", "A4"]) assert.ok(labels.includes(want), `no ${want} in ${labels.join(", ")}`);
    assert.ok(!labels.includes("T1"), "a task of the directive offered where the parent is the provincial plan");
    await page.screenshot({ path: join(IMAGES, "vscode-completion.png") });
    await page.keyboard.press(KEYS.escape);
    await page.keyboard.press(KEYS.deleteLine);
    await until("the inserted line to go", async () => !(await ui.visibleText()).includes("Thu nghiem"));
  });

  it("a typo is squiggled and listed in the Problems panel", async () => {
    const line = lineOf("lead ubnd-lam-binh");
    await ui.goToLine(line);
    await page.keyboard.press(KEYS.end);
    await page.keyboard.type("x");
    await until("an error squiggle", async () => (await page.locator(SEL.squigglyError).count()) > 0);
    await page.keyboard.press(KEYS.problems);
    const rows = await until("a Problems row about ubnd-lam-binhx", async () => {
      const texts = await page.locator(SEL.problemsRows).allInnerTexts();
      return texts.some((t) => t.includes("ubnd-lam-binhx")) ? texts : undefined;
    });
    const row = rows.find((t) => t.includes("ubnd-lam-binhx"))!;
    console.log(`      problems row: ${row.replace(/\s+/g, " ")}`);
    assert.match(row, /ubnd-lam-binh\b/, "the message should suggest the existing name");
    assert.match(row, new RegExp(`\\[Ln ${line}, Col \\d+\\]|${line}`), `the row should name line ${line}`);
    await page.screenshot({ path: join(IMAGES, "vscode-problems.png") });
    // Undo the typo: the error leaves the editor and the panel.
    await ui.goToLine(line);
    await page.keyboard.press(KEYS.end);
    await page.keyboard.press("Backspace");
    await until("the squiggle to go after the fix", async () => (await page.locator(SEL.squigglyError).count()) === 0);
    await until("the Problems row to go", async () => !(await page.locator(SEL.problemsRows).allInnerTexts()).some((t) => t.includes("ubnd-lam-binhx")));
  });

  it('"Plancode: Show status" lists the plans, most urgent first, in Vietnamese with Vietnamese dates', async () => {
    await page.locator(SEL.editor).first().click();
    await ui.runCommand("Plancode: Show status");
    const rows = await until("status rows", async () => {
      const texts = await page.locator(SEL.quickInputRows).allInnerTexts();
      return texts.some((t) => t.includes("KH-LB-57")) ? texts.map((r) => r.replace(/\s+/g, " ")) : undefined;
    });
    console.log(`      status: ${rows.join(" | ")}`);
    // `plancode.locale: vi`: the picker's words are Vietnamese under an English VS Code, dates dd/mm/yyyy.
    assert.match(rows.join("\n"), /KH-LB-57\s*Đang thực hiện · từ 10\/11\/2023/);
    assert.doesNotMatch(rows.join("\n"), /Implementing|Issued|since|overdue|next:|\d{4}-\d{2}-\d{2}/);
    await page.screenshot({ path: join(IMAGES, "vscode-status.png") });
    await page.keyboard.press(KEYS.escape);
  });

  it('"Plancode: Simulate this plan": the milestones and the lifecycle machine, in Vietnamese', async () => {
    await ui.runCommand("View: Hide Panel");
    await ui.openFile(PLAN);
    await ui.runCommand("Plancode: Simulate this plan");
    const frame = await ui.frameWith("the simulation report", "#report");
    const report = String(await frame.evaluate(`document.getElementById("report").innerText`));
    console.log(`      simulation: ${report.split("\n").slice(0, 4).join(" | ")}`);
    assert.match(report, /^Mô phỏng KH-LB-57 — /);
    assert.match(report, /\d{2}\/\d{2}\/\d{4}/, "milestone dates as Vietnamese write them");
    await ui.frameWith("the lifecycle diagram", "#graph[data-rendered='true'] svg");
    const states = String(await frame.evaluate(`document.querySelector("#graph svg").textContent`));
    assert.match(states, /Đang thực hiện \(đã sơ kết và tổng kết\)/);
    assert.doesNotMatch(states, /drafting|implementing|both reviews/);
    await until("the panel's title in Vietnamese", async () => (await page.locator(SEL.tabNamed("Mô phỏng KH-LB-57")).count()) > 0);
    await page.screenshot({ path: join(IMAGES, "vscode-simulate.png") });
  });

  it('"Plancode: Show cascade graph" opens the dashboard: the counts, a document, its file at the declaration', async () => {
    await ui.runCommand("View: Close All Editors");
    await ui.openFile(PLAN);
    await ui.runCommand("Plancode: Show cascade graph");
    const frame = await ui.frameWith("the dashboard's overview", "#figure-documents .value");
    const documents = String(await frame.evaluate(`document.querySelector("#figure-documents .value").textContent`));
    console.log(`      dashboard: ${documents} documents`);
    assert.equal(documents, "13", "the samples' 12 documents and the drafter's, as `plancode status` counts them");
    await page.screenshot({ path: join(IMAGES, "vscode-dashboard.png") });
    // A document's page, then "Open in the editor": its .plan opens at the declaration.
    await frame.evaluate(`location.hash = "#/doc/KH-LB-57"`);
    await frame.waitForSelector("button.open-editor", { timeout: LONG });
    await frame.click("button.open-editor");
    await until("lam-binh.plan in a tab", async () => (await page.locator(SEL.activeTab).allTextContents()).some((t) => t.includes(PLAN)));
    await until("the cursor on the declaration", async () => (await ui.visibleText()).includes("plan KH-LB-57"));
  });

  it('"Plancode: Show cascade as a diagram" draws a small cascade with Mermaid, offline', async () => {
    await ui.runCommand("View: Close All Editors");
    await ui.openFile(PLAN);
    await ui.runCommand("Plancode: Show cascade as a diagram");
    const frame = await ui.frameWith("the rendered cascade graph", "body:not(:has(#report)) > #graph[data-rendered='true'] svg");
    const labels = String(await frame.evaluate(`document.querySelector("#graph svg").textContent`));
    console.log(`      graph text: ${labels.slice(0, 200)}`);
    assert.match(labels, /KH-LB-57/);
    await until("the panel's title in Vietnamese", async () => (await page.locator(SEL.tabNamed("Sơ đồ phân cấp văn bản")).count()) > 0);
    await page.screenshot({ path: join(IMAGES, "vscode-graph.png") });
  });

  it('"Plancode: Preview issued document" opens beside the plan and follows the typing', async () => {
    await ui.runCommand("View: Close All Editors");
    await ui.openFile(PLAN);
    await ui.runCommand("Plancode: Preview issued document");
    const sheetText = async (frame: import("playwright-core").Frame) => String(await frame.evaluate(`document.getElementById("plancode-body").innerText`));
    const frame = await ui.frameWith("the issued document's sheets", "#plancode-body .pc-sheet");
    const before = await sheetText(frame);
    assert.match(before, /HUYỆN ỦY LÂM BÌNH/);
    assert.match(before, /Số 52-KH\/HU/);
    // Type into the signer's name in the plan: the preview shows it without saving.
    const line = lineOf('signer "Hoàng Văn Phúc"');
    const column = text(join("districts", PLAN)).split("\n")[line - 1].indexOf('"Hoàng') + 2;
    await ui.goToLine(line, column);
    await page.keyboard.type("Đỗ ");
    await until("the preview showing the typed name", async () => (await sheetText(frame)).includes("Đỗ Hoàng Văn Phúc"));
    await page.screenshot({ path: join(IMAGES, "vscode-preview.png") });
    await ui.runCommand("File: Revert File");
  });

  describe("the drafter's day (issue 16)", () => {
    const drafter = join("districts", DRAFTER);

    it("a new district plan: the coverage quick fix is listed once, and applied it adds no finding", async () => {
      await ui.runCommand("View: Close All Editors");
      await ui.openFile(DRAFTER);
      const rowsOf = async () => (await ui.problems()).filter((r) => r.includes("plancode"));
      const before = await until("the plan's findings: three tasks of KH-TQ-57 uncovered, the provincial organ as lead", async () => {
        const rows = await rowsOf();
        const counts = byRule(rows);
        return counts.coverage === 3 && counts["assign-upward"] === 1 ? counts : undefined;
      });
      // The cursor on `parent KH-TQ-57`, where the coverage warnings are: Ctrl+. lists the fixes.
      const parentLine = lineIn(drafter, "parent KH-TQ-57");
      await ui.goToLine(parentLine, 12);
      const fixes = await ui.quickFixes("Thêm 3 nhiệm vụ bao quát các nhiệm vụ còn thiếu");
      console.log(`      quick fixes: ${fixes.join(" | ")}`);
      assert.equal(fixes.filter((f) => f.includes("Thêm 3 nhiệm vụ bao quát")).length, 1, "one entry for the three warnings");
      await page.screenshot({ path: join(IMAGES, "vscode-quick-fix.png") });
      await page.locator(SEL.quickFixRows, { hasText: "Thêm 3 nhiệm vụ bao quát" }).first().click();
      const after = await until("the stubs' findings", async () => {
        const counts = byRule(await rowsOf());
        return counts.coverage === undefined && counts.unfinished === 3 ? counts : undefined;
      });
      console.log(`      findings before ${JSON.stringify(before)}, after the quick fix ${JSON.stringify(after)}`);
      for (const [rule, n] of Object.entries(after)) {
        if (rule === "unfinished") continue; // the stubs' `// CẦN BỔ SUNG`, on purpose
        assert.ok(n <= (before[rule] ?? 0), `the quick fix added ${rule} findings: ${before[rule] ?? 0} → ${n}`);
      }
      assert.doesNotMatch(await ui.visibleText(), /lead btg-tu-tq\n[^]*CẦN BỔ SUNG[^]*lead btg-tu-tq/, "the stubs do not copy the provincial organ");
      // The lead: the real fix for assign-upward gives the task to a body of the district.
      await ui.goToLine(lineIn(drafter, "lead btg-tu-tq"), 10);
      await ui.quickFixes("Giao cho 'btg-hu-ch'");
      await page.locator(SEL.quickFixRows, { hasText: "Giao cho 'btg-hu-ch'" }).first().click();
      await until("no assign-upward left", async () => byRule(await rowsOf())["assign-upward"] === undefined);
      await page.keyboard.press(KEYS.save);
    });

    it("completion after `parent ` lists the plan one level up first, then the directive", async () => {
      const line = lineIn(drafter, "parent KH-TQ-57");
      await ui.goToLine(line, "  parent ".length + 1);
      await page.keyboard.press("Shift+End");
      await page.keyboard.press("Backspace");
      const labels = await ui.suggestions("ranked parent candidates", (rows) => rows.length > 2);
      console.log(`      completion after parent: ${labels.join(", ")}`);
      assert.deepEqual(labels.slice(0, 2), ["KH-TQ-57", "KL57"]);
      await page.screenshot({ path: join(IMAGES, "vscode-completion-parent.png") });
      await page.keyboard.press(KEYS.enter);
      await until("the parent chosen", async () => (await ui.visibleText()).includes("parent KH-TQ-57"));
      await page.keyboard.press(KEYS.save);
    });

    it("the Plancode view in the activity bar: documents by level, most urgent first; one opens at its declaration", async () => {
      await ui.runCommand("View: Close All Editors");
      await page.locator(SEL.activityItem("Plancode")).first().click();
      const rows = await until("the Plancode view's rows", async () => {
        const texts = (await page.locator(SEL.viewRows("plancode")).allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim());
        return texts.some((t) => t.startsWith("KH-CH-57")) ? texts : undefined;
      });
      console.log(`      Plancode view: ${rows.slice(0, 8).join(" | ")}`);
      assert.match(rows[0], /^Trung ương\s*\d+ văn bản/, "the top level first");
      assert.ok(rows.some((r) => /^KL57\s*Đang thực hiện · từ 11\/10\/2023/.test(r)), "a directive with its state in Vietnamese");
      await page.screenshot({ path: join(IMAGES, "vscode-plancode-view.png") });
      await page.locator(SEL.viewRows("plancode"), { hasText: "KH-LB-57" }).first().click();
      await until("lam-binh.plan in a tab", async () => (await page.locator(SEL.activeTab).allTextContents()).some((t) => t.includes(PLAN)));
      await until("the cursor on the declaration", async () => (await ui.visibleText()).includes("plan KH-LB-57"));
    });

    it("a rename across a generated nationwide cascade (scale 1/16) applies, is checked once, and leaves no stale finding", async () => {
      const nation = join(box.dir, "nation");
      generateTo(nation, { seed: 57, scale: 1 / 16 });
      await vscode.openFolder(nation);
      await ui.openFile("kl57.plan");
      await until("the server up (code lenses)", async () => (await page.locator(SEL.codeLens).allInnerTexts()).some((t) => t.includes("Đang thực hiện")));
      const files = planFiles(nation).map((path) => relative(nation, path));
      const naming = files.filter((rel) => /\bKL57\b/.test(readFileSync(join(nation, rel), "utf8")));
      const line = readFileSync(join(nation, "central", "kl57.plan"), "utf8").split("\n").findIndex((l) => l.startsWith("directive KL57")) + 1;
      await ui.goToLine(line, "directive ".length + 2);
      const started = Date.now();
      await page.keyboard.press(KEYS.rename);
      const input = page.locator(SEL.renameInput).first();
      await input.waitFor({ state: "visible", timeout: LONG });
      await input.fill("KL57-TW");
      await page.keyboard.press(KEYS.enter);
      // The server's progress in the status bar while it updates and checks the files.
      const progress = await until("the server's progress", async () => {
        const bar = await ui.statusBar();
        return /Đang (cập nhật|kiểm tra)/.test(bar) ? bar : undefined;
      }, 60_000, 100).catch(() => "");
      if (progress) await page.screenshot({ path: join(IMAGES, "vscode-rename-progress.png") });
      await until("every file edited", async () => (await ui.visibleText()).includes("directive KL57-TW"));
      await ui.runCommand("File: Save All");
      const saved = await until("every file naming KL57 saved with the new name", async () => (naming.every((rel) => /KL57-TW/.test(readFileSync(join(nation, rel), "utf8"))) ? Date.now() : undefined), 180_000, 500);
      await until("the checking over", async () => !/Đang (cập nhật|kiểm tra)/.test(await ui.statusBar()), 180_000, 250);
      const settled = Date.now();
      const stale = (await ui.problems()).filter((r) => /'KL57'/.test(r));
      console.log(`      renamed in ${naming.length} of ${files.length} files: saved after ${((saved - started) / 1000).toFixed(1)} s, checked after ${((settled - started) / 1000).toFixed(1)} s; progress seen: ${progress || "—"}`);
      assert.deepEqual(stale, [], "no finding still names KL57");
      await page.screenshot({ path: join(IMAGES, "vscode-rename.png") });
    });
  });
});
