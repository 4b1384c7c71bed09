// `plancode lint --cache` (cli/lint-cache/): the same output as a run without it, after any
// edit, while parsing and checking only what an edit can affect. In-process for what a run did
// (its `stats`) and for random edits on a generated cascade, through the process for the flags
// and the file.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Rng } from "../../bench/generator/rng.js";
import { generateWorkspace } from "../../bench/generator/workspace.js";
import { FORMATTERS } from "../../cli/formatters/index.js";
import { memoryIO } from "../../cli/io.js";
import { cachedLint } from "../../cli/lint-cache/cached-lint.js";
import { lintWorkspace } from "../../cli/lint-engine.js";
import { TOOL } from "../../cli/meta.js";
import { loadWorkspace } from "../../cli/workspace.js";
import { RULES } from "../../language/index.js";
import { cleanup, ensureBuilt, plancode, REPO, workspace } from "./helpers.js";

/** A run's report as `--format json` prints it (what must not differ), with and without the cache. */
async function both(dir: string, cacheFile: string, paths: string[] = []) {
  const io = memoryIO({ cwd: dir });
  const cached = await cachedLint(paths, io, {}, cacheFile);
  const loaded = await loadWorkspace(paths, io);
  const full = lintWorkspace(loaded, io);
  const json = (results: typeof full.results) => FORMATTERS.json(results, { locale: loaded.locale, cwd: dir, color: false, rules: RULES, tool: TOOL });
  return { cached: json(cached.results), full: json(full.results), stats: cached.stats };
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe("plancode lint --cache", function () {
  this.timeout(300_000);
  after(cleanup);

  describe("what a run checks", () => {
    const dir = workspace({});
    const cache = join(dir, ".plancodecache");
    before(() => cpSync(join(REPO, "samples"), dir, { recursive: true }));

    it("the first run checks everything; a run without changes parses and checks nothing", async () => {
      const first = await both(dir, cache);
      assert.equal(first.cached, first.full);
      assert.equal(first.stats.full, true);
      const again = await both(dir, cache);
      assert.equal(again.cached, first.full);
      assert.deepEqual(again.stats, { parsed: 0, checked: 0, full: false });
    });

    it("an edit to a plan checks it and the plans below it, parsing only what they read", async () => {
      const path = join(dir, "provinces/tuyen-quang.plan");
      // Reports due on day 3: Lâm Bình's, due on day 5, come too late for the province.
      writeFileSync(path, readFileSync(path, "utf8").replace("every 6 months due day 10", "every 6 months due day 3"));
      const r = await both(dir, cache);
      assert.equal(r.cached, r.full);
      assert.equal(r.stats.full, false);
      // KH-TQ-57 and KH-LB-57 below it (districts/lam-binh.plan).
      assert.equal(r.stats.checked, 2);
      assert.ok(r.stats.parsed < 10, `parsed ${r.stats.parsed} of 10 plans`);
      assert.match(r.cached, /lam-binh\.plan","messages":\[\{"ruleId":"report-cadence"/, "the child's finding follows its parent's edit");
    });

    it("a change to the unit tree, a new or removed file, plancode.json: the same output", async () => {
      const edits: [string, (text: string) => string][] = [
        ["provinces/binh-duong.plan", (t) => t.replace('unit vp-tu-bd       "Văn phòng Tỉnh ủy"', 'unit vp-tu-bd       "Văn phòng Tỉnh ủy" level district')],
        ["provinces/new.plan", () => 'unit so-moi "Sở mới" in tinh-uy-binh-duong\n'],
        ["provinces/binh-duong.plan", (t) => t.replace("lead btg-tu-bd", "lead so-moi")],
        ["provinces/new.plan", () => ""],
        ["plancode.json", (t) => t.replace('"locale": "vi"', '"locale": "en", "rules": {"coverage": "error"}')],
      ];
      for (const [file, edit] of edits) {
        const path = join(dir, file);
        const text = existsSync(path) ? readFileSync(path, "utf8") : "";
        if (file.endsWith("new.plan") && !edit(text)) rmSync(path);
        else write(dir, file, edit(text));
        const r = await both(dir, cache);
        assert.equal(r.cached, r.full, file);
      }
    });

    it("a cache of another key, version or format, or not JSON at all, is no cache", async () => {
      await both(dir, cache);
      const stored = JSON.parse(readFileSync(cache, "utf8"));
      for (const spoiled of [{ ...stored, key: "x" }, { ...stored, format: 0 }, "not json {"]) {
        writeFileSync(cache, typeof spoiled === "string" ? spoiled : JSON.stringify(spoiled));
        const r = await both(dir, cache);
        assert.equal(r.cached, r.full);
        assert.equal(r.stats.full, true);
      }
    });
  });

  it("random edits on a generated cascade: after each, the same output as a full run", async () => {
    const dir = workspace({});
    for (const [path, text] of generateWorkspace({ seed: 23, scale: 1 / 100, mistakes: 0.2 })) write(dir, path, text);
    const cache = join(dir, ".plancodecache");
    const files = [...generateWorkspace({ seed: 23, scale: 1 / 100, mistakes: 0.2 }).keys()].filter((p) => p.endsWith(".plan"));
    const rng = new Rng(2026);
    await both(dir, cache);
    let incremental = 0;
    for (let step = 0; step < 24; step++) {
      const file = files[rng.int(0, files.length - 1)];
      const path = join(dir, file);
      const lines = readFileSync(path, "utf8").split("\n");
      const i = rng.int(0, lines.length - 1);
      const j = rng.int(0, lines.length - 1);
      // Swap two lines, drop one, or change a name to another file's: edits of every kind of reach.
      if (step % 3 === 0) [lines[i], lines[j]] = [lines[j], lines[i]];
      else if (step % 3 === 1) lines.splice(i, 1);
      else lines[i] = lines[i].replace(/(lead|support|parent|covers|to|in) ([^\s,]+)/, (_, k, name) => `${k} ${name.slice(0, -1)}${name.endsWith("x") ? "y" : "x"}`);
      writeFileSync(path, lines.join("\n"));
      const r = await both(dir, cache);
      assert.equal(r.cached, r.full, `step ${step}: ${file}`);
      if (!r.stats.full) incremental++;
    }
    assert.ok(incremental >= 8, `only ${incremental} of 24 runs were incremental`);
  });

  describe("through the process", () => {
    before(ensureBuilt);

    it("--cache writes .plancodecache in the current folder, --cache-location a file or a folder; the output is a full run's", async () => {
      const dir = workspace({});
      cpSync(join(REPO, "samples"), dir, { recursive: true });
      const plain = await plancode(["lint", "mistakes", "--format", "json"], { cwd: dir });
      for (const [args, file] of [
        [["--cache"], ".plancodecache"],
        [["--cache", "--cache-location", "tmp/lint.cache"], "tmp/lint.cache"],
        [["--cache", "--cache-location", "cachedir/"], "cachedir/.plancodecache"],
      ] as const) {
        for (let run = 0; run < 2; run++) {
          const r = await plancode(["lint", "mistakes", "--format", "json", ...args], { cwd: dir });
          assert.equal(r.code, plain.code);
          assert.equal(r.stdout, plain.stdout, `${args.join(" ")}, run ${run + 1}`);
          assert.equal(r.stderr, plain.stderr);
        }
        assert.ok(existsSync(join(dir, file)), file);
      }
      const alone = await plancode(["lint", "--cache-location", "x", "--locale", "en"], { cwd: dir });
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, /option '--cache-location' needs '--cache'/);
    });

    it("a cache that cannot be written slows the next run down, nothing else", async () => {
      const dir = workspace({ "a.plan": 'unit a "A"\n', "ro/x": "" });
      const r = await plancode(["lint", "--cache", "--cache-location", "ro/x/.c"], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, "");
    });
  });
});
