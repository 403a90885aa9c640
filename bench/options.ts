// The benchmark's command line: npm run bench -- [--sizes 500,2000,10000] [--at 2000]
// [--rebuild-at 2000,10000] [--runs 3] [--no-bare] [--no-archive] [--no-rebuild] [--seed 1]
// [--out bench-results] [--profile] [--memory 4]
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Corpus sizes N (articles per edition), ascending. */
  sizes: number[];
  /** The N at which the archive is built and, where it is a size, the cold build is timed `runs` times. */
  at: number;
  /** The sizes at which the rebuilds (one edit, one new article) are timed, ascending. */
  rebuildAt: number[];
  /** Cold builds of the bench corpus at `at`: the table takes the median. */
  runs: number;
  /** Build the bare Astro project from the same bodies at each size. */
  bare: boolean;
  /** Build the archive of the site's real articles at `at`. */
  archive: boolean;
  /** Time the rebuilds after each cold build at a size of `rebuildAt`. */
  rebuild: boolean;
  seed: number;
  /** Output folder, relative to the project root. */
  out: string;
  /** Build under node --cpu-prof and report the top costs. */
  profile: boolean;
  /** Build as on a machine with this many GB of memory (memoryLimit.ts), or undefined. */
  memoryGb: number | undefined;
}

const usage =
  'usage: npm run bench -- [--sizes 500,2000,10000] [--at 2000] [--rebuild-at 2000,10000] [--runs 3] [--no-bare] [--no-archive] [--no-rebuild] [--seed 1] [--out bench-results] [--profile] [--memory 4]';

const positiveIntegers = (text: string) => text.split(',').map(Number);
const isPositiveInteger = (n: number) => Number.isInteger(n) && n > 0;
const ascending = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

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
        'rebuild-at': { type: 'string', default: '2000,10000' },
        runs: { type: 'string', default: '3' },
        bare: { type: 'boolean', default: true },
        archive: { type: 'boolean', default: true },
        rebuild: { type: 'boolean', default: true },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'bench-results' },
        profile: { type: 'boolean', default: false },
        memory: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  const sizes = positiveIntegers(values.sizes);
  if (!sizes.every(isPositiveInteger)) {
    throw new Error(`--sizes expects positive integers like 500,2000,10000\n${usage}`);
  }
  const at = Number(values.at);
  if (!isPositiveInteger(at)) throw new Error(`--at expects a positive integer\n${usage}`);
  const rebuildAt = positiveIntegers(values['rebuild-at']);
  if (!rebuildAt.every(isPositiveInteger)) {
    throw new Error(`--rebuild-at expects positive integers like 2000,10000\n${usage}`);
  }
  const runs = Number(values.runs);
  if (!isPositiveInteger(runs)) throw new Error(`--runs expects a positive integer\n${usage}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects an integer\n${usage}`);
  const memoryGb = values.memory === undefined ? undefined : Number(values.memory);
  if (memoryGb !== undefined && !(memoryGb > 0)) {
    throw new Error(`--memory expects gigabytes, like 4\n${usage}`);
  }
  return {
    // The archive needs a cold build at `at` to compare with; the rebuilds one at each of theirs.
    sizes: ascending([
      ...sizes,
      ...(values.archive ? [at] : []),
      ...(values.rebuild ? rebuildAt : []),
    ]),
    at,
    rebuildAt: values.rebuild ? ascending(rebuildAt) : [],
    runs,
    bare: values.bare,
    archive: values.archive,
    rebuild: values.rebuild,
    seed,
    out: values.out,
    profile: values.profile,
    memoryGb,
  };
}
