// npm run bench:bodies -- --save <file> | --compare <file>
//
// Builds the site's real articles (with a fixture article in each language
// that uses every kind of Markdown, bench/fixtures/) and a sample of the
// benchmark corpus, and takes the HTML of every article body (and of every
// whole article page).
// Run it with --save before a change to the article pipeline and with
// --compare after it: each body must come out byte for byte the same,
// typography included. --compare <before.json> --with <after.json> compares
// two saved snapshots without building. See the Benchmark section of README.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generateCorpus.ts';
import {
  compareSnapshots,
  groupedDifferences,
  siteSnapshot,
  type Snapshot,
} from './bodySnapshot.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const usage =
  'usage: npm run bench:bodies -- (--save <file.json> | --compare <file.json> [--with <file.json>]) [--sample 100] [--seed 1] [--label <name>]';

const { values } = parseArgs({
  options: {
    save: { type: 'string' },
    compare: { type: 'string' },
    // Compares two saved snapshots, without building.
    with: { type: 'string' },
    sample: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    // What the snapshot is of, where the folder is not a git working copy.
    label: { type: 'string' },
  },
});
const sample = Number(values.sample);
const seed = Number(values.seed);
if (
  (!values.save && !values.compare) ||
  (values.with && !values.compare) ||
  !Number.isInteger(sample) ||
  !Number.isInteger(seed)
) {
  console.error(usage);
  process.exit(2);
}

/** Builds the site from `contentDir` into `outDir` with a fresh cache; stops on failure. */
function build(contentDir: string, outDir: string, cacheDir: string): void {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      NO_COLOR: '1',
    },
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}${result.stderr}`.trimEnd().split('\n').slice(-25).join('\n'));
    throw new Error(`the build of ${contentDir} failed`);
  }
}

/** The commit the working copy is at, marked when it has changes of its own. */
function revision(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+changes' : ''}`;
}

/** What --save writes: the snapshot and what it was taken of. */
interface Taken {
  revision: string;
  sample: number;
  seed: number;
  pages: Snapshot;
}

const readSnapshot = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Taken;

/** Prints how `taken` differs from `before`; a body that differs fails the run. */
function compare(before: Taken, taken: Taken): void {
  const pages = Object.keys(taken.pages).length;
  const differences = compareSnapshots(before.pages, taken.pages);
  const bodies = differences.filter((difference) => difference.part !== 'page');
  console.log(
    `bodies: ${before.revision} -> ${taken.revision}, ${pages} pages: ` +
      `${pages - bodies.length} bodies identical, ${bodies.length} differ; ` +
      `${differences.length - bodies.length} pages differ outside the body`,
  );
  for (const { part, before, after, addresses } of groupedDifferences(differences)) {
    const shown = addresses.slice(0, 3).join(', ');
    const more = addresses.length > 3 ? ` and ${addresses.length - 3} more` : '';
    console.log(`\n${part} of ${addresses.length} page(s): ${shown}${more}`);
    if (before || after) {
      console.log(`  before: ${JSON.stringify(before)}`);
      console.log(`  after:  ${JSON.stringify(after)}`);
    }
  }
  if (bodies.length > 0) process.exitCode = 1;
}

if (values.compare && values.with) {
  compare(readSnapshot(values.compare), readSnapshot(values.with));
  process.exit();
}

const work = mkdtempSync(join(tmpdir(), 'steppe-bodies-'));
try {
  const corpus = join(work, 'corpus');
  console.log(
    `bodies: building the site's articles and a bench sample of ${sample} (seed ${seed})`,
  );
  await generateCorpus({ dir: corpus, count: sample, seed });
  const site = join(work, 'content');
  cpSync(join(root, 'content'), site, { recursive: true });
  for (const lang of ['en', 'ru']) {
    cpSync(
      join(root, `bench/fixtures/markdown-features.${lang}.mdx`),
      join(site, `articles/${lang}/markdown-features.mdx`),
    );
  }
  const snapshot: Snapshot = {};
  for (const [name, contentDir] of [
    ['site', site],
    ['bench', corpus],
  ] as const) {
    const outDir = join(work, `out-${name}`);
    build(contentDir, outDir, join(work, `cache-${name}`));
    for (const [address, page] of Object.entries(siteSnapshot(outDir))) {
      snapshot[`${name}/${address}`] = page;
    }
  }
  const pages = Object.keys(snapshot).length;
  const taken: Taken = { revision: values.label ?? revision(), sample, seed, pages: snapshot };

  if (values.save) {
    const file = resolve(values.save);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(taken)}\n`);
    console.log(`bodies: ${pages} pages of ${taken.revision} saved to ${file}`);
  }
  if (values.compare) compare(readSnapshot(values.compare), taken);
} finally {
  rmSync(work, { recursive: true, force: true });
}
