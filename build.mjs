// Bundles the CLI (which also serves `plancode lsp`), the language server and the VS Code
// extension with esbuild. Entry points that do not exist yet are skipped so a partial checkout
// still builds.
import { build } from "esbuild";
import { existsSync } from "node:fs";

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
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [] })),
);
