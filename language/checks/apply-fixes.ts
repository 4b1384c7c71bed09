// Applying fixes to a file's text, as ESLint's source-code fixer does: each fix becomes one
// replacement (`{range, text}`, the shape of ESLint's `fix` objects), fixes are applied in order
// of their start, and one that overlaps or touches the previous one is left for the next pass
// (re-checking the fixed text offers it again if it still applies).
import type { Finding } from "./run.js";
import type { Fix } from "./rule.js";

/** A fix as one replacement of the text between two offsets (ESLint's `fix`: `{range, text}`). */
export interface Replacement {
  range: [number, number];
  text: string;
}

/** The finding's fix that `--fix` may apply unasked (`Fix.safe`), if it has one. */
export function safeFix(finding: Pick<Finding, "fixes">): Fix | undefined {
  return finding.fixes?.find((f) => f.safe);
}

/** A fix's edits merged into one replacement: from the first edit's start to the last one's end. */
export function replacementOf(text: string, fix: Fix): Replacement {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const start = edits[0]?.span.start ?? 0;
  const end = Math.max(start, ...edits.map((e) => e.span.end));
  let out = "";
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.newText;
    at = Math.max(at, e.span.end);
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

/** The text with the fixes applied (non-overlapping ones, in order); how many were applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const replacements = fixes.map((f) => replacementOf(text, f)).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let last = Number.NEGATIVE_INFINITY;
  let at = 0;
  let applied = 0;
  for (const r of replacements) {
    if (r.range[0] <= last) continue;
    out += text.slice(at, r.range[0]) + r.text;
    at = r.range[1];
    last = r.range[1];
    applied++;
  }
  return { text: out + text.slice(at), applied };
}
