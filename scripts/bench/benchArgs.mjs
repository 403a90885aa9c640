// The benchmark's command line: npm run bench -- [--sizes 100,500,2000]
// [--processor unified|satteri|both] [--seed 1] [--out bench-results] [--profile]

/** @typedef {'unified' | 'satteri'} Processor */

/**
 * @typedef {object} BenchArgs
 * @property {number[]} sizes corpus sizes N, ascending
 * @property {Processor[]} processors Markdown processors to build with, in order
 * @property {number} seed
 * @property {string} out output folder, relative to the project root
 * @property {boolean} profile build under node --cpu-prof and report the top costs
 */

export const usage =
  'usage: npm run bench -- [--sizes 100,500,2000] [--processor unified|satteri|both] [--seed 1] [--out bench-results] [--profile]';

/**
 * Parses the benchmark's arguments; throws with the usage on anything unknown.
 * @param {string[]} argv
 * @returns {BenchArgs}
 */
export function benchArgs(argv) {
  /** @type {BenchArgs} */
  const args = {
    sizes: [100, 500, 2000],
    processors: ['unified'],
    seed: 1,
    out: 'bench-results',
    profile: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return next;
    };
    if (flag === '--sizes') {
      const sizes = value().split(',').map(Number);
      if (sizes.length === 0 || !sizes.every((n) => Number.isInteger(n) && n > 0)) {
        throw new Error(`--sizes expects positive integers like 100,500,2000\n${usage}`);
      }
      args.sizes = [...new Set(sizes)].sort((a, b) => a - b);
    } else if (flag === '--processor') {
      const processor = value();
      if (processor === 'both') args.processors = ['unified', 'satteri'];
      else if (processor === 'unified' || processor === 'satteri') args.processors = [processor];
      else throw new Error(`--processor expects unified, satteri or both\n${usage}`);
    } else if (flag === '--seed') {
      args.seed = Number(value());
      if (!Number.isInteger(args.seed)) throw new Error(`--seed expects an integer\n${usage}`);
    } else if (flag === '--out') {
      args.out = value();
    } else if (flag === '--profile') {
      args.profile = true;
    } else {
      throw new Error(`unknown argument ${flag}\n${usage}`);
    }
  }
  return args;
}
