// The npm package as a user gets it (issue 13): `npm pack` (its scripts run: the bundles and the
// API's declarations are built), then `npm install --omit=dev <tarball>` into an empty folder —
// no dependencies to fetch — and there `npx plancode` lints, formats, exports and serves LSP, and
// `import("plancode")` / `require("plancode")` give the typed API.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, REPO, sh, workspace } from "./helpers.js";

/** The packed size npm reports must stay within this (the budget). */
const MAX_PACKED = 600 * 1024;

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

describe("the npm package, packed and installed into an empty folder", function () {
  this.timeout(600_000);
  after(cleanup);

  let packed: Packed;
  let project: string;
  let samples: string;

  before(async () => {
    const out = workspace({});
    const pack = await sh("npm", ["pack", "--json", "--pack-destination", out], REPO);
    assert.equal(pack.code, 0, pack.stderr);
    [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as Packed[];
    project = workspace({});
    const install = await sh("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", join(out, packed.filename)], project);
    assert.equal(install.code, 0, install.stderr);
    samples = join(project, "plans");
    cpSync(join(REPO, "samples"), samples, { recursive: true });
  });

  it(`weighs at most ${MAX_PACKED / 1024} kB packed, and holds the CLI, the API with its types, the schema and the docs — no maps, no extension`, () => {
    assert.ok(packed.size <= MAX_PACKED, `${packed.size} bytes packed`);
    const paths = packed.files.map((f) => f.path);
    for (const needed of ["bin/plancode.cjs", "dist/cli.cjs", "dist/export.cjs", "dist/api.cjs", "dist/api.mjs", "dist/types/index.d.ts", "schemas/plancode.schema.json", "docs/language.md", "docs/huong-dan.md", "docs/rules/coverage.md", "README.md", "LICENSE", "package.json"]) {
      assert.ok(paths.includes(needed), needed);
    }
    for (const path of paths) assert.doesNotMatch(path, /\.map$|mermaid|extension|server\.cjs|site-app|\.ts$(?<!\.d\.ts$)|docs\/images/, path);
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/plancode/package.json"), "utf8")) as { dependencies?: object; private?: boolean };
    assert.equal(manifest.dependencies, undefined, "no runtime dependencies");
    assert.equal(manifest.private, undefined, "publishable");
  });

  it("installs nothing but itself", () => {
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    assert.deepEqual(Object.keys(lock.packages).sort(), ["", "node_modules/plancode"]);
  });

  it("npx plancode: lint, fmt --check, status, export (the lazily loaded renderers) and site work", async () => {
    const npx = (args: string[]) => sh("npx", ["--no-install", "plancode", ...args], project);
    const version = await npx(["--version"]);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
    const clean = await npx(["lint", "plans"]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    const mistakes = await npx(["lint", "plans/mistakes", "--format", "json"]);
    assert.equal(mistakes.code, 1);
    assert.equal((JSON.parse(mistakes.stdout) as unknown[]).length, 16);
    assert.equal((await npx(["status", "plans", "--as-of", "2024-06-30", "--format", "json"])).code, 0);
    const exported = await npx(["export", "KH-BD-57", "plans", "--format", "html", "-o", "kh-bd-57.html"]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(readFileSync(join(project, "kh-bd-57.html"), "utf8"), /KẾ HOẠCH/);
    const docx = await npx(["export", "KH-BD-57", "plans"]);
    assert.equal(docx.code, 0, docx.stderr);
    assert.equal(readFileSync(join(project, "KH-BD-57.docx")).subarray(0, 2).toString(), "PK", "a .docx is a zip");
    const site = await npx(["site", "plans", "-o", "site", "--runs", "20"]);
    assert.equal(site.code, 0, site.stderr);
    // The dashboard's app is embedded in the CLI's bundle and written beside the page.
    assert.match(readFileSync(join(project, "site/index.html"), "utf8"), /id="plancode-data"/);
    assert.ok(readFileSync(join(project, "site/app.js"), "utf8").length > 100_000);
  });

  it("npx plancode lsp answers an LSP client's initialize", async () => {
    const child = spawn("npx", ["--no-install", "plancode", "lsp", "--stdio"], { cwd: project, stdio: ["pipe", "pipe", "pipe"] });
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const answer = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString("utf8");
        if (/"id":1/.test(out) && out.includes("capabilities")) resolve(out);
      });
      child.on("error", reject);
      setTimeout(() => reject(new Error(`no answer: ${out}`)), 30_000);
    });
    child.kill();
    assert.match(answer, /"completionProvider"/);
  });

  it("import(\"plancode\") and require(\"plancode\") give the API: lint, format, status, simulate, exportDocument", async () => {
    const script = `
      const api = await import("plancode");
      const cjs = (await import("node:module")).createRequire(process.cwd() + "/")("plancode");
      const results = await api.lint(["plans/mistakes"], { locale: "en" });
      const formatted = api.format('unit   a "A"\\n');
      const status = await api.status("plans", { asOf: "2024-06-30" });
      const simulation = await api.simulate("KH-BD-57", "plans", { runs: 20, seed: 1, asOf: "2024-06-30" });
      const doc = await api.exportDocument("KH-BD-57", "plans", { format: "html" });
      let error;
      try { await api.simulate("KH-BD-75", "plans"); } catch (e) { error = e; }
      console.log(JSON.stringify({
        same: cjs.lint === api.lint,
        version: api.version,
        rules: api.rules.length,
        errors: results.reduce((n, r) => n + r.errorCount, 0),
        formatted,
        status: status.find((s) => s.name === "KL57").overdue,
        milestones: simulation.kind === "plan" && simulation.milestones.length > 0,
        doc: doc.fileName + " " + doc.bytes.length,
        error: error instanceof api.PlancodeError && [error.code, error.exitCode, error.messages.en],
      }));`;
    const r = await sh("node", ["--input-type=module", "-e", script], project);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.same, true, "one module behind both doors");
    assert.equal(out.rules, 16);
    assert.ok(out.errors >= 9);
    assert.deepEqual(out.formatted, { ok: true, text: 'unit a "A"\n', changed: true });
    assert.deepEqual(out.status, [{ what: "report", due: "2024-06-15" }]);
    assert.equal(out.milestones, true);
    assert.match(out.doc, /^KH-BD-57\.html \d+$/);
    assert.deepEqual(out.error, ["unknownDocument", 2, "no plan or directive named 'KH-BD-75'; did you mean 'KH-BD-57'?"]);
  });

  it("the API is typed: a strict TypeScript consumer compiles, and a wrong use does not", async () => {
    const consumer = join(project, "consumer");
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "node16", moduleResolution: "node16", target: "es2022", types: [], skipLibCheck: false }, files: ["use.mts"] }),
    );
    const good = `import { lint, format, status, simulate, exportDocument, PlancodeError, type LintResult, type SimulationResult } from "plancode";
const results: LintResult[] = await lint(["../plans"], { fix: "dry-run", quiet: true, locale: "vi" });
const line: number | undefined = results[0]?.messages[0]?.line;
const f = format("unit a \\"A\\"\\n");
if (f.ok) f.text.toUpperCase(); else f.problems[0].message.vi.trim();
const s = await status("../plans", { asOf: "2024-06-30" });
const next: string | undefined = s[0]?.next?.due;
const sim: SimulationResult = await simulate("KL57", "../plans");
const what = sim.kind === "cascade" ? sim.culprits.length : sim.milestones.length;
const doc = await exportDocument("KH-BD-57", "../plans", { format: "pdf", report: 1 });
const bytes: Uint8Array = doc.bytes;
const e = new PlancodeError("x", { vi: "a", en: "b" });
export { line, next, what, bytes, e };
`;
    writeFileSync(join(consumer, "use.mts"), good);
    const tsc = join(REPO, "node_modules/typescript/bin/tsc");
    const ok = await sh("node", [tsc, "-p", "."], consumer);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    writeFileSync(join(consumer, "use.mts"), `import { lint } from "plancode";\nawait lint(["x"], { fix: "yes" });\n`);
    const bad = await sh("node", [tsc, "-p", "."], consumer);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stdout, /"yes"/);
  });
});
