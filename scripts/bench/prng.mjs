// A tiny seeded PRNG for the benchmark corpus. The corpus must be the same
// bytes for the same seed on every machine, so Math.random is out and no
// dependency is worth it for twenty lines.

/**
 * mulberry32: a 32-bit seeded generator returning floats in [0, 1).
 * @param {number} seed any integer; the same seed gives the same sequence
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {object} Random
 * @property {() => number} next a float in [0, 1)
 * @property {(min: number, max: number) => number} int an integer in [min, max], both included
 * @property {<T>(items: readonly T[]) => T} pick one item
 * @property {<T>(items: readonly T[], count: number) => T[]} sample `count` distinct items, in drawn order
 * @property {(probability: number) => boolean} chance true with this probability
 */

/**
 * The helpers the generator draws with, all from one seeded stream so that
 * the order of draws alone decides the output.
 * @param {number} seed
 * @returns {Random}
 */
export function seededRandom(seed) {
  const next = mulberry32(seed);
  const int = (/** @type {number} */ min, /** @type {number} */ max) =>
    min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: no items to pick from');
      return /** @type {any} */ (items[int(0, items.length - 1)]);
    },
    sample: (items, count) => {
      // A partial Fisher–Yates shuffle: exactly `count` draws, no repeats.
      const pool = [...items];
      const taken = Math.min(count, pool.length);
      for (let i = 0; i < taken; i += 1) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [/** @type {any} */ (pool[j]), /** @type {any} */ (pool[i])];
      }
      return pool.slice(0, taken);
    },
    chance: (probability) => next() < probability,
  };
}
