#!/usr/bin/env node
// `npm run package`: builds the bundles and packs the VS Code extension into
// plancode-<version>.vsix with @vscode/vsce, offline.
//
// The root package.json is both the npm package (its `files` list: bin, dist, README) and the
// extension manifest, and vsce refuses a `files` list together with a .vscodeignore. So the
// extension is packed from a staging folder holding exactly what VS Code needs: the manifest's
// extension fields, dist/{extension,server}.cjs, the Mermaid browser build and the dashboard app
// (dist/site-app.{js,css}), the grammar,
// language configuration, JSON schema, translations, LICENSE and the extension's README.
// Usage: node scripts/package-vsix.mjs [--out FILE]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outArg = process.argv.indexOf("--out");
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`package-vsix: ${cmd} ${args.join(" ")} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

run(process.execPath, [join(root, "build.mjs")], root);

const FIELDS = ["name", "displayName", "description", "version", "license", "publisher", "icon", "repository", "homepage", "categories", "keywords", "main", "browser", "l10n", "activationEvents", "contributes", "capabilities"];
const manifest = Object.fromEntries(FIELDS.filter((k) => pkg[k] !== undefined).map((k) => [k, pkg[k]]));
manifest.engines = { vscode: pkg.engines.vscode };

const COPY = [
  ["dist/extension.cjs"],
  ["dist/server.cjs"],
  ["dist/mermaid.min.js", { optional: true }],
  // The cascade dashboard's app (the one `plancode site` writes), for its webview.
  ["dist/site-app.js"],
  ["dist/site-app.css"],
  ["extension/syntaxes"],
  ["extension/language-configuration.json"],
  ["extension/schemas"],
  ["l10n"],
  ["package.nls.json"],
  ["package.nls.vi.json"],
  ["LICENSE"],
  ["extension/README.md", { to: "README.md" }],
];

const stage = mkdtempSync(join(tmpdir(), "plancode-vsix-"));
try {
  for (const [from, opts = {}] of COPY) {
    const src = join(root, from);
    if (!existsSync(src)) {
      if (opts.optional) {
        console.warn(`package-vsix: ${from} is missing; the cascade graph will show Mermaid text only`);
        continue;
      }
      console.error(`package-vsix: ${from} is missing`);
      process.exit(1);
    }
    cpSync(src, join(stage, opts.to ?? from), { recursive: true });
  }
  writeFileSync(join(stage, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  writeFileSync(join(stage, ".vscodeignore"), "**/*.map\n.vscodeignore\n");
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  run(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--skip-license", "--out", out], stage);
  console.log(`package-vsix: ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
