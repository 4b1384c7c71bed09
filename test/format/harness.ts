// Shared by the formatter tests: the fixture folder, one `format` call that fails loudly on a
// refusal, and `assertInvariants`, the three promises every formatted text keeps (idempotent,
// same AST, same comments in the same order).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../language/index.js";
import { formatText } from "../../language/format/index.js";
import { astDiff, commentTexts } from "../helpers/ast-equal.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
export const UPDATE = process.env.UPDATE_FIXTURES === "1";

/** Inputs `<name>.plan` (not the `.formatted.plan` beside them); `refused-*` ones have syntax errors. */
export function fixtureNames(): { formattable: string[]; refused: string[] } {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".plan") && !f.endsWith(".formatted.plan"))
    .map((f) => f.slice(0, -".plan".length))
    .sort();
  return { formattable: names.filter((n) => !n.startsWith("refused-")), refused: names.filter((n) => n.startsWith("refused-")) };
}

export function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, file), "utf8");
}

/** The formatted text; fails the test when the formatter refuses. */
export function format(text: string, uri = "file:///test.plan"): string {
  const result = formatText(uri, text);
  if (!result.ok) assert.fail(`formatText refused: ${JSON.stringify(result.problems)}`);
  return result.text;
}

/** Formats `input` and checks: idempotent, parse(out) equals parse(input) ignoring spans, comments kept in order. */
export function assertInvariants(input: string, uri = "file:///test.plan"): string {
  const once = format(input, uri);
  const twice = format(once, uri);
  assert.equal(twice, once, "formatting the output again changes it (not idempotent)");
  const before = parse(uri, input);
  const after = parse(uri, once);
  assert.deepEqual(after.problems, [], "the output has syntax problems");
  const diff = astDiff(before, after);
  assert.equal(diff, undefined, `parse(fmt(x)) differs from parse(x): ${diff}`);
  assert.deepEqual(commentTexts(after), commentTexts(before), "comments lost, changed or reordered");
  return once;
}

/** `\n` → `\r\n` (or another line ending) everywhere, strings and comments included. */
export function withLineEnding(text: string, eol: "\r\n" | "\r"): string {
  return text.replace(/\n/g, eol);
}
