// Finds English words in a text meant to be Vietnamese (issue 16: "mỗi 6 months", "Issued · since
// 2023-10-15" on a Vietnamese screen). Vietnamese needs no dictionary to be told apart: a word
// without diacritics must still be one Vietnamese syllable (an initial consonant, one to three
// vowels, a final consonant: `cho`, `theo`, `khi`, `trong`), which `months`, `report`, `since`,
// `drafting` and `seed` are not. Short English words that happen to fit (`the`, `not`) are listed.
// Not words: what is quoted ('covers', "…", `x`), placeholders ({name}), codes and acronyms (KL57,
// UBND, PDF), names and paths with digits, dashes, dots or slashes (btg-tu-tq, plancode.json,
// --format, D/M/YYYY), and the few product and format names a Vietnamese sentence uses as they are.

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** English words that are also the shape of a Vietnamese syllable, and never Vietnamese here. */
const ENGLISH_SYLLABLES = new Set(["the", "that", "not", "but", "then", "than", "day", "may", "say", "see", "been", "each", "time", "mean"]);

/** Names used as they are in Vietnamese text: products, formats, file kinds, flag values. */
export const ALLOWED = new Set([
  "plancode",
  "json",
  "lsp",
  "stdio",
  "word",
  "excel",
  "pdf",
  "html",
  "docx",
  "mermaid",
  "graphviz",
  "dot",
  "text",
  "stylish",
  "compact",
  "sarif",
  "github",
  "junit",
  "utf",
  "iso",
  "code",
  "lens",
  "output",
  "libreoffice",
  "chromium",
  "vs",
  "auto",
  "off",
  "info",
  "warning",
  "error",
  "markdown",
  "unicode",
  "ascii",
  "nfc",
  "nfd",
  "bom",
  "csv",
  "web",
  "mermaid",
  "ctrl",
  "byte",
  "eslint",
  "javascript",
  "enter",
  "tab",
  "esc",
]);

/** The English words of `text` (lower-cased, each once, in order of appearance). */
export function englishWords(text: string, allowed: ReadonlySet<string> = ALLOWED): string[] {
  const prose = text
    .replace(/\{[^}]*\}/g, " ") // placeholders
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`|‘[^’\n]*’|“[^”\n]*”/g, " ") // what is quoted
    .replace(/\S*[\d\-./\\_@#$%=<>|]\S*/g, " "); // names, codes, paths, flags, dates
  const found: string[] = [];
  for (const match of prose.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const word = match[0];
    if (/[^\u0000-\u007f]/.test(word)) continue; // diacritics: Vietnamese
    if (word.length === 1 || word === word.toUpperCase()) continue; // a letter (N, K), an acronym or a code
    const lower = word.toLowerCase();
    if (allowed.has(lower)) continue;
    if (SYLLABLE.test(lower) && !ENGLISH_SYLLABLES.has(lower)) continue;
    if (!found.includes(lower)) found.push(lower);
  }
  return found;
}
