// A small glob matcher for `plancode.json` `ignore` patterns: `**` (any folders), `*` (within one
// path segment), `?`, and a trailing `/` or a bare folder name matching everything below it.
// Linear time (language/text/glob.ts): a RegExp backtracked exponentially on patterns with
// several stars, and plancode.json is input.
import { globMatcher, type PathPattern } from "../language/index.js";

export function globToRegExp(glob: string): PathPattern {
  return globMatcher(glob);
}
