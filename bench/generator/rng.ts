// A small seeded PRNG (sfc32, seeded through splitmix32) so that a workspace is a pure function of
// (seed, scale, mistakes). Never use Math.random in the generator.

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const next = splitmix32(seed);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A derived generator: the same (parent seed, label) always gives the same stream, whatever was drawn before. */
  static derive(seed: number, label: string): Rng {
    let h = seed >>> 0 ^ 0x811c9dc5;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return new Rng(h);
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** `n` distinct items in their original order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const idx = this.shuffle(items.map((_, i) => i)).slice(0, Math.min(n, items.length));
    return idx.sort((a, b) => a - b).map((i) => items[i]);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** Splits `total` into `parts` positive integers with random weights in [lo, hi]. */
  split(total: number, parts: number, lo = 1, hi = 3): number[] {
    if (parts <= 0) return [];
    const weights = Array.from({ length: parts }, () => lo + this.float() * (hi - lo));
    const sum = weights.reduce((a, b) => a + b, 0);
    const out = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
    let diff = total - out.reduce((a, b) => a + b, 0);
    for (let i = 0; diff !== 0; i = (i + 1) % parts) {
      if (diff > 0) {
        out[i]++;
        diff--;
      } else if (out[i] > 1) {
        out[i]--;
        diff++;
      } else if (out.every((x) => x <= 1)) break;
    }
    return out;
  }
}
