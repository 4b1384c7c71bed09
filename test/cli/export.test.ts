// `plancode export` as a process: every sample plan to .docx and .html, read back; the refusals
// (unknown name, syntax errors, read-only target, missing converter) with their exit codes, one
// line on stderr and nothing written. The PDF through the real LibreOffice is in
// test/document/export.real.ts (npm run test:documents).
import assert from "node:assert/strict";
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allTasks, Workspace, type DocumentDecl } from "../../language/index.js";
import { bodyTables, DocxPackage, sections, tableRows, textOf } from "../document/helpers/docx-reader.js";
import { samplesWorkspace } from "../workflows/helpers.js";
import { assertCleanStderr, cleanup, ensureBuilt, plancode, REPO, workspace } from "./helpers.js";

const SAMPLES = join(REPO, "samples");
const ws: Workspace = samplesWorkspace();
const plans: DocumentDecl[] = ws.documents().map((d) => d.decl).filter((d) => d.docKind === "plan");

/** A copy of the samples in a temporary folder, to write into and break. */
function samplesCopy(): string {
  const dir = workspace({});
  cpSync(SAMPLES, dir, { recursive: true });
  return dir;
}

describe("plancode export (process)", function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(cleanup);

  it("writes every sample plan as .docx: A4, the number's form, the date line, one appendix row per task by full name", async () => {
    const out = workspace({});
    assert.ok(plans.length >= 8);
    for (const plan of plans) {
      const name = plan.name.text;
      const r = await plancode(["export", name, SAMPLES], { cwd: out });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${name}.docx\n`);
      const pkg = new DocxPackage(readFileSync(join(out, `${name}.docx`)));
      const text = textOf(pkg.document.documentElement as unknown as Parameters<typeof textOf>[0]);
      const pgSz = sections(pkg.document).map((s) => s.getElementsByTagNameNS("*", "pgSz")[0]);
      // The first section is A4 portrait (11906 × 16838 twips), the appendix A4 landscape.
      assert.equal(pgSz[0].getAttributeNS("*", "w") ?? pgSz[0].getAttribute("w:w"), "11906", name);
      const number = plan.number!.value;
      const form = number.includes("/") && number.indexOf("/") < number.indexOf("-") ? `Số: ${number}` : `Số ${number}`;
      assert.ok(text.includes(form), `${name}: ${form}`);
      const issued = plan.issued!.raw;
      assert.match(text, /ngày \d{2} tháng (\d{2}|[3-9]|1[0-2]) năm \d{4}/u, `${name}: the date line of ${issued}`);
      const appendix = bodyTables(pkg.document).at(-1)!;
      const rows = tableRows(appendix);
      assert.equal(rows.length, allTasks(plan).length + 1, `${name}: one row per task and the heading row`);
      for (const task of allTasks(plan)) {
        const lead = ws.lookupUnit(task.leads[0].units[0].text)!;
        assert.ok(rows.some((row) => row.includes(lead.title!.value)), `${name}: ${task.name.text}'s lead by full name`);
      }
      assert.ok(!rows.flat().some((cell) => /\b(btg|so|vp|ubnd)-[a-z-]+\b/.test(cell)), `${name}: no identifiers in the appendix`);
    }
  });

  it("the Party and State numbers and dates of the Hưng Yên plans", async () => {
    const out = workspace({});
    for (const [name, number, date] of [
      ["KH-HY-211", "Số 211-KH/TU", "Hưng Yên, ngày 25 tháng 7 năm 2023"],
      ["KH-HY-139", "Số: 139/KH-UBND", "Hưng Yên, ngày 19 tháng 9 năm 2023"],
    ]) {
      assert.equal((await plancode(["export", name, SAMPLES, "-o", `${name}.docx`], { cwd: out })).code, 0);
      const header = tableRows(bodyTables(new DocxPackage(readFileSync(join(out, `${name}.docx`))).document)[0]).flat().join("\n");
      assert.ok(header.includes(number), `${name}: ${header}`);
      assert.ok(header.includes(date), `${name}: ${header}`);
    }
  });

  it("--format html: one self-contained page; --report K: the K-th report's template, named after it", async () => {
    const out = workspace({});
    let r = await plancode(["export", "KH-LB-57", SAMPLES, "--format", "html"], { cwd: out });
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(join(out, "KH-LB-57.html"), "utf8");
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes("HUYỆN ỦY LÂM BÌNH") && html.includes("ĐẢNG BỘ TỈNH TUYÊN QUANG"));
    assert.ok(!/<script|<link|src=/i.test(html));
    r = await plancode(["export", "KH-LB-57", SAMPLES, "--report", "2"], { cwd: out });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "KH-LB-57-bao-cao-2.docx\n");
    const text = tableRows(bodyTables(new DocxPackage(readFileSync(join(out, "KH-LB-57-bao-cao-2.docx"))).document)[0]).flat().join(" ");
    assert.match(text, /Số\s+-BC\/HU/u);
  });

  it("an unknown name: exit 2, did-you-mean on one line, nothing written", async () => {
    const out = workspace({});
    const r = await plancode(["export", "KH-BD-75", SAMPLES, "--locale", "en"], { cwd: out });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "plancode: No document 'KH-BD-75' in the workspace. Did you mean 'KH-BD-57'?\n");
    assert.deepEqual(readdirSync(out), []);
    const bad = await plancode(["export", "KH-BD-57", SAMPLES, "--report", "99", "--locale", "en"], { cwd: out });
    assert.equal(bad.code, 2);
    assertCleanStderr(bad.stderr);
    assert.deepEqual(readdirSync(out), []);
  });

  it("a plan whose file has syntax errors: exit 1, the errors on stderr, nothing written", async () => {
    const dir = samplesCopy();
    const file = join(dir, "provinces", "binh-duong.plan");
    writeFileSync(file, readFileSync(file, "utf8").replace("  due Q4/2023", "  due Q4/2023 }}"));
    const r = await plancode(["export", "KH-BD-57", dir, "-o", "out.docx", "--locale", "en"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^provinces\/binh-duong\.plan\n/);
    assert.match(r.stderr, /\n\s+\d+:\d+\s+error\s+Expected .*\ssyntax\n/);
    assert.match(r.stderr, /plancode: KH-BD-57 not exported: its file has syntax errors; nothing written\n$/);
    assert.equal(existsSync(join(dir, "out.docx")), false);
  });

  it("other findings are listed on stderr and the document is still written", async () => {
    const dir = samplesCopy();
    const file = join(dir, "provinces", "binh-duong.plan");
    writeFileSync(file, readFileSync(file, "utf8").replace('    indicator "Tỷ lệ tổ chức đảng cơ sở tổ chức quán triệt" target 100%\n', ""));
    const r = await plancode(["export", "KH-BD-57", dir, "--locale", "en"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning\s+Task 'A1' has no measurable indicator/);
    assert.ok(existsSync(join(dir, "KH-BD-57.docx")));
  });

  it("a read-only target: exit 2, one line, the file unchanged", async () => {
    const out = workspace({ "KH-BD-57.docx": "the old file" });
    chmodSync(join(out, "KH-BD-57.docx"), 0o444);
    const r = await plancode(["export", "KH-BD-57", SAMPLES, "--locale", "en"], { cwd: out });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "plancode: KH-BD-57.docx is read-only; the file is unchanged\n");
    assert.equal(readFileSync(join(out, "KH-BD-57.docx"), "utf8"), "the old file");
    assert.deepEqual(readdirSync(out), ["KH-BD-57.docx"], "no temporary file left");
  });

  it("--format pdf without LibreOffice: exit 2, one line saying what to install, nothing written", async () => {
    const out = workspace({});
    const r = await plancode(["export", "KH-BD-57", SAMPLES, "--format", "pdf", "--locale", "en"], { cwd: out, env: { PATH: "/nonexistent" } });
    assert.equal(r.code, 2);
    assertCleanStderr(r.stderr);
    assert.equal(r.stderr.split("\n").filter(Boolean).length, 1);
    assert.match(r.stderr, /LibreOffice/);
    assert.match(r.stderr, /libreoffice-writer-nogui/);
    assert.deepEqual(readdirSync(out), []);
  });

  it("no name: a usage error", async () => {
    const r = await plancode(["export", "--locale", "en"], { cwd: REPO });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "plancode: missing <name>\n");
  });
});
