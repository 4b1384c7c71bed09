// Seeded randomness for simulation: mulberry32 (a 32-bit PRNG: tiny, fast, good enough for Monte
// Carlo; same seed → same sequence on every platform) and distributions turned into quantile
// tables, so that drawing a duration in the inner loop is one PRNG call and one array read. The
// kernel's own per-run streams (sfc32) are in kernel-run.ts.
import { TABLE_SIZE } from "./kernel-layout.js";

/** mulberry32: returns a function giving uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The standard normal quantile function (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}


export type Distribution =
  /** Whole days, log-normal with this median and log-space standard deviation, at least `min`. */
  | { kind: "lognormal"; median: number; sigma: number; min: number }
  /** Whole days, normal (may be negative: early). */
  | { kind: "normal"; mean: number; sd: number };

function quantile(dist: Distribution, p: number): number {
  const z = normalQuantile(p);
  if (dist.kind === "normal") return Math.round(dist.mean + dist.sd * z);
  const median = Math.max(dist.median, 1e-6);
  return Math.max(dist.min, Math.round(median * Math.exp(dist.sigma * z)));
}

/**
 * A set of quantile tables in one flat Int32Array; each table is TABLE_SIZE sorted whole-day
 * values. Identical distributions share a table.
 */
export class Tables {
  private readonly offsets = new Map<string, number>();
  private readonly chunks: Int32Array[] = [];
  private flat: Int32Array | undefined;

  /** The offset of the table of `dist` in `values()`. */
  add(dist: Distribution): number {
    const key = JSON.stringify(dist);
    const hit = this.offsets.get(key);
    if (hit !== undefined) return hit;
    const table = new Int32Array(TABLE_SIZE);
    for (let i = 0; i < TABLE_SIZE; i++) table[i] = quantile(dist, (i + 0.5) / TABLE_SIZE);
    const offset = this.chunks.length * TABLE_SIZE;
    this.chunks.push(table);
    this.offsets.set(key, offset);
    this.flat = undefined;
    return offset;
  }

  values(): Int32Array {
    if (!this.flat) {
      this.flat = new Int32Array(this.chunks.length * TABLE_SIZE);
      this.chunks.forEach((c, i) => this.flat!.set(c, i * TABLE_SIZE));
    }
    return this.flat;
  }
}
