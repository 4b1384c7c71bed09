// The completion context reads the grammar (language/parser/grammar-facts.ts), not a copy of it:
// what follows a keyword, which keywords start a statement and which open a block.
import assert from "node:assert/strict";
import { cursorContext } from "../../language/ide/index.js";

/** The context at the `|` of a text. */
const at = (marked: string) => cursorContext(marked.replace("|", ""), marked.indexOf("|"));

describe("ide: completion context from the grammar", () => {
  it("what follows a keyword in its block", () => {
    assert.equal(at("plan P {\n  issuer |").expect, "unit");
    assert.equal(at("plan P {\n  implements |").expect, "directive");
    assert.equal(at("plan P {\n  task A covers T1, |").expect, "covers");
    assert.equal(at("plan P {\n  task A {\n    lead a, |").expect, "role");
    assert.equal(at("plan P {\n  approval {\n    step s by |").expect, "unit");
    assert.equal(at("plan P {\n  reporting {\n    review final by |").expect, "date");
    assert.equal(at("plan P {\n  task A {\n    due |").expect, "due");
    assert.equal(at('unit u "U" level |').expect, "level");
    assert.equal(at("hierarchy {\n  level |").expect, "none", "a level's own name");
    assert.equal(at("plan P {\n  history {\n    2024-01-02 |").expect, "event");
    assert.deepEqual(at("plan P {\n  reporting {\n    review |").words, ["preliminary", "final"]);
    assert.deepEqual(at('plan P {\n  reporting {\n    report "r" due |').words, ["day"]);
  });

  it("the keywords a statement may start with, per block", () => {
    assert.deepEqual(at("plan P {\n  task A {\n    |").words, ["lead", "support", "due", "indicator", "detail", "task"]);
    // The document parts' blocks come from the grammar too.
    assert.deepEqual(at('unit u "U" {\n  |').words, ["unit", "place", "superior", "heading"]);
    assert.deepEqual(at("plan P {\n  signature {\n    |").words, ["authority", "position", "signer"]);
    assert.deepEqual(at('plan P {\n  section "KINH PHÍ" {\n    |').words, ["paragraph"]);
    assert.deepEqual(at("|").words, ["hierarchy", "unit", "directive", "plan"]);
    assert.equal(at("plan P {\n  history {\n    |").expect, "date");
  });

  it("a keyword where the grammar wants a name is that name (an objective called `approval` opens no block)", () => {
    const c = at('plan P {\n  objective approval "x" {\n    |');
    assert.equal(c.block, "top", "the stray { opens no approval block");
    assert.equal(at("plan P {\n  task A {\n    lead task, |").expect, "role");
  });
});
