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

// Two reusable rows for editDistance (it runs against every name of a workspace).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
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
