// Offsets ↔ 0-based line/UTF-16 column (language/text/line-index.ts), as LSP counts them.
import assert from "node:assert/strict";
import { LineIndex } from "../../language/index.js";

describe("language: LineIndex", () => {
  const text = "ab\r\ncd\nef\rgh";
  const lines = new LineIndex(text);

  it("round-trips every offset through its position", () => {
    for (let o = 0; o <= text.length; o++) {
      const p = lines.positionAt(o);
      // The offset between \r and \n belongs to no position of its own.
      if (text[o - 1] === "\r" && text[o] === "\n") continue;
      assert.equal(lines.offsetAt(p), o, `offset ${o}`);
    }
  });

  it("a character past the end of a line means the line's end, whatever the line break", () => {
    assert.equal(lines.offsetAt({ line: 0, character: 999 }), 2); // before \r\n
    assert.equal(lines.offsetAt({ line: 1, character: 999 }), 6); // before \n
    assert.equal(lines.offsetAt({ line: 2, character: 999 }), 9); // before \r
    assert.equal(lines.offsetAt({ line: 3, character: 999 }), text.length);
    assert.equal(lines.offsetAt({ line: 99, character: 0 }), text.length);
    assert.equal(lines.offsetAt({ line: -1, character: 5 }), 0);
    assert.equal(lines.offsetAt({ line: 1, character: -3 }), 4);
  });
});
