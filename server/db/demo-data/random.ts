/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the demo data needs.
 * Same seed, same sequence: the demo data is reproducible.
 */
interface Table<K extends string> {
  keys: K[];
  cumulative: number[];
  total: number;
}
/** Weight tables are constants: their cumulative sums are computed once. */
const tables = new WeakMap<object, Table<string>>();

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One key of a { value: weight } table, proportionally to the weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let table = tables.get(weights) as Table<K> | undefined;
    if (!table) {
      const keys = Object.keys(weights) as K[];
      const cumulative: number[] = [];
      let total = 0;
      for (const key of keys) cumulative.push((total += weights[key]));
      table = { keys, cumulative, total };
      tables.set(weights, table);
    }
    const r = this.next() * table.total;
    for (let i = 0; i < table.keys.length; i++) if (r < table.cumulative[i]) return table.keys[i];
    return table.keys[table.keys.length - 1];
  }

  /** A digit string of the given length. */
  digits(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String(this.int(0, 9));
    return s;
  }

  /** Characters drawn from an alphabet. */
  chars(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** A fresh generator whose sequence depends on this one's seed and a label (stable sub-streams). */
  fork(label: number): Random {
    return new Random(Math.imul(this.state ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(label + 1, 0xc2b2ae35));
  }
}
