// "Did you mean": the closest candidate by edit distance, comparing names without diacritics and
// case so `tinh-uy-binh-dương` finds `tinh-uy-binh-duong`.

export function foldName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

// Three reusable rows for editDistance (it runs against every name of a workspace).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment, as rustc's suggestions do): `lnit` is one slip away from `lint`, not two.
 * Stops early once the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
    rowC = new Int32Array(b.length * 2 + 1);
  }
  let before = rowC; // row i - 2
  let prev = rowA; // row i - 1
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb && before[j - 2] + 1 < v) v = before[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows, so stop only when both of the last two rows are past the limit.
    if (rowMin > limit && (i === 1 || minOf(prev, b.length) > limit)) return limit + 1;
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

function minOf(row: Int32Array, last: number): number {
  let m = row[0];
  for (let j = 1; j <= last; j++) if (row[j] < m) m = row[j];
  return m;
}

// Folded non-ASCII names, kept across calls and across workspace states: the candidates are a
// workspace's names, asked for at every unknown reference, and the language server rebuilds its
// name index after edits (Unicode normalisation is the costly part). Bounded: cleared when it
// grows past FOLD_CACHE_MAX entries. A name taken from a file is a slice of the file's text, and
// V8 keeps a slice's whole parent alive: the cache keeps a copy, or every version of every file
// an editor ever sent would stay in memory through it.
const FOLD_CACHE_MAX = 200_000;
const foldCache = new Map<string, string>();

function foldCached(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    f = foldName(s);
    foldCache.set(detached(s), f);
  }
  return f;
}

/**
 * A copy of `s` that holds on to no larger string it was cut from: V8 makes the concatenation
 * flat (a fresh copy) before slicing it, so the result points into that copy only. Five times
 * cheaper than a JSON round trip; the test in test/language/similarity.test.ts watches it.
 */
function detached(s: string): string {
  return (" " + s).slice(1);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A candidate folded as `closest` folds it: an ASCII name to its lower case, any other by `foldName` (cached). */
export function foldCandidate(s: string): string {
  return isAscii(s) ? s.toLowerCase() : foldCached(s);
}

/** The candidate closest to `name`, if it is close enough to be a plausible typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const folded = foldName(name);
  const limit = Math.max(1, Math.min(4, Math.floor(folded.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === name) continue;
    // An ASCII name folds to its lower case, of the same length: when the lengths alone put it
    // further than the best so far, skip it without folding (editDistance would say so anyway).
    if (Math.abs(c.length - folded.length) > bestDistance && isAscii(c)) continue;
    const fc = foldCandidate(c);
    const d = editDistance(folded, fc, bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
