// Writes the ID terminal of src/plan.langium: Langium drops a terminal's `u` flag when it works
// out which keywords an identifier can extend (so `report` would stop `reported` from being a
// name), and Chevrotain cannot optimise a `u` regex; so the Unicode classes of plancode's Name
// ([\p{L}_] then [\p{L}\p{M}\p{N}_.-]) are spelled out as BMP ranges, plus any surrogate pair.
//
//   node scripts/id-terminal.mjs   (rewrites the `terminal ID:` line of src/plan.langium)
import { readFileSync, writeFileSync } from "node:fs";

function ranges(test) {
  const out = [];
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const ok = c < 0x10000 && !(c >= 0xd800 && c <= 0xdfff) && test(String.fromCharCode(c));
    if (ok && start < 0) start = c;
    if (!ok && start >= 0) {
      out.push([start, c - 1]);
      start = -1;
    }
  }
  const hex = (c) => (c < 0x7f && /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `\\u${c.toString(16).padStart(4, "0")}`);
  return out.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("");
}

const start = ranges((ch) => /[\p{L}_]/u.test(ch));
const part = ranges((ch) => /[\p{L}\p{M}\p{N}_]/u.test(ch));
const pair = "[\\ud800-\\udbff][\\udc00-\\udfff]";
// A name never ends in `.` or `-`.
const id = `terminal ID: /(?:[${start}]|${pair})(?:(?:[${part}.\\-]|${pair})*(?:[${part}]|${pair}))?/;`;
const file = new URL("../src/plan.langium", import.meta.url);
const text = readFileSync(file, "utf8").replace(/^terminal ID:.*$/m, id);
writeFileSync(file, text);
console.log(`ID terminal: ${id.length} characters`);
