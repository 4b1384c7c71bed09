// Builds the dashboard's browser app (site/app/) for build.mjs:
//   dist/site-app.js  — one minified IIFE: the app, Observable Plot and the parts of D3 it uses,
//                       with the licences of the bundled packages in a leading comment;
//   dist/site-app.css — its stylesheet.
// `plancode site` copies both into every site (dist/cli.cjs embeds them: `siteAssetsPlugin`), and
// the VS Code dashboard loads them from dist/.
//
// The app imports language/ and workflows/ through their index.ts for a few words and formats
// (stateLabel, showDate, foldName …). Those layers are pure (ARCHITECTURE.md), so their modules
// are declared free of side effects here: esbuild then keeps only what the app uses (≈ 2 KB)
// instead of the parser and the simulation kernel.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const APP = "site/app/main.ts";
export const SITE_APP_JS = "dist/site-app.js";
export const SITE_APP_CSS = "dist/site-app.css";

const pureCore = {
  name: "pure-core",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
      if (/[\\/](language|workflows)[\\/]/.test(path) && existsSync(path)) return { path, sideEffects: false };
      return undefined;
    });
  },
};

/** The licence texts of the npm packages with code in the bundle, each distinct text once. */
function licences(metafile) {
  const texts = new Map();
  const inputs = Object.values(metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {};
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
    if (!m) continue;
    const dir = m[1];
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map((f) => join(dir, f)).find(existsSync);
    const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
    const text = file ? readFileSync(file, "utf8").trim() : `${name}: see its package.json`;
    if (!texts.has(text)) texts.set(text, []);
    texts.get(text).push(name);
  }
  return [...texts].map(([text, names]) => `${[...new Set(names)].join(", ")}:\n${text}`).join("\n\n");
}

export async function buildSiteApp() {
  const result = await build({
    entryPoints: [APP],
    outfile: SITE_APP_JS,
    bundle: true,
    platform: "browser",
    format: "iife",
    target: ["chrome109", "firefox115", "safari16"],
    minify: true,
    legalComments: "none",
    metafile: true,
    write: false,
    // Only workflows/kernel-workers.ts imports them, and nothing of it is used: tree-shaken away
    // (the check below makes sure).
    external: ["node:*"],
    logLevel: "warning",
    plugins: [pureCore],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js")).text;
  if (/\brequire\(/.test(js)) throw new Error(`${SITE_APP_JS}: a Node module was bundled into the browser app`);
  const banner = `/*! plancode dashboard. Bundled third-party code and its licences:\n\n${licences(result.metafile).replace(/\*\//g, "* /")}\n*/\n`;
  mkdirSync(dirname(SITE_APP_JS), { recursive: true }); // a fresh checkout has no dist/ yet
  writeFileSync(SITE_APP_JS, banner + js);
  await build({ entryPoints: ["site/app/style.css"], outfile: SITE_APP_CSS, bundle: true, minify: true, logLevel: "warning" });
}

/** Replaces cli/site-assets.ts in the CLI bundle with the built files' text (so dist/cli.cjs needs nothing beside it). */
export const siteAssetsPlugin = {
  name: "site-assets",
  setup(b) {
    b.onLoad({ filter: /[\\/]cli[\\/]site-assets\.ts$/ }, () => {
      const read = (path) => (existsSync(path) ? readFileSync(path, "utf8") : "");
      const assets = { script: read(SITE_APP_JS), style: read(SITE_APP_CSS) };
      return { contents: `export function siteAssets() { return ${JSON.stringify(assets)}; }`, loader: "js", resolveDir: dirname(resolve("cli/site-assets.ts")) };
    });
  },
};
