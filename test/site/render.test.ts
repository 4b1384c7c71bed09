// The static site's files (site/render.ts): index.html embeds the index safely, the details are
// split into chunk files that give back exactly the model's details, and nothing can break out
// of the embedded JSON.
import assert from "node:assert/strict";
import type { SiteData, SiteDetailChunk, SiteDetails } from "../../site/data.js";
import { buildSiteData } from "../../site/model.js";
import { CSP, GENERATOR, renderSite, scriptJson, splitDetails } from "../../site/render.js";
import { day, samplesWorkspace, workspaceOf } from "../workflows/helpers.js";

const ASSETS = { script: "/* app */", style: "/* css */" };
const data = buildSiteData(samplesWorkspace(), { asOf: day("2024-06-30"), locale: "vi", simulation: { runs: 50, seed: 1 } });

/** Runs a chunk file's text the way the browser does, with `plancodeDetails` defined. */
function runChunk(text: string): SiteDetailChunk {
  let got: SiteDetailChunk | undefined;
  new Function("plancodeDetails", text)((c: SiteDetailChunk) => (got = c));
  assert.ok(got, "the chunk calls plancodeDetails");
  return got;
}

/** Details with their strings resolved, for comparing across string tables. */
function resolved(details: SiteDetails[], strings: readonly string[]) {
  const s = (i: number) => (i < 0 ? null : strings[i]);
  return details.map((d) => ({
    tasks: d.tasks.map(([name, title, depth, covers, lead, support, due, indicators]) => [name, s(title), depth, covers, s(lead), support.map(s), due, indicators.map(([t, v]) => [s(t), v])]),
    history: d.history.map(([dd, e, n]) => [dd, e, s(n)]),
  }));
}

function embedded(html: string): SiteData {
  const m = /<script type="application\/json" id="plancode-data">([^<]*)<\/script>/.exec(html);
  assert.ok(m, "index.html embeds the data");
  return JSON.parse(m[1]) as SiteData;
}

describe("site: rendering the files", () => {
  it("writes index.html, the app, its style and the detail chunks", () => {
    const files = renderSite(data, ASSETS, 5);
    const paths = files.map((f) => f.path);
    assert.deepEqual(paths.slice(0, 3), ["index.html", "app.js", "app.css"]);
    assert.deepEqual(paths.slice(3), ["details/0.js", "details/1.js", "details/2.js"]);
    const html = files[0].text;
    assert.match(html, /<html lang="vi">/);
    assert.ok(html.includes(`<meta name="generator" content="${GENERATOR}">`));
    assert.ok(html.includes(`content="${CSP}"`));
    assert.match(CSP, /script-src 'self';/);
    assert.doesNotMatch(html, /<script>/, "no inline script: the CSP allows only app.js");
    assert.doesNotMatch(html, /https?:\/\//, "nothing from the network");
  });

  it("splits the details into chunks that give back the model's details", () => {
    const files = renderSite(data, ASSETS, 5);
    const index = embedded(files[0].text);
    assert.deepEqual(index.details, { perFile: 5, prefix: "details/" });
    const chunks = files.slice(3).map((f) => runChunk(f.text));
    const all = chunks.flatMap((c) => resolved(c.details, c.strings));
    assert.deepEqual(all, resolved(data.details as SiteDetails[], data.strings));
    chunks.forEach((c, k) => assert.equal(c.first, k * 5));
  });

  it("keeps in the index only the strings the index uses, resolving to the same text", () => {
    const { index } = splitDetails(data, 256);
    assert.ok(index.strings.length < data.strings.length);
    index.docs.forEach((d, i) => {
      const o = data.docs[i];
      for (const key of ["number", "title", "issuer", "unit", "file"] as const) {
        assert.equal(d[key] < 0 ? null : index.strings[d[key]], o[key] < 0 ? null : data.strings[o[key]], `${d.name}.${key}`);
      }
    });
  });

  it("escapes every `<` of the embedded JSON, so a title cannot end the script element", () => {
    assert.equal(scriptJson({ t: "</script><script>alert(1)</script>" }), '{"t":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    const ws = workspaceOf({
      "p.plan": `plan X { number "9-KH/TU" title "</script><script>alert(1)</script><!--" issuer btv issued 2023-09-01 implements D parent D horizon 2030
  task A1 "</script>" covers T1 { lead ban-tg due 2025 indicator "x" target 1 }
}`,
    });
    const d = buildSiteData(ws, { asOf: day("2024-06-30"), locale: "en", simulation: false });
    const html = renderSite(d, ASSETS)[0].text;
    assert.equal(html.match(/<\/script>/g)?.length, 2, "only the JSON element's and app.js's closing tags");
    assert.ok(!html.includes("<!--"));
    const back = embedded(html);
    assert.ok(back.strings.includes("</script><script>alert(1)</script><!--"));
  });

  it("names the page after the main directive, in the site's language", () => {
    const html = renderSite({ ...data, locale: "en" }, ASSETS)[0].text;
    assert.match(html, /<title>Cascade dashboard — 57-KL\/TW<\/title>/);
    assert.match(html, /<html lang="en">/);
  });
});
