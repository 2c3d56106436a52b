/**
 * A small seeded pseudo-random generator (mulberry32) and the weighted pickers the
 * content generator draws its words with. No dependency, deterministic across runs
 * and platforms (only 32-bit integer arithmetic and one division).
 */

/** Mixes several integers into one 32-bit seed (splitmix/murmur-style finaliser). */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1) (mulberry32). */
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

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item, every item equally likely. */
  pick<T>(items: readonly T[]): T {
    return itemAt(items, Math.floor(this.next() * items.length));
  }

  /** `count` distinct items (or all of them if there are fewer), in random order. */
  pickDistinct<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      chosen.push(itemAt(pool, index));
      pool.splice(index, 1);
    }
    return chosen;
  }
}

export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new RangeError(`index ${index} outside a list of ${items.length}`);
  }
  return item;
}

/**
 * Picks items with Zipf-like frequencies: the item of rank r (0-based, in list order)
 * has weight 1 / (r + 1)^exponent. Lists are written most common first, so the head
 * of a list is frequent and its tail rare, as words are in real text.
 */
export class ZipfPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) throw new RangeError('a picker needs at least one item');
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let rank = 0; rank < items.length; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = sum;
    }
    this.total = sum;
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let low = 0;
    let high = this.items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? Infinity) > target) high = middle;
      else low = middle + 1;
    }
    return itemAt(this.items, low);
  }

  /** The rarest items: the last `fraction` of the list (at least one). */
  tail(fraction: number): readonly T[] {
    const size = Math.max(1, Math.round(this.items.length * fraction));
    return this.items.slice(this.items.length - size);
  }
}

/** Picks items with explicit weights. */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  private readonly items: T[] = [];

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [item, weight] of entries) {
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new RangeError('a weighted picker needs a positive total weight');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    const index = this.cumulative.findIndex((bound) => bound > target);
    return itemAt(this.items, index === -1 ? this.items.length - 1 : index);
  }
}
