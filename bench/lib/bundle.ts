// The benchmarks measure the code users run: the language core bundled by esbuild like
// dist/cli.cjs, not the TypeScript sources under tsx. (tsx compiles with `keepNames`, which
// wraps every inline arrow in a `__name(...)` call: in the parser's grammar, whose `OR`/`ALT`
// closures are created at every step, that costs a third of the parse time and is absent from
// the shipped bundles.)
import { build } from "esbuild";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WORK_DIR } from "./stats.js";

export type LanguageApi = typeof import("../../language/index.js");
export type WorkflowsApi = typeof import("../../workflows/index.js");

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let loaded: Promise<{ language: LanguageApi; workflows?: WorkflowsApi }> | undefined;

/** Bundles `language/` and, when it exists, `workflows/` (sources as they are now) into one module and imports it. */
export function loadCore(): Promise<{ language: LanguageApi; workflows?: WorkflowsApi }> {
  return (loaded ??= (async () => {
    mkdirSync(WORK_DIR, { recursive: true });
    const outfile = join(WORK_DIR, `core-${process.pid}.mjs`);
    const hasWorkflows = existsSync(join(ROOT, "workflows/index.ts"));
    await build({
      stdin: {
        contents: `export * as language from "./language/index.ts";\n${hasWorkflows ? 'export * as workflows from "./workflows/index.ts";\n' : ""}`,
        resolveDir: ROOT,
        sourcefile: "bench-core.ts",
        loader: "ts",
      },
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      sourcemap: true,
      logLevel: "warning",
      mainFields: ["module", "main"],
    });
    return (await import(pathToFileURL(outfile).href)) as { language: LanguageApi; workflows?: WorkflowsApi };
  })());
}

/** The language core, bundled (see loadCore). */
export async function loadLanguage(): Promise<LanguageApi> {
  return (await loadCore()).language;
}

export { ROOT };
