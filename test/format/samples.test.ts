// The formatter over every sample plan of the repository: each one without syntax errors formats
// idempotently, to the same AST and comments; each one with syntax errors is refused.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../language/index.js";
import { formatText } from "../../language/format/index.js";
import { assertInvariants } from "./harness.js";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function planFiles(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(planFiles(path));
    else if (e.name.endsWith(".plan")) out.push(path);
  }
  return out.sort();
}

const files = [...planFiles(join(REPO, "samples")), ...planFiles(join(REPO, "test", "fixtures", "lsp-workspace"))];

describe("format: the repository's sample plans", () => {
  for (const path of files) {
    const name = relative(REPO, path);
    it(name, () => {
      const text = readFileSync(path, "utf8");
      const parsed = parse(name, text);
      if (parsed.problems.length > 0) assert.equal(formatText(name, text).ok, false);
      else assertInvariants(text, name);
    });
  }
});
