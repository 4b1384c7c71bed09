#!/usr/bin/env node
// `npm run build:types` (run by `npm pack` through `prepack`): the programmatic API's type
// declarations, dist/types/{index,types,errors}.d.ts, emitted by the TypeScript compiler from
// api/ alone (the program type-checks everything the API reaches; only api/'s declarations are
// written). They must refer to nothing but each other: the public types are declared in
// api/types.ts so that a user's compiler needs no other file of ours and no other package (the npm
// package has no dependencies). A declaration that reaches further fails the build here rather
// than on a user's machine.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "types");
const FILES = ["index", "types", "errors"];

const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), { noEmit: false, declaration: true, emitDeclarationOnly: true, types: ["node"] }, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, "\n")),
});
const program = ts.createProgram({ rootNames: [join(root, "api", "index.ts")], options: config.options });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of FILES) {
  const source = program.getSourceFile(join(root, "api", `${name}.ts`));
  if (!source) fail(`api/${name}.ts is not part of the API's program`);
  const problems = [...program.getSemanticDiagnostics(source), ...program.getDeclarationDiagnostics(source)];
  if (problems.length) fail(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }));
  program.emit(source, (file, text) => {
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      if (!FILES.includes(spec.replace(/^\.\//, "").replace(/\.js$/, ""))) fail(`api/${name}.ts's declarations refer to ${spec}: declare the public types in api/types.ts`);
    }
    writeFileSync(join(out, basename(file)), text);
  }, undefined, true);
}
console.log(`build-types: ${FILES.map((f) => `dist/types/${f}.d.ts`).join(", ")}`);

function fail(message) {
  console.error(`build-types: ${message}`);
  process.exit(1);
}
