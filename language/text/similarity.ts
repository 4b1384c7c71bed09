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

// Folded non-ASCII names, kept across calls: the candidates are a workspace's names, asked for
// at every unknown reference. Bounded: cleared when it grows past FOLD_CACHE_MAX.
const FOLD_CACHE_MAX = 200_000;
const foldCache = new Map<string, string>();

function foldCached(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    f = foldName(s);
    foldCache.set(s, f);
  }
  return f;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
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
    let fc: string;
    if (isAscii(c)) {
      if (Math.abs(c.length - folded.length) > bestDistance) continue;
      fc = c.toLowerCase();
    } else fc = foldCached(c);
    const d = editDistance(folded, fc, bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
