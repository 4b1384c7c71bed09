// The fresh-draft fast path. In a fresh cascade almost every plan is a draft with no history:
// it starts when its parent is issued, goes through its approval steps (sometimes `returned`),
// is approved and issued. Of all that, the cascade's results only use one number: issuance minus
// start. Its law is fixed by the document's approval chain and the delay model, so it is computed
// once, exactly, by convolving the step tables along the chain (the same chain, tables, return
// probability and cap as the step-by-step path), and each run then draws it with one number
// instead of ~5. The step-by-step path remains for the recorded document (whose steps are
// reported), for drafts already under way, and wherever the chain is not a forward chain.
//
// Exactness: the step-by-step path draws each duration uniformly from a TABLE_SIZE-entry table and
// `returned` with probability p30 / 2^30, so the law of its sum is a finite convolution computed
// here without error; the only approximation is the quantile table of that law (LAG_SIZE
// entries: CDF within 1/LAG_SIZE, as fine as the step tables' own 1/TABLE_SIZE). The tests
// compare it with runs of the XState machine and of the step-by-step path.
import { LAG_SIZE, TABLE_SIZE } from "./kernel-layout.js";

/** One document's approval chain, as the kernel compiles it (offsets of quantile tables in `q`). */
export interface LagChain {
  /** Per step: the duration table, and the redraft table used for step 0 after a return. */
  tab: ArrayLike<number>;
  rework: ArrayLike<number>;
  /** Per step: the step after `submitted` (-1: `approved` ends approval), where `returned` leads (-1: not allowed). */
  next: ArrayLike<number>;
  ret: ArrayLike<number>;
}

export interface LagModel {
  /** The quantile tables the offsets point into. */
  q: Int32Array;
  issueTab: number;
  /** `returned` happens when 30 uniform bits are below this (so p = p30 / 2^30 exactly). */
  p30: number;
  maxReturns: number;
}

/** The table at `off` as (value, probability) pairs. */
function atoms(q: Int32Array, off: number): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < TABLE_SIZE; i++) {
    const v = q[off + i];
    if (values.length && values[values.length - 1] === v) weights[weights.length - 1] += 1 / TABLE_SIZE;
    else {
      values.push(v);
      weights.push(1 / TABLE_SIZE);
    }
  }
  return { values, weights };
}

/** `into += scale × (pmf ⊛ table)`; PMFs are over whole days from 0. */
function convolveInto(into: Float64Array, pmf: Float64Array, table: { values: number[]; weights: number[] }, scale: number): void {
  for (let t = 0; t < pmf.length; t++) {
    const p = pmf[t];
    if (p === 0) continue;
    for (let k = 0; k < table.values.length; k++) into[t + table.values[k]] += p * table.weights[k] * scale;
  }
}

/**
 * The law of (issuance − start) of a fresh draft: a PMF over whole days. Undefined when the chain
 * does not only go forward (then the step-by-step path is used).
 */
export function lagPmf(chain: LagChain, model: LagModel): Float64Array | undefined {
  const n = chain.tab.length;
  for (let j = 0; j < n; j++) if (chain.next[j] >= 0 && chain.next[j] <= j) return undefined;
  const p = model.p30 / 1073741824;
  const canReturn = (j: number, r: number) => chain.ret[j] >= 0 && r < model.maxReturns && model.p30 > 0;
  const levels = model.p30 > 0 ? model.maxReturns + 1 : 1;
  let longest = 0;
  for (let j = 0; j < n; j++) longest += Math.max(model.q[chain.tab[j] + TABLE_SIZE - 1], model.q[chain.rework[j] + TABLE_SIZE - 1]);
  const size = levels * longest + model.q[model.issueTab + TABLE_SIZE - 1] + 1;
  // at[r][j]: the law of the day step j is entered with r returns so far.
  const at: (Float64Array | undefined)[][] = Array.from({ length: levels + 1 }, () => new Array<Float64Array | undefined>(n));
  const slot = (r: number, j: number): Float64Array => (at[r][j] ??= new Float64Array(size));
  slot(0, 0)[0] = 1;
  const approved = new Float64Array(size);
  const tables = new Map<number, { values: number[]; weights: number[] }>();
  const table = (off: number) => tables.get(off) ?? tables.set(off, atoms(model.q, off)).get(off)!;
  for (let r = 0; r < levels; r++) {
    for (let j = 0; j < n; j++) {
      const entered = at[r][j];
      if (!entered) continue;
      // As the step-by-step path: the redraft table for step 0 after a return.
      const exit = new Float64Array(size);
      convolveInto(exit, entered, table(r > 0 && j === 0 ? chain.rework[j] : chain.tab[j]), 1);
      const back = canReturn(j, r) ? p : 0;
      if (back > 0) addScaled(slot(r + 1, chain.ret[j]), exit, back);
      addScaled(chain.next[j] < 0 ? approved : slot(r, chain.next[j]), exit, 1 - back);
    }
  }
  const lag = new Float64Array(size);
  convolveInto(lag, approved, table(model.issueTab), 1);
  return lag;
}

function addScaled(into: Float64Array, from: Float64Array, scale: number): void {
  for (let t = 0; t < from.length; t++) into[t] += from[t] * scale;
}

/** LAG_SIZE quantiles of a PMF, at probabilities (i + 0.5) / LAG_SIZE (as the step tables). */
export function lagQuantiles(pmf: Float64Array): Int32Array {
  const out = new Int32Array(LAG_SIZE);
  let t = 0;
  let cum = pmf[0];
  for (let i = 0; i < LAG_SIZE; i++) {
    const target = (i + 0.5) / LAG_SIZE;
    while (cum < target && t < pmf.length - 1) cum += pmf[++t];
    out[i] = t;
  }
  return out;
}

/** Lag tables of many documents in one flat array; documents with the same chain share one. */
export class LagTables {
  private readonly offsets = new Map<string, number>();
  private readonly chunks: Int32Array[] = [];

  constructor(private readonly model: LagModel) {}

  /** The offset of the chain's lag table in `values()`, or -1 when it has none. */
  add(chain: LagChain): number {
    const key = `${Array.from(chain.tab)}|${Array.from(chain.rework)}|${Array.from(chain.next)}|${Array.from(chain.ret)}`;
    const hit = this.offsets.get(key);
    if (hit !== undefined) return hit;
    const pmf = lagPmf(chain, this.model);
    const offset = pmf ? this.chunks.length * LAG_SIZE : -1;
    if (pmf) this.chunks.push(lagQuantiles(pmf));
    this.offsets.set(key, offset);
    return offset;
  }

  values(): Int32Array {
    const flat = new Int32Array(Math.max(1, this.chunks.length) * LAG_SIZE);
    this.chunks.forEach((c, i) => flat.set(c, i * LAG_SIZE));
    return flat;
  }
}
