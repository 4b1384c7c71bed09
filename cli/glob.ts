// `plancode.json` `ignore` patterns → RegExp. Patterns are relative to the folder holding
// plancode.json and anchored there: `**` any number of folders, `*` any characters within one
// path segment, `?` one character of a segment; everything else is literal. A pattern naming a
// folder (`drafts`, `drafts/`) also matches everything below it. Same semantics as the language
// server's matcher (server/glob.ts), so editor and CLI ignore the same files.
import { globMatcher, type PathPattern } from "../language/index.js";

/**
 * Compiles a pattern. Not a RegExp any more: one with several stars backtracked exponentially on
 * a path it does not match, and plancode.json is input (language/text/glob.ts matches in linear
 * time, with the same semantics).
 */
export function globToRegExp(glob: string): PathPattern {
  return globMatcher(glob);
}

/** A matcher for a list of patterns; `test(rel)` takes a `/`-separated path relative to the patterns' folder. */
export function ignoreMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const res = patterns.filter((p) => p.trim() !== "").map(globToRegExp);
  return (rel) => res.some((re) => re.test(rel));
}
