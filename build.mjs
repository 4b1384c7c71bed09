// Bundles the CLI (which also serves `plancode lsp`) with the programmatic API, the language
// server and the VS Code extension with esbuild, minified. Entry points that do not exist yet are
// skipped so a partial checkout still builds. The API's type declarations are
// scripts/build-types.mjs (`npm run build:types`, run by `npm pack`).
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildSiteApp, siteAssetsPlugin } from "./scripts/build-site-app.mjs";

// The dashboard's browser app first: the CLI bundle embeds it (`plancode site`).
if (existsSync("site/app/main.ts")) await buildSiteApp();

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Minified: what users install (the npm package, the .vsix) loads faster and weighs a third.
  // The source maps stay in dist/ for development (`node --enable-source-maps` finds them by name
  // only when asked: no sourceMappingURL comment points at a file neither package ships).
  minify: true,
  sourcemap: "external",
  logLevel: "warning",
  // Chevrotain ships ESM only; bundling makes it CommonJS-loadable from bin/plancode.cjs.
  mainFields: ["module", "main"],
};

const entries = [
  // The command (bin/plancode.cjs → `main`) and the programmatic API (dist/api.cjs, dist/api.mjs)
  // in one bundle: the API is the CLI's machinery without its printing, so one copy of it serves both.
  { contents: 'export { main } from "./cli/main.ts";\nexport * from "./api/index.ts";\n', in: "cli/main.ts", out: "dist/cli.cjs" },
  { in: "server/main.ts", out: "dist/server.cjs" },
  { in: "extension/extension.ts", out: "dist/extension.cjs", external: ["vscode"] },
  // The document renderers (`plancode export`): a bundle of their own, required only when a
  // document is exported (host/renderers.ts), so `plancode lint` never loads the .docx library.
  // Without a source map: 0.25 MB (75 kB gzipped), against 1.5 MB of map.
  { in: "document/index.ts", out: "dist/export.cjs", sourcemap: false },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        ...(e.contents ? { stdin: { contents: e.contents, resolveDir: ".", sourcefile: "package-entry.ts", loader: "ts" } } : { entryPoints: [e.in] }),
        outfile: e.out,
        external: e.external ?? [],
        sourcemap: e.sourcemap ?? common.sourcemap,
        plugins: [siteAssetsPlugin],
      }),
    ),
);

// The API's two doors onto the bundle: `require("plancode")` and `import("plancode")` (package.json
// `exports`). Both name every export but `main`, so a new API function needs no edit here, and
// both load the same bundle (one set of classes: `instanceof PlancodeError` holds either way).
if (existsSync("api/index.ts")) {
  const names = Object.keys(createRequire(import.meta.url)("./dist/cli.cjs")).filter((n) => n !== "main" && n !== "default").sort();
  const header = "// plancode's programmatic API (api/index.ts), written by build.mjs: the exports of dist/cli.cjs but `main`.\n";
  writeFileSync("dist/api.cjs", `${header}"use strict";\nconst { ${names.join(", ")} } = require("./cli.cjs");\nmodule.exports = { ${names.join(", ")} };\n`);
  writeFileSync("dist/api.mjs", `${header}import api from "./api.cjs";\nexport const { ${names.join(", ")} } = api;\n`);
}

// The cascade-graph webview loads Mermaid from the extension itself (offline): ship its browser build.
const mermaid = "node_modules/mermaid/dist/mermaid.min.js";
if (existsSync("extension/extension.ts") && existsSync(mermaid)) {
  mkdirSync("dist", { recursive: true });
  copyFileSync(mermaid, "dist/mermaid.min.js");
}
