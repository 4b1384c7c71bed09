// `plancode site` as a real process: the files it writes, the numbers it embeds (those of
// `plancode status --format json`), the locale, replacing a previous site and refusing anything
// else, and its usage errors (exit 2, one line on stderr).
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDayString } from "../../language/index.js";
import type { SiteData } from "../../site/data.js";
import { assertCleanStderr, cleanup, ensureBuilt, plancode, REPO, workspace } from "../cli/helpers.js";

const SAMPLES = join(REPO, "samples");

function embedded(dir: string): SiteData {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const m = /<script type="application\/json" id="plancode-data">([^<]*)<\/script>/.exec(html);
  assert.ok(m, "index.html embeds the data");
  return JSON.parse(m[1]) as SiteData;
}

describe("plancode site (process)", function () {
  this.timeout(60_000);
  before(() => ensureBuilt());
  after(() => cleanup());

  it("writes index.html, the app and the details of samples/, with status's numbers", async () => {
    const out = workspace({});
    const site = join(out, "site");
    const r = await plancode(["site", SAMPLES, "-o", site, "--as-of", "2024-06-30", "--runs", "100"], { cwd: out });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^Đã ghi site\/ \(12 văn bản, 4 tệp, [\d,]+ MB\); mở site\/index\.html\n$/);
    assert.deepEqual(readdirSync(site).sort(), ["app.css", "app.js", "details", "index.html"]);
    const status = await plancode(["status", SAMPLES, "--format", "json", "--as-of", "2024-06-30"], { cwd: out });
    const entries = JSON.parse(status.stdout) as { name: string; overdue: unknown[] }[];
    const data = embedded(site);
    assert.equal(data.docs.length, entries.length);
    assert.equal(data.docs.filter((d) => d.overdue.length).length, entries.filter((e) => e.overdue.length).length);
    assert.deepEqual(data.docs.map((d) => d.name).sort(), entries.map((e) => e.name).sort());
    assert.equal(data.locale, "vi", "samples/plancode.json says vi");
    assert.equal(data.simulation?.runs, 100);
    assert.ok(readFileSync(join(site, "app.js"), "utf8").length > 100_000, "the app and its charts are in app.js");
    // File names are relative to the workspace, with `/`.
    assert.ok(data.strings.includes("provinces/tuyen-quang.plan"));
  });

  it("writes an English site with --locale en, and is deterministic for a seed", async () => {
    const out = workspace({});
    const a = await plancode(["site", SAMPLES, "-o", "a", "--as-of", "2024-06-30", "--runs", "50", "--seed", "7", "--locale", "en"], { cwd: out });
    const b = await plancode(["site", SAMPLES, "-o", "b", "--as-of", "2024-06-30", "--runs", "50", "--seed", "7", "--locale", "en"], { cwd: out });
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(a.stdout, /^Wrote a\/ \(12 documents/);
    assert.match(readFileSync(join(out, "a", "index.html"), "utf8"), /<html lang="en">/);
    assert.equal(readFileSync(join(out, "a", "index.html"), "utf8"), readFileSync(join(out, "b", "index.html"), "utf8"));
  });

  it("defaults to plancode-site/ and replaces a previous site there", async () => {
    const out = workspace({});
    cpSync(SAMPLES, join(out, "ws"), { recursive: true });
    const first = await plancode(["site", "ws", "--as-of", "2024-06-30", "--runs", "20"], { cwd: out });
    assert.equal(first.code, 0, first.stderr);
    writeFileSync(join(out, "plancode-site", "stale.txt"), "from before");
    const second = await plancode(["site", "ws", "--as-of", "2024-07-31", "--runs", "20"], { cwd: out });
    assert.equal(second.code, 0, second.stderr);
    assert.ok(!existsSync(join(out, "plancode-site", "stale.txt")), "the old site is gone");
    assert.equal(embedded(join(out, "plancode-site")).asOf, parseDayString("2024-07-31"));
    assert.deepEqual(
      readdirSync(out).filter((n) => n.includes(".tmp-") || n.includes(".old-")),
      [],
    );
  });

  it("refuses to replace a folder it did not write (exit 2, one line), and leaves it alone", async () => {
    const out = workspace({ "docs/report.docx": "precious" });
    const r = await plancode(["site", SAMPLES, "-o", "docs", "--as-of", "2024-06-30", "--runs", "10", "--locale", "en"], { cwd: out });
    assert.equal(r.code, 2);
    assertCleanStderr(r.stderr);
    assert.equal(r.stderr, "plancode: docs holds files 'plancode site' did not write; not replaced (choose another folder with -o)\n");
    assert.deepEqual(readdirSync(join(out, "docs")), ["report.docx"]);
  });

  it("reports an unwritable place and usage errors in one line (exit 2)", async () => {
    const out = workspace({ file: "x" });
    const blocked = await plancode(["site", SAMPLES, "-o", "file/site", "--runs", "10", "--locale", "en"], { cwd: out });
    assert.equal(blocked.code, 2);
    assertCleanStderr(blocked.stderr);
    assert.match(blocked.stderr, /^plancode: cannot write file\/site: /);
    for (const args of [["--runs", "0"], ["--bogus"], ["--as-of", "31/02/2024"], ["--locale", "fr"]]) {
      const r = await plancode(["site", SAMPLES, ...args], { cwd: out });
      assert.equal(r.code, 2, args.join(" "));
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr.split("\n").filter(Boolean).length, 1, r.stderr);
    }
    mkdirSync(join(out, "empty"));
    const missing = await plancode(["site", join(out, "nothing-here")], { cwd: out });
    assert.equal(missing.code, 2);
    assertCleanStderr(missing.stderr);
  });

  it("prints its help in both languages", async () => {
    const out = workspace({});
    const en = await plancode(["site", "--help", "--locale", "en"], { cwd: out });
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Usage: plancode site \[paths\.\.\.\]/);
    assert.match(en.stdout, /-o DIR/);
    const vi = await plancode(["site", "--help", "--locale", "vi"], { cwd: out });
    assert.match(vi.stdout, /^Cách dùng: plancode site/);
  });
});
