// The dashboard in a real browser: Debian's Chromium driven by playwright-core opens the site of
// samples/ and of a generated nationwide workspace (scale 1/8 here; bench/site.ts opens scale 1)
// straight from the file system, as an approver would. The counts are `plancode status --format
// json`'s; a commune plan is found by searching and shows its tasks; the keyboard reaches and
// drives the tree; axe-core finds no serious accessibility violation; a title holding markup
// stays text; the page requests nothing but its own files.
//
// Skips with a reason when Chromium is absent (a developer machine); fails then when
// PLANCODE_REQUIRE_EDITORS=1 (`npm run test:e2e`, which installs it). Nothing asserts on speed.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { generateWorkspaceDetailed, writeWorkspace } from "../../bench/generate.js";
import type { SiteData } from "../../site/data.js";
import { ensureBuilt, plancode, REPO } from "../cli/helpers.js";
import { skipReason } from "../editors/harness.js";

const CHROMIUM = process.env.PLANCODE_CHROMIUM ?? "/usr/bin/chromium";
const AS_OF = "2024-06-30";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Site {
  dir: string;
  url: string;
  data: SiteData;
  /** `plancode status --format json` for the same paths. */
  status: { name: string; overdue: unknown[] }[];
}

function embedded(dir: string): SiteData {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  return JSON.parse(/<script type="application\/json" id="plancode-data">([^<]*)<\/script>/.exec(html)![1]) as SiteData;
}

async function makeSite(root: string, workspace: string, name: string, extra: string[] = []): Promise<Site> {
  const dir = join(root, name);
  const r = await plancode(["site", workspace, "-o", dir, "--as-of", AS_OF, "--runs", "200", ...extra], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const status = await plancode(["status", workspace, "--format", "json", "--as-of", AS_OF], { cwd: root });
  assert.equal(status.code, 0, status.stderr);
  return { dir, url: pathToFileURL(join(dir, "index.html")).href, data: embedded(dir), status: JSON.parse(status.stdout) };
}

describe("site: the dashboard in Chromium", function () {
  this.timeout(180_000);
  let root: string;
  let browser: Browser | undefined;
  let samples: Site;
  let nation: Site;
  let hostile: Site;
  /** Requests the pages made to anything but their own files. */
  const outside: string[] = [];
  const errors: string[] = [];

  before(async function () {
    const reason = skipReason("Chromium (Debian package chromium)", existsSync(CHROMIUM));
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    await ensureBuilt();
    root = mkdtempSync(join(tmpdir(), "plancode-site-browser-"));
    const generated = join(root, "nationwide");
    writeWorkspace(generated, generateWorkspaceDetailed({ seed: 57, scale: 1 / 8, mistakes: 0 }));
    const evil = join(root, "evil");
    mkdirSync(evil);
    writeFileSync(join(evil, "evil.plan"), EVIL_PLAN);
    [samples, nation, hostile] = await Promise.all([
      makeSite(root, join(REPO, "samples"), "samples-site"),
      makeSite(root, generated, "nationwide-site"),
      makeSite(root, evil, "evil-site", ["--locale", "en"]),
    ]);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    if (root) rmSync(root, { recursive: true, force: true });
  });

  afterEach(() => {
    assert.deepEqual(outside, [], "the page requested something outside its folder");
    assert.deepEqual(errors, [], "errors in the page");
  });

  async function open(site: Site, hash = ""): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith(pathToFileURL(site.dir).href)) outside.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      errors.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(site.url + hash);
    await page.waitForSelector(hash ? "main h2, main .hint" : "#figure-documents");
    return page;
  }

  /** The id of the focused element ("" for none). */
  const activeId = async (page: Page) => String(await page.evaluate("document.activeElement?.id ?? ''"));
  const figure = async (page: Page, id: string) => Number((await page.textContent(`#${id} .value`))!.replace(/[.,\s]/g, ""));

  it("shows the counts `plancode status --format json` gives, for samples/ and the nationwide workspace", async () => {
    for (const site of [samples, nation]) {
      const page = await open(site);
      assert.equal(await figure(page, "figure-documents"), site.status.length);
      assert.equal(await figure(page, "figure-overdue"), site.status.filter((s) => s.overdue.length).length);
      await page.context().close();
    }
    assert.ok(nation.status.length > 1000, `${nation.status.length} documents in the generated workspace`);
  });

  it("finds a commune plan by searching for its body, and shows its tasks when it is chosen", async () => {
    const data = nation.data;
    const grassroots = data.levels.findIndex((l) => l.name === "grassroots");
    const i = data.docs.findIndex((d) => d.level === grassroots && d.kind === "plan");
    const doc = data.docs[i];
    const issuer = data.strings[doc.issuer];
    const page = await open(nation, "#/cascade");
    await page.fill("#tree-search", issuer);
    await page.waitForSelector(`#tree-row-${i}`);
    assert.match((await page.textContent("#tree-count"))!, /\d/);
    await page.click(`#tree-row-${i}`);
    await page.waitForSelector("table.tasks tbody tr");
    assert.equal(await page.textContent("#doc-title"), `${data.strings[doc.number]} · ${doc.name}`);
    const rows = await page.locator("table.tasks tbody tr").count();
    const planText = readFileSync(join(nation.dir, "..", "nationwide", data.strings[doc.file]), "utf8");
    assert.equal(rows, (planText.match(/^\s*task /gm) ?? []).length, "one row per task of the plan");
    assert.ok(page.url().endsWith(`#/doc/${encodeURIComponent(doc.name)}`));
    await page.context().close();
  });

  it("works from the keyboard: Tab reaches the search, ↓ the tree, Enter opens a document", async () => {
    const page = await open(samples, "#/cascade");
    let tabs = 0;
    while ((await activeId(page)) !== "tree-search" && tabs < 12) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    assert.equal(await activeId(page), "tree-search", `reached in ${tabs} tabs`);
    await page.keyboard.type("Lâm Bình");
    await page.keyboard.press("ArrowDown");
    assert.equal(await activeId(page), "tree");
    const active = await page.getAttribute("#tree", "aria-activedescendant");
    assert.ok(active && (await page.textContent(`#${active}`))!.includes("Lâm Bình"), `the first match is active: ${active}`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#doc-title");
    assert.match((await page.textContent("#doc-title"))!, /KH-LB-57/);
    assert.equal(await activeId(page), "tree", "focus stays in the tree");
    // ↑ goes to the parent row; Enter opens the province's plan.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    // A selector, not waitForFunction: the page's policy forbids evaluating strings, and
    // Playwright's polling of a string predicate evaluates one whenever the first check fails.
    await page.locator("#doc-title", { hasText: "KH-TQ-57" }).waitFor();
    await page.context().close();
  });

  it("has no serious or critical accessibility violation (axe-core) in any view", async () => {
    for (const [site, hash] of [
      [nation, ""],
      [nation, "#/cascade"],
      [samples, "#/doc/KH-TQ-57"],
      [nation, "#/simulation"],
    ] as const) {
      const page = await open(site, hash);
      if (hash.startsWith("#/doc/")) await page.waitForSelector("table.tasks");
      // Playwright's evaluate is not subject to the page's CSP (which allows only app.js).
      await page.evaluate(AXE);
      const violations = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))`)) as {
        id: string;
        impact: string;
        nodes: number;
        help: string;
      }[];
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(serious, [], `${hash || "overview"}: ${JSON.stringify(violations)}`);
      await page.context().close();
    }
  });

  it("keeps a title holding <script> as text: nothing runs, nothing is inserted", async () => {
    const page = await open(hostile, "#/doc/EVIL");
    await page.waitForSelector("table.tasks");
    assert.equal(await page.textContent(".doc-title"), TITLE);
    assert.equal(await page.locator("img").count(), 0, "no element from the plan's text");
    assert.ok((await page.textContent("table.tasks"))!.includes(TASK));
    assert.equal(await page.evaluate("window.pwned"), undefined);
    await page.goto(hostile.url + "#/cascade");
    await page.fill("#tree-search", "<script>");
    await page.locator("#tree-count", { hasText: /[1-9]/ }).waitFor();
    await page.context().close();
  });

  it("ships an app that cannot fetch anything", () => {
    const js = readFileSync(join(nation.dir, "app.js"), "utf8");
    assert.doesNotMatch(js, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  });
});

const TITLE = "</script><script>window.pwned=true</script><img src=x onerror=\"window.pwned=true\"> & \u2028";
const TASK = "<b>đậm</b><script>window.pwned=true</script>";
const EVIL_PLAN = `unit tw "Trung ương <i>TW</i>" level central code "TW" {
  unit bct "Bộ Chính trị <script>window.pwned=true</script>"
}
directive EVIL {
  number "1-KL/TW"
  title ${JSON.stringify(TITLE)}
  issuer bct
  issued 2023-06-15
  horizon 2030
  task T1 ${JSON.stringify(TASK)}
  reporting {
    report "<script>" every 12 months due day 15 to bct
  }
  history {
    2023-06-15 issued "<img src=x onerror=\\"window.pwned=true\\">"
  }
}
`;
