// The renderers' own bundle (dist/export.cjs, built by build.mjs before the suite): it loads
// alone, renders, and the CLI bundle does not carry the .docx library.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { loadRenderers } from "../../host/renderers.js";
import { statePlan } from "../fixtures/documents/state-plan.js";

const dist = join(process.cwd(), "dist");

describe("dist/export.cjs: the renderers' lazily loaded bundle", () => {
  before(function () {
    if (!existsSync(join(dist, "export.cjs"))) this.skip(); // `npm test` builds it first
  });

  it("loads by itself and renders a .docx (a zip) and HTML", async () => {
    const bundle = createRequire(import.meta.url)(join(dist, "export.cjs")) as Awaited<ReturnType<typeof loadRenderers>>;
    const bytes = await bundle.renderDocx(statePlan);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
    assert.match(bundle.renderHtml(statePlan), /Số: 139\/KH-UBND/);
  });

  it("the CLI and the server bundles do not contain the .docx library", () => {
    for (const name of ["cli.cjs", "server.cjs"]) {
      const file = join(dist, name);
      if (!existsSync(file)) continue;
      const code = readFileSync(file, "utf8");
      assert.ok(!code.includes("wordprocessingml/2006/main"), `${name} holds OOXML`);
    }
  });

  it("loadRenderers from the sources gives the same API", async () => {
    const renderers = await loadRenderers();
    assert.deepEqual(Object.keys(renderers).filter((k) => typeof (renderers as Record<string, unknown>)[k] === "function").sort(), ["renderDocx", "renderHtml", "renderHtmlParts"]);
  });
});
