// The one lenient UTF-8 decoder of `.plan` files (host/decode.ts).
import assert from "node:assert/strict";
import { decodeUtf8, firstInvalidUtf8 } from "../../host/index.js";

describe("host: UTF-8", () => {
  it("finds the first byte of an invalid sequence", () => {
    const b = (...bytes: number[]) => Uint8Array.from(bytes);
    assert.equal(firstInvalidUtf8(Buffer.from("Tỉnh ủy 😀", "utf8")), -1);
    assert.equal(firstInvalidUtf8(b(0x61, 0x80)), 1); // stray continuation
    assert.equal(firstInvalidUtf8(b(0x61, 0xc0, 0x80)), 1); // overlong lead
    assert.equal(firstInvalidUtf8(b(0xe0, 0x80, 0x80)), 0); // overlong 3-byte
    assert.equal(firstInvalidUtf8(b(0xed, 0xa0, 0x80)), 0); // surrogate
    assert.equal(firstInvalidUtf8(b(0xf4, 0x90, 0x80, 0x80)), 0); // above U+10FFFF
    assert.equal(firstInvalidUtf8(b(0x61, 0x62, 0xe1, 0xbb)), 2); // truncated
    assert.equal(firstInvalidUtf8(b(0xff)), 0);
  });

  it("agrees with TextDecoder on random bytes", () => {
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) & 0xff;
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (let i = 0; i < 2000; i++) {
      const bytes = Uint8Array.from({ length: 1 + (i % 12) }, () => (next() < 160 ? next() & 0x7f : next()));
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8(bytes) < 0, valid, Buffer.from(bytes).toString("hex"));
    }
  });

  it("decodes leniently and locates the bad byte in the text, a BOM stripped", () => {
    const d = decodeUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Tỉnh "), Buffer.from([0xff]), Buffer.from("x")]));
    assert.equal(d.ok, false);
    if (d.ok) return;
    assert.equal(d.text, "Tỉnh \uFFFDx");
    assert.equal(d.badByte, 3 + 7); // BOM, then "Tỉnh " (ỉ takes 3 bytes)
    assert.equal(d.offset, 5);
  });
});
