// Checks that a change to the lexer or parser kept behaviour: lexes and parses a large corpus
// (generated plans with many mistakes, the samples, and seeded mutations of both: deleted,
// duplicated and inserted characters, truncations, garbage) with the current `language/` and
// with a reference copy of it, and compares tokens, comments, problems and ASTs exactly.
//
//   cp -r language /tmp/ref/language && ln -s $PWD/node_modules /tmp/ref/node_modules   (before the change)
//   node --import tsx bench/parser-equivalence.ts --ref /tmp/ref/language [--cases 4000]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as current from "../language/index.js";
import { generateWorkspace, Rng } from "./generate.js";

type Api = Pick<typeof current, "parse" | "lex">;

const GARBAGE = ["{", "}", '"', ",", "/*", "*/", "//", "\n", " ", "-", ".", "%", "/", "Q4/", "2023-", "ổ", "\u0301", "😀", "\ud800", "task", "lead ", "due ", "unit x", "\\", "\t", "\r\n", "0", "31/2/2024"];

function mutate(rng: Rng, text: string): string {
  let t = text;
  const edits = rng.int(1, 6);
  for (let e = 0; e < edits; e++) {
    const at = rng.int(0, t.length);
    const kind = rng.int(0, 5);
    if (kind === 0) t = t.slice(0, at) + t.slice(at + rng.int(1, 12));
    else if (kind === 1) t = t.slice(0, at) + rng.pick(GARBAGE) + t.slice(at);
    else if (kind === 2) t = t.slice(0, at);
    else if (kind === 3) {
      const len = rng.int(1, 40);
      t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
    } else if (kind === 4) t = t.slice(0, at) + String.fromCharCode(rng.int(0, 0xffff)) + t.slice(at);
    else t = t.slice(0, at) + t.slice(at).replace(/[a-z]/, (c) => c.toUpperCase());
  }
  return t;
}

function planFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) planFiles(p, out);
    else if (name.endsWith(".plan")) out.push(readFileSync(p, "utf8"));
  }
  return out;
}

function fingerprint(api: Api, text: string): string {
  const lexed = api.lex(text);
  // Token type indexes differ between two copies of the token definitions; each must agree with its type.
  const tokens = lexed.tokens.map((t) => `${t.tokenType.name}:${t.tokenTypeIdx === t.tokenType.tokenTypeIdx}:${t.startOffset}:${t.endOffset}:${t.image}`);
  const file = api.parse("file:///x.plan", text);
  const ast = JSON.stringify(file, (key, value) => {
    if (key === "container") return value ? `<container ${(value as { name: { text: string } }).name.text}>` : value;
    if (key === "parentTask") return value ? `<parent ${(value as { name: { text: string } }).name.text}>` : value;
    if (typeof value === "number" && Number.isNaN(value)) return "NaN";
    return value;
  });
  return JSON.stringify({ tokens, comments: lexed.comments, lexProblems: lexed.problems }) + ast;
}

export async function compareParsers(refDir: string, cases: number, seed = 1): Promise<{ compared: number; mismatches: number[] }> {
  const ref = (await import(pathToFileURL(join(resolve(refDir), "index.ts")).href)) as Api;
  const base = [
    ...generateWorkspace({ seed, scale: 1 / 64, mistakes: 0.5 }).values(),
    ...planFiles(new URL("../samples", import.meta.url).pathname),
  ];
  const rng = new Rng(seed);
  const corpus = [...base, "", " ", "\ufeff", "unit", "task T1 {", '"unterminated', "/* open"];
  while (corpus.length < cases) corpus.push(mutate(rng, rng.pick(base)));
  const mismatches: number[] = [];
  corpus.forEach((text, i) => {
    if (fingerprint(ref, text) !== fingerprint(current, text)) mismatches.push(i);
  });
  return { compared: corpus.length, mismatches };
}

if (process.argv[1]?.endsWith("parser-equivalence.ts")) {
  const argv = process.argv.slice(2);
  const get = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const refDir = get("--ref");
  if (!refDir) {
    console.error("usage: parser-equivalence.ts --ref <copy of language/> [--cases N] [--seed N]");
    process.exit(2);
  }
  const r = await compareParsers(refDir, Number(get("--cases") ?? 3000), Number(get("--seed") ?? 1));
  console.log(`${r.compared} inputs compared, ${r.mismatches.length} differ${r.mismatches.length ? `: ${r.mismatches.slice(0, 20).join(", ")}` : ""}`);
  process.exitCode = r.mismatches.length ? 1 : 0;
}
