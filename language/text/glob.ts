// `plancode.json` `ignore` patterns, matched in linear time. Patterns are relative to the folder
// holding plancode.json and anchored there: `**/` any number of whole folders, `**` anything,
// `*` any characters within one path segment, `?` one character of a segment; everything else is
// literal. A pattern naming a folder (`drafts`, `drafts/`) also matches everything below it.
//
// Compiling a pattern to a RegExp (`*` → `[^/]*`) let V8's backtracking take exponential time on
// a pattern with several stars and a path that does not match (`*a*a*a*a*a*a*c` against 80
// `a`s: minutes), and `plancode.json` is input, so a workspace could hang `plancode lint` and the
// language server. Here the pattern runs as an NFA over the path's code points: O(path × pattern).

/** What a compiled pattern offers (the `test` of the RegExp it replaces). */
export interface PathPattern {
  readonly source: string;
  test(relativePath: string): boolean;
}

type Token = { kind: "char"; ch: string } | { kind: "one" } | { kind: "segment" } | { kind: "anything" } | { kind: "folders" };

function tokens(glob: string): Token[] {
  let g = glob.trim().replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/^\/+/, "");
  if (g.endsWith("/")) g += "**";
  const chars = Array.from(g);
  const out: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*") {
      if (chars[i + 1] === "*") {
        const slash = chars[i + 2] === "/";
        out.push({ kind: slash ? "folders" : "anything" });
        i += slash ? 2 : 1;
      } else out.push({ kind: "segment" });
    } else if (c === "?") out.push({ kind: "one" });
    else out.push({ kind: "char", ch: c });
  }
  return out;
}

export function globMatcher(glob: string): PathPattern {
  const toks = tokens(glob);
  const n = toks.length;
  return {
    source: glob,
    test(relativePath: string): boolean {
      const path = Array.from(relativePath);
      // at[k]: about to match token k; inside[k]: within a `**/` (token k) that has read at least
      // one character since its last `/`.
      let at = new Uint8Array(n + 1);
      let inside = new Uint8Array(n + 1);
      const close = (a: Uint8Array): void => {
        for (let k = 0; k < n; k++) if (a[k] && toks[k].kind !== "char" && toks[k].kind !== "one") a[k + 1] = 1;
      };
      at[0] = 1;
      close(at);
      for (let i = 0; ; i++) {
        // Accept: the whole pattern matched, at the end or before a `/` (a folder's contents).
        if (at[n] && (i === path.length || path[i] === "/")) return true;
        if (i === path.length) return false;
        const c = path[i];
        const slash = c === "/";
        const nextAt = new Uint8Array(n + 1);
        const nextInside = new Uint8Array(n + 1);
        let alive = false;
        for (let k = 0; k < n; k++) {
          if (at[k]) {
            const t = toks[k];
            if (t.kind === "char") {
              if (t.ch === c) nextAt[k + 1] = 1;
            } else if (t.kind === "one") {
              if (!slash) nextAt[k + 1] = 1;
            } else if (t.kind === "segment") {
              if (!slash) nextAt[k] = 1;
            } else if (t.kind === "anything") nextAt[k] = 1;
            else {
              nextInside[k] = 1;
              if (slash) nextAt[k + 1] = 1;
            }
          }
          if (inside[k]) {
            nextInside[k] = 1;
            if (slash) nextAt[k + 1] = 1;
          }
        }
        close(nextAt);
        for (let k = 0; k <= n; k++) if (nextAt[k] || nextInside[k]) alive = true;
        if (!alive) return false;
        at = nextAt;
        inside = nextInside;
      }
    },
  };
}

/**
 * A matcher for a list of `ignore` patterns (blank ones skipped); `test(rel)` takes a
 * `/`-separated path relative to the patterns' folder, with a trailing `/` for a folder.
 */
export function ignoreMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.filter((p) => p.trim() !== "").map(globMatcher);
  return (rel) => compiled.some((pattern) => pattern.test(rel));
}
