// Bundles the CLI (which also serves `plancode lsp`), the language server and the VS Code
// extension with esbuild. Entry points that do not exist yet are skipped so a partial checkout
// still builds.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { buildSiteApp, siteAssetsPlugin } from "./scripts/build-site-app.mjs";

// The dashboard's browser app first: the CLI bundle embeds it (`plancode site`).
if (existsSync("site/app/main.ts")) await buildSiteApp();

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  // Chevrotain ships ESM only; bundling makes it CommonJS-loadable from bin/plancode.cjs.
  mainFields: ["module", "main"],
};

const entries = [
  { in: "cli/main.ts", out: "dist/cli.cjs" },
  { in: "server/main.ts", out: "dist/server.cjs" },
  { in: "extension/extension.ts", out: "dist/extension.cjs", external: ["vscode"] },
  // The document renderers (`plancode export`): a bundle of their own, required only when a
  // document is exported (host/renderers.ts), so `plancode lint` never loads the .docx library.
  // Minified and without a source map: 0.25 MB (75 kB gzipped), against 0.51 MB + 1.5 MB of map.
  { in: "document/index.ts", out: "dist/export.cjs", minify: true, sourcemap: false },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        external: e.external ?? [],
        minify: e.minify ?? false,
        sourcemap: e.sourcemap ?? common.sourcemap,
        plugins: [siteAssetsPlugin],
      }),
    ),
);

// The cascade-graph webview loads Mermaid from the extension itself (offline): ship its browser build.
const mermaid = "node_modules/mermaid/dist/mermaid.min.js";
if (existsSync("extension/extension.ts") && existsSync(mermaid)) {
  mkdirSync("dist", { recursive: true });
  copyFileSync(mermaid, "dist/mermaid.min.js");
}
