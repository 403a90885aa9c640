// The benchmark's command line: npm run bench -- [--sizes 500,2000,10000] [--at 2000]
// [--no-bare] [--no-archive] [--no-rebuild] [--seed 1] [--out bench-results] [--profile]
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Corpus sizes N (articles per edition), ascending. */
  sizes: number[];
  /** The N at which the archive is built and the one-edit rebuild is timed (the goals' N). */
  at: number;
  /** Build the bare Astro project from the same bodies at each size. */
  bare: boolean;
  /** Build the archive of the site's real articles at `at`. */
  archive: boolean;
  /** Time the one-edit rebuild at `at`, after each corpus's cold build there. */
  rebuild: boolean;
  seed: number;
  /** Output folder, relative to the project root. */
  out: string;
  /** Build under node --cpu-prof and report the top costs. */
  profile: boolean;
}

const usage =
  'usage: npm run bench -- [--sizes 500,2000,10000] [--at 2000] [--no-bare] [--no-archive] [--no-rebuild] [--seed 1] [--out bench-results] [--profile]';

const positiveIntegers = (text: string) => text.split(',').map(Number);

/** Parses the benchmark's arguments; throws with the usage on anything unknown. */
export function benchOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowNegative: true,
      options: {
        sizes: { type: 'string', default: '500,2000,10000' },
        at: { type: 'string', default: '2000' },
        bare: { type: 'boolean', default: true },
        archive: { type: 'boolean', default: true },
        rebuild: { type: 'boolean', default: true },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'bench-results' },
        profile: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  const sizes = positiveIntegers(values.sizes);
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error(`--sizes expects positive integers like 500,2000,10000\n${usage}`);
  }
  const at = Number(values.at);
  if (!Number.isInteger(at) || at < 1) throw new Error(`--at expects a positive integer\n${usage}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects an integer\n${usage}`);
  return {
    // The archive and the rebuild need a cold build at `at` to compare with.
    sizes: [...new Set([...sizes, ...(values.archive || values.rebuild ? [at] : [])])].sort(
      (a, b) => a - b,
    ),
    at,
    bare: values.bare,
    archive: values.archive,
    rebuild: values.rebuild,
    seed,
    out: values.out,
    profile: values.profile,
  };
}
