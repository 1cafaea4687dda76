/**
 * A small seeded PRNG (mulberry32) for generated data. Demo and generated
 * datasets must be reproducible, so nothing here touches Math.random.
 */

/** 32-bit FNV-1a of a string: turns labels into seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the items, each with its relative weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /**
   * An independent stream for a label (a unit code, a purpose). Forking per
   * unit keeps one unit's people unchanged when units are added elsewhere.
   */
  fork(label: string): Rng {
    return new Rng(hashString(label) ^ Math.imul(this.seed, 0x9e3779b1));
  }
}

/** Splits `total` into `parts` positive integers with random weights in [low, high]. */
export function spread(rng: Rng, total: number, parts: number, low = 0.5, high = 1.5): number[] {
  if (parts <= 0) return [];
  if (total < parts) throw new Error(`cannot split ${total} into ${parts} positive parts`);
  const weights = Array.from({ length: parts }, () => low + rng.next() * (high - low));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor(((total - parts) * w) / sum) + 1));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % parts) {
    if (rest > 0) {
      out[i]!++;
      rest--;
    } else if (out[i]! > 1) {
      out[i]!--;
      rest++;
    }
  }
  return out;
}
