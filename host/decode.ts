// The one UTF-8 decoder for `.plan` files (the CLI and the language server both read through it,
// so a bad byte is reported at the same place by both). A file that is not valid UTF-8 is not an
// I/O error: it is decoded leniently (U+FFFD for bad bytes) so its declarations still count, and
// it carries a `syntax` problem (`invalidUtf8`) at the first bad byte. The bad byte is found in
// the bytes, never by searching the text for U+FFFD: a file may hold a literal U+FFFD before it.
import { Buffer, isUtf8 } from "node:buffer";
import type { SyntaxProblem } from "../language/index.js";

export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false;
      /** The text with each bad sequence replaced by U+FFFD. */
      text: string;
      /** Byte offset (0-based, from the start of the file) of the first bad byte. */
      badByte: number;
      /** UTF-16 offset in `text` of the U+FFFD that replaced it. */
      offset: number;
    };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

export function decodeUtf8(bytes: Uint8Array): Decoded {
  // Fast path (a cold lint decodes 56 MB): validate and decode with Buffer's native UTF-8, then
  // drop a leading BOM as the TextDecoder does. Same text as `strict.decode` for valid input.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const badByte = firstInvalidUtf8(bytes);
    const text = lenient.decode(bytes);
    // The bytes before the bad one are valid and end on a character boundary, so their decoding
    // (BOM stripped alike) is a prefix of `text`.
    const offset = badByte < 0 ? 0 : lenient.decode(bytes.subarray(0, badByte)).length;
    return { ok: false, text, badByte: Math.max(0, badByte), offset };
  }
}

/**
 * The offset of the first byte that starts an invalid sequence (a stray continuation byte, a
 * bad lead byte, a truncated, overlong or surrogate sequence, a code point above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A `.plan` file's text as parsed, and the `invalidUtf8` problem when its bytes were not UTF-8. */
export interface PlanText {
  text: string;
  invalidUtf8?: SyntaxProblem;
}

/** Decodes a `.plan` file's bytes (a leading BOM dropped). */
export function decodePlan(bytes: Uint8Array): PlanText {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text };
  const { text, offset, badByte } = decoded;
  return {
    text,
    invalidUtf8: { messageId: "invalidUtf8", data: { byte: String(badByte) }, span: { start: offset, end: Math.min(offset + 1, text.length) } },
  };
}
