// The edit distance behind every "did you mean": Levenshtein plus the swap of two neighbouring
// letters as one edit (optimal string alignment), compared with the textbook recurrence on
// random strings, and the early exit at a limit.
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { closest, editDistance } from "../../language/index.js";

/** The textbook optimal-string-alignment distance: a full table, no early exit. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

describe("edit distance", () => {
  it("counts a swap of neighbours as one edit", () => {
    assert.equal(editDistance("lnit", "lint"), 1);
    assert.equal(editDistance("ab", "ba"), 1);
    assert.equal(editDistance("tỉnh-ủy", "tỉnh-yủ"), 1);
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("", "abc"), 3);
  });

  it("equals the textbook recurrence, and stops past a limit without under-counting", () => {
    let seed = 42;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const word = (): string => Array.from({ length: random(9) }, () => "abcđơ"[random(5)]).join("");
    for (let k = 0; k < 20_000; k++) {
      const a = word();
      const b = random(2) ? word() : a.split("").reverse().join("");
      const exact = reference(a, b);
      assert.equal(editDistance(a, b), exact, `${a} / ${b}`);
      const limit = random(5);
      const limited = editDistance(a, b, limit);
      if (exact <= limit) assert.equal(limited, exact, `${a} / ${b} within ${limit}`);
      else assert.ok(limited > limit, `${a} / ${b} over ${limit}: ${limited}`);
    }
  });

  it("suggests a command with two letters swapped", () => {
    assert.equal(closest("lnit", ["lint", "fmt", "status", "simulate", "graph", "lsp"]), "lint");
  });

  it("keeps no file text alive through the cache of folded names", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 40; k++) {
      // A megabyte of text with a Vietnamese name in it; the name is a slice of the text, as the
      // parser's names are.
      const text = `${"x".repeat(500_000)} đơn-vị-${k}-ở-xã-đông ${"y".repeat(500_000)}`;
      const name = text.slice(500_001, text.indexOf(" ", 500_001));
      closest("đơn-vị-0-ở-xa", [name]);
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(1)} MB after folding names cut from 40 MB of text`);
  });
});
