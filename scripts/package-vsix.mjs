#!/usr/bin/env node
// `npm run package`: builds the bundles and packs the VS Code extension into
// plancode-<version>.vsix with @vscode/vsce, offline.
//
// The extension is a package of its own: its manifest is extension/package.json (`contributes`,
// activation, capabilities, walkthrough), its static files live beside it in extension/, and
// every path in the manifest is relative to that folder. The root package.json is the npm package
// (the CLI). The .vsix is packed from a staging folder laid out as the manifest expects: the
// extension's static files, then what is built or shared outside extension/ (the bundles from
// dist/, plancode.json's schema, the licence, the walkthrough's pictures), so no TypeScript
// source or source map can slip in. The README's and CHANGELOG's relative links are made
// absolute for the marketplace (`absoluteLinks`).
// Usage: node scripts/package-vsix.mjs [--out FILE]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "extension", "package.json"), "utf8"));
const outArg = process.argv.indexOf("--out");
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`));

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`package-vsix: ${cmd} ${args.join(" ")} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

run(process.execPath, [join(root, "build.mjs")], root);

/** [from (relative to the repository), to (relative to the extension's root), options]. */
const STAGE = [
  ["extension/package.json", "package.json"],
  ["extension/package.nls.json", "package.nls.json"],
  ["extension/package.nls.vi.json", "package.nls.vi.json"],
  ["extension/l10n", "l10n"],
  ["extension/syntaxes", "syntaxes"],
  ["extension/language-configuration.json", "language-configuration.json"],
  ["extension/README.md", "README.md", { links: true }],
  ["extension/CHANGELOG.md", "CHANGELOG.md", { links: true }],
  ["extension/media/icon.png", "media/icon.png"],
  // The walkthrough's pictures: the end-to-end test's screenshots (docs/images/), not kept twice.
  ["docs/images/vscode-completion.png", "media/walkthrough/completion.png"],
  ["docs/images/vscode-problems.png", "media/walkthrough/problems.png"],
  ["docs/images/vscode-status.png", "media/walkthrough/status.png"],
  ["docs/images/vscode-simulate.png", "media/walkthrough/simulate.png"],
  ["docs/images/export-html-preview.png", "media/walkthrough/document.png"],
  ["schemas/plancode.schema.json", "schemas/plancode.schema.json"],
  ["LICENSE", "LICENSE"],
  ["dist/extension.cjs", "dist/extension.cjs"],
  ["dist/server.cjs", "dist/server.cjs"],
  // The cascade graph's diagrams (Mermaid renders in the webview, offline).
  ["dist/mermaid.min.js", "dist/mermaid.min.js", { optional: true }],
  // The cascade dashboard's app (the one `plancode site` writes), for its webview.
  ["dist/site-app.js", "dist/site-app.js"],
  ["dist/site-app.css", "dist/site-app.css"],
];

/**
 * The marketplace (and Open VSX) shows the README and CHANGELOG from the .vsix, where the
 * repository's relative links (`../docs/images/…`, `../docs/rules/…`) lead nowhere: each becomes
 * the repository's URL of what it names, resolved from the file's place in the repository
 * (images from raw/, pages from blob/), before vsce sees them.
 */
function absoluteLinks(markdown, from) {
  const repo = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
  return markdown.replace(/(!?)\[([^\]]*)\]\((?![a-z]+:|#)([^)\s]+)\)/g, (_, image, text, link) => {
    const base = `${repo}/${image ? "raw" : "blob"}/HEAD/${from}`;
    return `${image}[${text}](${new URL(link, base).href})`;
  });
}

const stage = mkdtempSync(join(tmpdir(), "plancode-vsix-"));
try {
  for (const [from, to, opts = {}] of STAGE) {
    const src = join(root, from);
    if (!existsSync(src)) {
      if (opts.optional) {
        console.warn(`package-vsix: ${from} is missing; packing without it`);
        continue;
      }
      console.error(`package-vsix: ${from} is missing`);
      process.exit(1);
    }
    mkdirSync(dirname(join(stage, to)), { recursive: true });
    if (opts.links) writeFileSync(join(stage, to), absoluteLinks(readFileSync(src, "utf8"), from));
    else cpSync(src, join(stage, to), { recursive: true });
  }
  writeFileSync(join(stage, ".vscodeignore"), "**/*.map\n.vscodeignore\n");
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  run(process.execPath, [vsce, "package", "--no-dependencies", "--out", out], stage);
  console.log(`package-vsix: ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
