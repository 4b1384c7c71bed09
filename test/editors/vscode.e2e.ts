// The real VS Code: code-server (VS Code 1.139 in a browser, installed by
// scripts/e2e/setup-code-server.sh into .e2e/) driven by Debian's headless Chromium through
// playwright-core. Packs the extension (.vsix), installs it, opens a copy of samples/, and does
// what a drafter does: opens a plan, types `covers `, reads the completion rows, makes a typo and
// finds it squiggled and in the Problems panel, runs "Plancode: Show status", opens the cascade
// dashboard and the small-cascade diagram. Screenshots go to docs/images/ (the README shows the
// completion one). Run with `npm run test:e2e`.
//
// Waits are bounded polls (they give up after a long limit and fail with what they saw); nothing
// asserts on speed. One code-server and one browser serve every test of the run.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO, sandbox, skipReason, type Sandbox } from "./harness.js";
import { KEYS, SEL } from "./vscode/selectors.js";

const E2E = process.env.PLANCODE_E2E_DIR ?? join(REPO, ".e2e");
const CODE_SERVER_DIR = join(E2E, "code-server");
const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, "node_modules", "code-server", "out", "node", "entry.js");
const CHROMIUM = process.env.PLANCODE_CHROMIUM ?? "/usr/bin/chromium";
const IMAGES = join(REPO, "docs", "images");
const PLAN = "lam-binh.plan";
/** Upper bound of every wait: generous, a cold code-server takes 10–20 s to show a window. */
const LONG = Number(process.env.PLANCODE_E2E_WAIT ?? 90_000);

function node24(): string | undefined {
  const file = join(CODE_SERVER_DIR, ".node");
  if (!existsSync(file)) return undefined;
  const bin = readFileSync(file, "utf8").trim();
  return existsSync(bin) ? bin : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a value other than undefined/false, or gives up after `ms`. */
async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = LONG, every = 250): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

describe("editors: the extension in a real VS Code (code-server + Chromium)", function () {
  this.timeout(300_000);
  let box: Sandbox;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let serverLog = "";
  let failed = false;
  const planText = () => readFileSync(join(box.workspace, "districts", PLAN), "utf8");
  /** 1-based number of the first line of the plan containing `needle`. */
  const lineOf = (needle: string) => planText().split("\n").findIndex((l) => l.includes(needle)) + 1;

  before(async function () {
    if (process.env.PLANCODE_SKIP_E2E === "1") {
      console.log("      skipped: PLANCODE_SKIP_E2E=1");
      this.skip();
    }
    const node = node24();
    const reason = skipReason("code-server (scripts/e2e/setup-code-server.sh) and Chromium", Boolean(node && existsSync(CODE_SERVER_ENTRY) && existsSync(CHROMIUM)));
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    box = sandbox("vscode");
    // No marketplace: the machine has no network but loopback; point the gallery there.
    box.env.EXTENSIONS_GALLERY = JSON.stringify({ serviceUrl: "http://127.0.0.1:9/gallery", itemUrl: "http://127.0.0.1:9/items" });
    const userData = join(box.dir, "user-data");
    const extensions = join(box.dir, "extensions");
    mkdirSync(join(userData, "User"), { recursive: true });
    writeFileSync(
      join(userData, "User", "settings.json"),
      JSON.stringify(
        {
          "editor.wordBasedSuggestions": "off",
          "editor.minimap.enabled": false,
          "workbench.startupEditor": "none",
          "workbench.tips.enabled": false,
          "workbench.enableExperiments": false,
          "workbench.secondarySideBar.defaultVisibility": "hidden",
          "chat.disableAIFeatures": true,
          "security.workspace.trust.enabled": false,
          "telemetry.telemetryLevel": "off",
          "extensions.autoCheckUpdates": false,
          "extensions.autoUpdate": false,
          "extensions.ignoreRecommendations": true,
          "update.mode": "none",
          "git.enabled": false,
          "window.zoomLevel": 0,
          // A monospace font with Vietnamese letters (Debian's fonts-jetbrains-mono).
          "editor.fontFamily": "'JetBrains Mono', 'DejaVu Sans Mono', monospace",
          "plancode.asOf": "2024-06-30",
          "plancode.trace.server": process.env.PLANCODE_E2E_TRACE ?? "off",
        },
        null,
        2,
      ),
    );
    const config = join(box.dir, "code-server.yaml");
    writeFileSync(config, "auth: none\ncert: false\n");

    // 1. Pack and install the extension, as a user would.
    const vsix = join(box.dir, "plancode.vsix");
    const pack = spawnSync(process.execPath, [join(REPO, "scripts", "package-vsix.mjs"), "--out", vsix], { cwd: REPO, encoding: "utf8" });
    assert.equal(pack.status, 0, `npm run package failed:\n${pack.stdout}\n${pack.stderr}`);
    const install = spawnSync(node!, [CODE_SERVER_ENTRY, "--install-extension", vsix, "--extensions-dir", extensions, "--user-data-dir", userData, "--config", config], {
      env: box.env,
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(install.status, 0, `code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
    const installed = readdirSync(extensions).filter((d) => d.startsWith("plancode.plancode-"));
    assert.equal(installed.length, 1, `extension folder not found in ${extensions}: ${readdirSync(extensions).join(", ")}\n${install.stdout}`);

    // 2. Start code-server on a free loopback port.
    const port = await freePort();
    const log = createWriteStream(join(box.dir, "code-server.log"));
    server = spawn(
      node!,
      [
        CODE_SERVER_ENTRY,
        "--auth", "none",
        "--bind-addr", `127.0.0.1:${port}`,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
        "--config", config,
        "--user-data-dir", userData,
        "--extensions-dir", extensions,
      ],
      { env: box.env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    server.stdout?.on("data", (d: Buffer) => { serverLog += d.toString(); log.write(d); });
    server.stderr?.on("data", (d: Buffer) => { serverLog += d.toString(); log.write(d); });
    const base = `http://127.0.0.1:${port}`;
    await until("code-server /healthz", async () => (await fetch(`${base}/healthz`)).ok, LONG, 300);

    // 3. Open the workspace in headless Chromium.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
    const context = await browser.newContext({ viewport: { width: 1680, height: 900 }, locale: "en-US" });
    page = await context.newPage();
    await page.goto(`${base}/?folder=${encodeURIComponent(box.workspace)}`);
    await page.waitForSelector(SEL.workbench, { timeout: LONG });
    mkdirSync(IMAGES, { recursive: true });
  });

  after(async function () {
    if (failed || process.env.PLANCODE_E2E_KEEP === "1") {
      console.log(`      code-server log and profile kept in ${box?.dir}`);
      console.log(serverLog.split("\n").slice(-30).join("\n"));
    }
    await browser?.close().catch(() => {});
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    if (box && process.env.PLANCODE_E2E_KEEP !== "1" && !failed) rmSync(box.dir, { recursive: true, force: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === "failed") failed = true;
    if (this.currentTest?.state === "failed" && page) {
      const shot = join(box.dir, `failed-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`      screenshot of the failure: ${shot}`);
      console.log(extensionHostLog());
    }
  });

  /** The tail of the extension host's and the Plancode output channel's logs, for failures. */
  function extensionHostLog(): string {
    const logs = join(box.dir, "user-data", "logs");
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/exthost|Plancode/i.test(p)) out.push(`--- ${p}\n${readFileSync(p, "utf8").slice(-3000)}`);
      }
    };
    walk(logs);
    return out.join("\n");
  }

  /** Opens a quick input with `chord`, types `text`, and clicks the row showing `rowText`. */
  async function quickInput(chord: string, text: string, rowText: string, closes = true): Promise<void> {
    await page.keyboard.press(chord);
    const input = page.locator(SEL.quickInputBox);
    await input.waitFor({ state: "visible", timeout: LONG });
    await input.fill(text);
    const row = page.locator(SEL.quickInputRows, { hasText: rowText }).first();
    await row.waitFor({ state: "visible", timeout: LONG });
    await row.click();
    if (closes) await input.waitFor({ state: "hidden", timeout: LONG });
  }

  async function openFile(name: string): Promise<void> {
    await quickInput(KEYS.quickOpen, name, name);
    await until(`the tab of ${name}`, async () => (await page.locator(SEL.activeTab).allTextContents()).some((t) => t.includes(name))).catch(async (e) => {
      const tabs = await page.locator(".tab").evaluateAll((els) => els.map((el) => `${el.className} | ${el.textContent}`));
      throw new Error(`${e}\ntabs: ${tabs.join("\n")}`);
    });
  }

  /** Runs a command from the palette (which may open a quick pick of its own). */
  async function runCommand(title: string): Promise<void> {
    await quickInput(KEYS.commandPalette, `>${title}`, title, false);
  }

  async function goToLine(line: number, column?: number): Promise<void> {
    await page.keyboard.press(KEYS.goToLine);
    const input = page.locator(SEL.quickInputBox);
    await input.waitFor({ state: "visible", timeout: LONG });
    await input.fill(`:${column ? `${line}:${column}` : line}`);
    await page.keyboard.press(KEYS.enter);
    await input.waitFor({ state: "hidden", timeout: LONG });
  }

  /** The text of the visible editor lines (VS Code renders spaces as no-break spaces). */
  async function visibleText(): Promise<string> {
    return (await page.locator(SEL.editorLines).first().innerText()).replace(/\u00a0/g, " ");
  }

  it("opens a plan: the extension starts the server (code lenses with the plan's coverage)", async () => {
    await openFile(PLAN);
    await until("the language mode Plan", async () => (await page.locator(SEL.languageStatus).innerText()).trim() === "Plan");
    const lenses = await until("code lenses from the server", async () => {
      const texts = await page.locator(SEL.codeLens).allInnerTexts();
      return texts.some((t) => t.includes("KH-TQ-57")) ? texts : undefined;
    });
    console.log(`      code lenses: ${lenses.join(" | ")}`);
  });

  it("completion after `covers ` lists the parent plan's tasks", async () => {
    // A new task before `approval {` of KH-LB-57, whose parent is Tuyên Quang's KH-TQ-57.
    await goToLine(lineOf("approval {"), 1);
    await page.keyboard.press(KEYS.enter);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.type('  task L5 "Thu nghiem" covers ');
    const labels = await until("completion rows with A1…A4", async () => {
      let rows = await page.locator(SEL.suggestLabels).allInnerTexts();
      if (!rows.length) {
        await page.keyboard.press(KEYS.triggerSuggest);
        await page.waitForSelector(SEL.suggestWidget, { timeout: 3000 }).catch(() => {});
        rows = await page.locator(SEL.suggestLabels).allInnerTexts();
      }
      return rows.includes("A1") && rows.includes("A4") ? rows : undefined;
    });
    console.log(`      completion rows: ${labels.join(", ")}`);
    // Show the focused task's details (its title) for the README's screenshot; optional.
    await page.keyboard.press(KEYS.triggerSuggest);
    await page.locator(SEL.suggestDetails).first().waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
    for (const want of ["A1", "A2", "A2.1", "A3", "A4"]) assert.ok(labels.includes(want), `no ${want} in ${labels.join(", ")}`);
    assert.ok(!labels.includes("T1"), "a task of the directive offered where the parent is the provincial plan");
    await page.screenshot({ path: join(IMAGES, "vscode-completion.png") });
    await page.keyboard.press(KEYS.escape);
    await page.keyboard.press(KEYS.deleteLine);
    await until("the inserted line to go", async () => !(await visibleText()).includes("Thu nghiem"));
  });

  it("a typo is squiggled and listed in the Problems panel", async () => {
    const line = lineOf("lead ubnd-lam-binh");
    await goToLine(line);
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
    await goToLine(line);
    await page.keyboard.press(KEYS.end);
    await page.keyboard.press("Backspace");
    await until("the squiggle to go after the fix", async () => (await page.locator(SEL.squigglyError).count()) === 0);
    await until("the Problems row to go", async () => !(await page.locator(SEL.problemsRows).allInnerTexts()).some((t) => t.includes("ubnd-lam-binhx")));
  });

  it('"Plancode: Show status" lists the plans with their state', async () => {
    await page.locator(SEL.editor).first().click();
    await runCommand("Plancode: Show status");
    const rows = await until("status rows", async () => {
      const texts = await page.locator(SEL.quickInputRows).allInnerTexts();
      return texts.some((t) => t.includes("KH-LB-57")) ? texts : undefined;
    });
    console.log(`      status: ${rows.map((r) => r.replace(/\s+/g, " ")).join(" | ")}`);
    assert.match(rows.join("\n"), /Implementing|Disseminated|Issued|Approved|Drafting|In approval|Closed/);
    await page.screenshot({ path: join(IMAGES, "vscode-status.png") });
    await page.keyboard.press(KEYS.escape);
  });

  /** The first frame (webviews are nested iframes) whose body matches `probe`. */
  async function frameWith(what: string, probe: string): Promise<import("playwright-core").Frame> {
    return until(what, async () => {
      for (const frame of page.frames()) {
        const hit = await frame.evaluate(`Boolean(document.querySelector(${JSON.stringify(probe)}))`).catch(() => false);
        if (hit) return frame;
      }
      return undefined;
    });
  }

  it('"Plancode: Simulate this plan" shows the milestones and the lifecycle machine', async () => {
    await runCommand("View: Hide Panel");
    await openFile(PLAN);
    await runCommand("Plancode: Simulate this plan");
    const frame = await frameWith("the simulation report", "#report");
    const text = String(await frame.evaluate(`document.getElementById("report").innerText`));
    console.log(`      simulation: ${text.split("\n").slice(0, 4).join(" | ")}`);
    assert.match(text, /KH-LB-57/);
    assert.match(text, /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/, "milestone dates");
    await frameWith("the lifecycle diagram", "#graph[data-rendered='true'] svg");
    await page.screenshot({ path: join(IMAGES, "vscode-simulate.png") });
  });

  it('"Plancode: Show cascade graph" opens the dashboard: the counts, a document, its file at the declaration', async () => {
    await runCommand("View: Close All Editors");
    await openFile(PLAN);
    await runCommand("Plancode: Show cascade graph");
    const frame = await frameWith("the dashboard's overview", "#figure-documents .value");
    const documents = String(await frame.evaluate(`document.querySelector("#figure-documents .value").textContent`));
    console.log(`      dashboard: ${documents} documents`);
    assert.equal(documents, "12", "the samples' documents, as `plancode status` counts them");
    await page.screenshot({ path: join(IMAGES, "vscode-dashboard.png") });
    // A document's page, then "Open in the editor": its .plan opens at the declaration.
    await frame.evaluate(`location.hash = "#/doc/KH-LB-57"`);
    await frame.waitForSelector("button.open-editor", { timeout: LONG });
    await frame.click("button.open-editor");
    await until("lam-binh.plan in a tab", async () => (await page.locator(SEL.activeTab).allTextContents()).some((t) => t.includes(PLAN)));
    await until("the cursor on the declaration", async () => (await visibleText()).includes("plan KH-LB-57"));
  });

  it('"Plancode: Show cascade as a diagram" draws a small cascade with Mermaid, offline', async () => {
    await runCommand("View: Close All Editors");
    await openFile(PLAN);
    await runCommand("Plancode: Show cascade as a diagram");
    const frame = await frameWith("the rendered cascade graph", "body:not(:has(#report)) > #graph[data-rendered='true'] svg");
    const labels = String(await frame.evaluate(`document.querySelector("#graph svg").textContent`));
    console.log(`      graph text: ${labels.slice(0, 200)}`);
    assert.match(labels, /KH-LB-57/);
    await page.screenshot({ path: join(IMAGES, "vscode-graph.png") });
  });

  it('"Plancode: Preview issued document" opens beside the plan and follows the typing', async () => {
    await runCommand("View: Close All Editors");
    await openFile(PLAN);
    await runCommand("Plancode: Preview issued document");
    const sheetText = async (frame: import("playwright-core").Frame) => String(await frame.evaluate(`document.getElementById("plancode-body").innerText`));
    const frame = await frameWith("the issued document's sheets", "#plancode-body .pc-sheet");
    const before = await sheetText(frame);
    assert.match(before, /HUYỆN ỦY LÂM BÌNH/);
    assert.match(before, /Số 52-KH\/HU/);
    // Type into the signer's name in the plan: the preview shows it without saving.
    const line = lineOf('signer "Hoàng Văn Phúc"');
    const column = planText().split("\n")[line - 1].indexOf('"Hoàng') + 2;
    await goToLine(line, column);
    await page.keyboard.type("Đỗ ");
    await until("the preview showing the typed name", async () => (await sheetText(frame)).includes("Đỗ Hoàng Văn Phúc"));
    await page.screenshot({ path: join(IMAGES, "vscode-preview.png") });
    await runCommand("File: Revert File");
  });
});
