// The import rules of ARCHITECTURE.md ("Layers and who may import whom"), checked on every source
// file, as rust-analyzer's tidy tests do: a layer imports only the layers below it and the
// packages listed for it. One row per layer; a new top-level folder is one more row.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const REPO = fileURLToPath(new URL("../", import.meta.url));

interface Layer {
  /** Our folders (or files) it may import, besides itself. */
  ours: string[];
  /** Packages it may import (`node:` built-ins by full name, npm packages by name). */
  packages: string[];
  /** Imports allowed in one file only: file → folders, files or packages. */
  only?: Record<string, string[]>;
}

/** The file system: only host/ (and the extension's webview, which reads Mermaid's bundle). */
const FS = ["node:fs", "node:fs/promises"];

// Layers, from the bottom; a file belongs to the longest folder that contains it.
const LAYERS: Record<string, Layer> = {
  language: { ours: [], packages: ["chevrotain"] },
  "language/ide": { ours: ["language"], packages: ["chevrotain"] },
  host: {
    ours: ["language"],
    packages: [...FS, "node:path", "node:url", "node:buffer", "node:crypto", "node:child_process", "node:os"],
    // The loader of the renderers' bundle (dist/export.cjs): their types, and the sources under tsx.
    only: { "host/renderers.ts": ["document", "node:module"] },
  },
  workflows: { ours: ["language"], packages: ["xstate"], only: { "workflows/kernel-workers.ts": ["node:worker_threads", "node:os"] } },
  // The .docx library is bundled into dist/export.cjs with the renderers only.
  document: { ours: ["language", "workflows"], packages: ["docx"] },
  site: { ours: ["language", "workflows"], packages: [] },
  // The dashboard in the browser: bundled by scripts/build-site-app.mjs with what it uses of the layers below.
  "site/app": { ours: ["site", "language", "workflows"], packages: ["@observablehq/plot"] },
  server: {
    ours: ["language", "language/ide", "host", "workflows", "document", "site"],
    packages: ["vscode-languageserver", "vscode-languageserver-textdocument", "node:path"],
    // The heap's growth, set once by the entry point (server/main.ts explains why).
    only: { "server/main.ts": ["node:v8"] },
  },
  cli: {
    ours: ["language", "host", "workflows", "document", "site", "package.json"],
    packages: ["node:path", "node:url"],
    // site-assets.ts reads the built dashboard app under tsx; build.mjs replaces it by the app's text in dist/cli.cjs.
    // cli/formatters/types.ts: a finding's shape, declared once with the API's public types.
    only: { "cli/commands/lsp.ts": ["server"], "cli/site-assets.ts": FS, "cli/formatters/types.ts": ["api/types.ts"] },
  },
  // The programmatic API: the CLI's machinery without its printing (cli/ but its verbs' output).
  api: {
    ours: ["language", "host", "workflows", "document", "cli"],
    packages: ["node:path"],
  },
  extension: {
    ours: [],
    packages: ["vscode", "vscode-languageclient", "node:fs", "node:path"],
    only: { "extension/protocol.ts": ["server/protocol.ts"] },
  },
};

/** The longest key of LAYERS that contains `path` (a repository path with `/`), if any. */
function layerOf(path: string): string | undefined {
  let best: string | undefined;
  for (const layer of Object.keys(LAYERS)) if ((path === layer || path.startsWith(`${layer}/`)) && (!best || layer.length > best.length)) best = layer;
  return best;
}

/** `import`, `export … from` and `import()` specifiers of a source text. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** A package specifier's package: `node:fs/promises` as is, `fs` as `node:fs`, `vscode-languageserver/node.js` → `vscode-languageserver`. */
function packageOf(spec: string): string {
  if (spec.startsWith("node:")) return spec;
  if (BUILTINS.has(spec.split("/")[0])) return `node:${spec}`;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
const BUILTINS = new Set(["fs", "path", "url", "os", "buffer", "crypto", "worker_threads", "child_process", "http", "net"]);

/** Whether `target` (an import: our path or a package) is among `allowed` (folders, files, packages). */
function allows(allowed: readonly string[], target: string): boolean {
  return allowed.some((a) => target === a || target.startsWith(`${a}/`));
}

/** The rule violations of one file's imports, as `file: import (why)`. */
function violations(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const rule = LAYERS[layer];
  const out: string[] = [];
  for (const spec of importsOf(text)) {
    const only = rule.only?.[file] ?? [];
    if (spec.startsWith(".")) {
      const target = normalize(join(dirname(file), spec)).split(sep).join("/").replace(/\.js$/, ".ts");
      const targetLayer = layerOf(target) ?? target;
      if (targetLayer === layer || allows(rule.ours, targetLayer) || allows(rule.ours, target) || allows(only, targetLayer) || allows(only, target)) continue;
      out.push(`${file}: ${spec} (${layer} may not import ${targetLayer})`);
    } else {
      const pkg = packageOf(spec);
      if (rule.packages.includes(pkg) || only.includes(pkg)) continue;
      out.push(`${file}: ${spec} (${layer} may not import ${pkg})`);
    }
  }
  return out;
}

function sources(dir: string): string[] {
  if (!existsSync(join(REPO, dir))) return [];
  const out: string[] = [];
  for (const e of readdirSync(join(REPO, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory() && e.name !== "node_modules") out.push(...sources(path));
    else if (e.isFile() && /\.(ts|mts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

describe("architecture: who may import whom (ARCHITECTURE.md)", () => {
  const roots = [...new Set(Object.keys(LAYERS).map((l) => l.split("/")[0]))];
  const files = roots.flatMap(sources);

  it("every source file imports only what its layer may", () => {
    assert.ok(files.length > 100, `only ${files.length} files found`);
    const found = files.flatMap((f) => violations(f, readFileSync(join(REPO, f), "utf8")));
    assert.deepEqual(found, []);
  });

  it("the check itself catches a forbidden import", () => {
    assert.deepEqual(violations("workflows/x.ts", 'import { readFileSync } from "node:fs";'), ["workflows/x.ts: node:fs (workflows may not import node:fs)"]);
    assert.deepEqual(violations("language/checks/x.ts", 'import { cursorContext } from "../ide/index.js";'), [
      "language/checks/x.ts: ../ide/index.js (language may not import language/ide)",
    ]);
    assert.deepEqual(violations("host/x.ts", 'import type { Connection } from "vscode-languageserver/node.js";'), [
      "host/x.ts: vscode-languageserver/node.js (host may not import vscode-languageserver)",
    ]);
    assert.deepEqual(violations("cli/commands/status.ts", 'const s = await import("../../server/main.js");'), [
      "cli/commands/status.ts: ../../server/main.js (cli may not import server)",
    ]);
    assert.deepEqual(violations("server/x.ts", 'import { readFile } from "fs";'), ["server/x.ts: fs (server may not import node:fs)"]);
    assert.deepEqual(violations("cli/commands/lsp.ts", 'await import("../../server/main.js");'), []);
  });

  it("nothing below server/ speaks LSP, and only host/ touches the file system", () => {
    for (const [layer, rule] of Object.entries(LAYERS)) {
      if (layer !== "server" && layer !== "extension") assert.ok(!rule.packages.some((p) => p.startsWith("vscode")), layer);
      if (layer !== "host" && layer !== "extension") assert.ok(!rule.packages.some((p) => FS.includes(p)), layer);
    }
  });

  it("ARCHITECTURE.md names every layer of this table", () => {
    const doc = readFileSync(join(REPO, "ARCHITECTURE.md"), "utf8");
    for (const layer of Object.keys(LAYERS)) assert.ok(doc.includes(`\`${layer}/\``), `${layer}/ is not in ARCHITECTURE.md`);
  });
});
