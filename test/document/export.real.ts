// The issued documents through the real tools (`npm run test:documents`): LibreOffice turns each
// .docx into a PDF, checked with poppler (pdfinfo, pdftotext); page 1 and the appendix page are
// rendered to PNG in docs/images/ for a person to look at; the HTML preview is shown once in
// headless Chromium. Under PLANCODE_REQUIRE_EDITORS=1 (or CI=true) a missing tool fails.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "../../document/docx.js";
import { renderHtml } from "../../document/html.js";
import type { IssuedDocument } from "../../document/model.js";
import { convertDocxToPdf } from "../../host/libreoffice.js";
import { PARTY_TASKS, partyPlan } from "../fixtures/documents/party-plan.js";
import { reportTemplate } from "../fixtures/documents/report.js";
import { STATE_TASKS, statePlan } from "../fixtures/documents/state-plan.js";
import { converter, hasCommand, INSTALL_HINT, needs } from "./helpers/converter.js";

if (process.env.CI === "true") process.env.PLANCODE_REQUIRE_EDITORS = "1";

const IMAGES = join(process.cwd(), "docs", "images");
const CHROMIUM = "/usr/bin/chromium";

interface PageInfo {
  widthPt: number;
  heightPt: number;
}

function pdfPages(pdf: string): PageInfo[] {
  const out = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ widthPt: Number(m[1]), heightPt: Number(m[2]) }));
}

const pdfText = (pdf: string, first?: number, last?: number) =>
  execFileSync("pdftotext", [...(first ? ["-f", String(first), "-l", String(last ?? first)] : []), pdf, "-"], { encoding: "utf8" });

/** Renders one page to docs/images/<name>.png (written beside, then renamed: never half a file). */
function pagePng(pdf: string, page: number, name: string, dir: string): void {
  const stem = join(dir, name);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, stem]);
  renameSync(`${stem}.png`, join(IMAGES, `${name}.png`));
}

const isA4Portrait = (p: PageInfo) => Math.abs(p.widthPt - 595.3) < 1.5 && Math.abs(p.heightPt - 841.9) < 1.5;
const isA4Landscape = (p: PageInfo) => Math.abs(p.widthPt - 841.9) < 1.5 && Math.abs(p.heightPt - 595.3) < 1.5;

describe("issued documents through LibreOffice (real)", function () {
  this.timeout(300_000);
  let dir: string;
  before(function () {
    needs(this, "pdfinfo/pdftotext/pdftoppm (poppler-utils)", hasCommand("pdftoppm") && hasCommand("pdfinfo"), INSTALL_HINT);
    dir = mkdtempSync(join(tmpdir(), "plancode-export-real-"));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  async function toPdf(ctx: Mocha.Context, doc: IssuedDocument, name: string): Promise<string> {
    needs(ctx, "LibreOffice (soffice)", !!converter, INSTALL_HINT);
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await convertDocxToPdf(await renderDocx(doc), { converter }));
    return pdf;
  }

  const cases = [
    { doc: partyPlan, name: "party", tasks: PARTY_TASKS, heads: ["ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 123-KH/TU", "Bình Dương, ngày 12 tháng 9 năm 2023"] },
    { doc: statePlan, name: "state", tasks: STATE_TASKS, heads: ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 139/KH-UBND", "Hưng Yên, ngày 19 tháng 9 năm 2023"] },
  ];

  for (const c of cases) {
    it(`${c.name} plan: A4 portrait pages, the appendix landscape and last, the header text on page 1, page numbers from page 2; PNGs in docs/images`, async function () {
      const pdf = await toPdf(this, c.doc, c.name);
      const pages = pdfPages(pdf);
      assert.ok(pages.length >= 3, `${pages.length} pages`);
      const last = pages.length;
      assert.ok(pages.slice(0, -1).every(isA4Portrait), JSON.stringify(pages));
      assert.ok(isA4Landscape(pages[last - 1]), `appendix page ${JSON.stringify(pages[last - 1])}`);

      const first = pdfText(pdf, 1).replace(/\s+/g, " ");
      for (const h of [...c.heads, "KẾ HOẠCH"]) assert.ok(first.includes(h), `page 1 shows ${h}`);
      // Nothing above the header block on page 1: its first line is the header's first line.
      assert.ok(pdfText(pdf, 1).trimStart().startsWith(c.heads[0]), "no page number on page 1");
      for (let page = 2; page <= last; page++) {
        assert.equal(pdfText(pdf, page).trimStart().split("\n")[0].trim(), String(page), `page number at the top of page ${page}`);
      }
      const appendix = pdfText(pdf, last).replace(/\s+/g, " ");
      assert.ok(appendix.includes("PHỤ LỤC"));
      for (const t of c.tasks) assert.ok(appendix.includes(t.lead), `appendix names ${t.lead}`);
      const all = pdfText(pdf).replace(/\s+/g, " ");
      assert.ok(all.includes("Nơi nhận:") && all.includes(c.doc.signature.signer![0].text));

      pagePng(pdf, 1, `export-${c.name}-page1`, dir);
      pagePng(pdf, last, `export-${c.name}-appendix`, dir);
      assert.ok(existsSync(join(IMAGES, `export-${c.name}-page1.png`)));
    });
  }

  it("every sample plan through the real command: `plancode export <plan> samples --format pdf`; page 1 of a Party and a State plan in docs/images", async function () {
    needs(this, "LibreOffice (soffice)", !!converter, INSTALL_HINT);
    const repo = process.cwd();
    const plans = execFileSync(process.execPath, [join(repo, "bin", "plancode.cjs"), "status", join(repo, "samples"), "--format", "json"], { encoding: "utf8" });
    const names = (JSON.parse(plans) as { name: string }[]).map((s) => s.name).filter((n) => n.startsWith("KH-") || n.startsWith("CTr-") || n.startsWith("HD"));
    assert.ok(names.length >= 8, names.join(", "));
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      execFileSync(process.execPath, [join(repo, "bin", "plancode.cjs"), "export", name, join(repo, "samples"), "--format", "pdf", "-o", pdf], { cwd: dir, stdio: "pipe" });
      const pages = pdfPages(pdf);
      assert.ok(pages.length >= 2 && isA4Portrait(pages[0]), `${name}: ${JSON.stringify(pages)}`);
      assert.match(pdfText(pdf, 1), /\n(KẾ HOẠCH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|HƯỚNG DẪN)\n/u, `${name}: the type on page 1`);
    }
    pagePng(join(dir, "KH-BD-57.pdf"), 1, "export-sample-party-page1", dir);
    pagePng(join(dir, "KH-HY-139.pdf"), 1, "export-sample-state-page1", dir);
  });

  it("report template: converts, the tables and the date with leading zeros are there", async function () {
    const pdf = await toPdf(this, reportTemplate, "report");
    const pages = pdfPages(pdf);
    assert.ok(pages.every(isA4Portrait));
    const text = pdfText(pdf).replace(/\s+/g, " ");
    assert.ok(text.includes("ngày 05 tháng 02 năm 2024") && text.includes("BÁO CÁO") && text.includes("Đánh giá"));
  });

  it("the HTML preview in headless Chromium: A4 sheets on screen, A4 pages in print with the appendix landscape", async function () {
    needs(this, "Chromium", existsSync(CHROMIUM), "bash scripts/e2e/apt-install.sh chromium");
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"] });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1150 } });
      const file = join(dir, "party.html");
      writeFileSync(file, renderHtml(partyPlan));
      // No network: every request but the file itself would be a resource the page should not have.
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`file://${file}`);
      assert.deepEqual(requests, [`file://${file}`]);
      const sheet = await page.locator(".pc-sheet").first().boundingBox();
      assert.ok(sheet && Math.abs(sheet.width - (210 / 25.4) * 96) < 2, `sheet width ${sheet?.width}px`);
      await page.screenshot({ path: join(dir, "preview.png") });
      renameSync(join(dir, "preview.png"), join(IMAGES, "export-html-preview.png"));

      const pdf = join(dir, "party-html.pdf");
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const pages = pdfPages(pdf);
      assert.ok(pages.slice(0, -1).every(isA4Portrait) && isA4Landscape(pages[pages.length - 1]), JSON.stringify(pages));
    } finally {
      await browser.close();
    }
  });
});
