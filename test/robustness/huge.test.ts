// The expensive inputs, once each: 1 MB strings, names and comments, 10,000-deep blocks, large
// repeated workspaces, floods of stray tokens. Only "does not throw and keeps the invariants"
// is asserted, with a generous timeout; how long each takes is the fuzz runner's business
// (`npm run fuzz` checks it against a bound proportional to the size).
import { HUGE_KINDS, hugeText } from "../../fuzz/arbitraries.js";
import { formatHolds, holds, parseAndCheck } from "../../fuzz/invariants.js";

/** Inputs whose cost is in their tens of thousands of findings: run at a quarter of the size here. */
const SMALLER = new Set(["unterminatedString1MB", "unterminatedComment1MB", "nul1MB", "manyFiles", "repeatedSamples"]);

describe("robustness: huge inputs", function () {
  this.timeout(120_000);
  for (const kind of HUGE_KINDS) {
    it(`${kind}${SMALLER.has(kind) ? " (a quarter of it)" : ""}`, () => {
      const file = { uri: `file:///huge/${kind}.plan`, text: hugeText(kind, SMALLER.has(kind) ? 0.25 : 1) };
      holds(parseAndCheck([file]).violations);
      holds(formatHolds(file));
    });
  }
});
