// A tiny seeded PRNG for the benchmark corpus. The corpus must be the same
// bytes for the same seed on every machine, so Math.random is out and no
// dependency is worth it for twenty lines.

/** mulberry32: a 32-bit seeded generator returning floats in [0, 1); the same seed, the same sequence. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The helpers the generator draws with. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** One item. */
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in drawn order. */
  sample: <T>(items: readonly T[], count: number) => T[];
  /** True with this probability. */
  chance: (probability: number) => boolean;
}

/**
 * The helpers the generator draws with, all from one seeded stream so that
 * the order of draws alone decides the output.
 */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick: no items to pick from');
      return items[int(0, items.length - 1)] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      // A partial Fisher–Yates shuffle: exactly `count` draws, no repeats.
      const pool = [...items];
      const taken = Math.min(count, pool.length);
      for (let i = 0; i < taken; i += 1) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, taken);
    },
    chance: (probability: number) => next() < probability,
  };
}
