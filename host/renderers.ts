// Loads the document renderers on demand. In the shipped CLI they are a bundle of their own,
// dist/export.cjs beside dist/cli.cjs (build.mjs), required only when a document is exported:
// the .docx library is most of the bytes, and `plancode lint` should not load it. From the
// sources (tests, tsx) the modules are imported directly.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type Renderers = typeof import("../document/index.js");

/** The file name of the renderers' bundle, next to the CLI's. */
export const RENDERERS_BUNDLE = "export.cjs";

export async function loadRenderers(): Promise<Renderers> {
  // `__dirname` exists only in the CommonJS bundle (dist/), not in the ES modules tsx runs.
  const bundled = typeof __dirname === "string" ? join(__dirname, RENDERERS_BUNDLE) : undefined;
  if (bundled && existsSync(bundled)) return createRequire(bundled)(bundled) as Renderers;
  // A specifier in a variable: esbuild leaves it alone instead of inlining the renderers into the CLI.
  const sources = "../document/index.js";
  return (await import(sources)) as Renderers;
}
