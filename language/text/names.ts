// One spelling per name. Vietnamese keyboards (and copy-paste from Word or PDFs) produce a letter
// like "ộ" either precomposed (NFC, one code point) or decomposed (NFD, "o" + two combining
// marks); a drafter sees the same name either way, so names are compared in NFC. Spans keep
// pointing at the text as written, so renames and highlights still cover exactly what was typed.

/** The NFC form of a name; ASCII names (the great majority) are returned as they are, without normalising. */
export function canonicalName(image: string): string {
  for (let i = 0; i < image.length; i++) if (image.charCodeAt(i) >= 0x300) return image.normalize("NFC");
  return image;
}
