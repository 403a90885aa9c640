// Writes a synthetic, deterministic corpus of N bilingual articles in the
// layout of content/ (articles/en, articles/ru, authors.json, topics.json,
// names.json, photos/), for building the site at scale with CONTENT_DIR.
//
// Usage: node scripts/bench/generateCorpus.mjs --dir /tmp/corpus --count 100 [--seed 1]
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleMdx } from './articleMdx.mjs';
import { corpusArticles } from './corpusArticles.mjs';
import { seededRandom } from './prng.mjs';
import { writeStandInPhotos } from './standInPhotos.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataFiles = ['authors.json', 'topics.json', 'names.json'];
/** How many distinct stand-in photos the corpus adds to the three in content/photos/. */
const standInCount = 12;

/**
 * @typedef {object} CorpusOptions
 * @property {string} dir the folder to write; absent or empty, and never inside content/
 * @property {number} count how many articles (each in English and Russian)
 * @property {number} [seed] the same (count, seed) writes the same bytes; default 1
 * @property {string} [contentDir] where authors, topics, names and photos are copied from
 */

/**
 * Refuses a target that is the project's content or already holds files, so
 * a mistyped --dir cannot overwrite anything.
 * @param {string} dir
 * @param {string} contentDir
 */
async function assertWritableTarget(dir, contentDir) {
  const inside = relative(resolve(contentDir), resolve(dir));
  if (inside === '' || (!inside.startsWith('..') && !inside.startsWith('/'))) {
    throw new Error(`generateCorpus: refusing to write into ${contentDir} (got --dir ${dir})`);
  }
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(`generateCorpus: ${dir} is not empty; give a new or empty folder`);
  }
}

/**
 * Generates the corpus and writes it into `dir`.
 * @param {CorpusOptions} options
 * @returns {Promise<{ dir: string, slugs: string[], photoFiles: string[] }>}
 */
export async function generateCorpus({
  dir,
  count,
  seed = 1,
  contentDir = join(projectRoot, 'content'),
}) {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`generateCorpus: count must be a positive integer, got ${count}`);
  await assertWritableTarget(dir, contentDir);
  const photosDir = join(dir, 'photos');
  await Promise.all(
    ['articles/en', 'articles/ru', 'photos'].map((sub) =>
      mkdir(join(dir, sub), { recursive: true }),
    ),
  );

  for (const file of dataFiles) await copyFile(join(contentDir, file), join(dir, file));
  const contentPhotos = (await readdir(join(contentDir, 'photos')))
    .filter((file) => /\.jpe?g$/i.test(file))
    .sort();
  for (const file of contentPhotos)
    await copyFile(join(contentDir, 'photos', file), join(photosDir, file));
  // A separate stream for the images, so changing the articles' draws never changes the photos.
  const standIns = await writeStandInPhotos(photosDir, standInCount, seed ^ 0x5eed);

  const read = async (/** @type {string} */ file) =>
    JSON.parse(await readFile(join(contentDir, file), 'utf8'));
  const [authors, topics, names] = await Promise.all(dataFiles.map(read));
  const photoFiles = [...contentPhotos, ...standIns];
  const articles = corpusArticles(seededRandom(seed), count, {
    authors: authors.map((/** @type {{ id: string }} */ author) => author.id),
    topics: topics.map((/** @type {{ id: string }} */ topic) => topic.id),
    people: names.filter((/** @type {{ kind: string }} */ name) => name.kind === 'person'),
    photoFiles,
  });

  for (const article of articles) {
    await writeFile(join(dir, 'articles/en', `${article.slug}.mdx`), articleMdx(article.en));
    await writeFile(join(dir, 'articles/ru', `${article.slug}.mdx`), articleMdx(article.ru));
  }
  return { dir, slugs: articles.map(({ slug }) => slug), photoFiles };
}

/**
 * `--name value` pairs from the command line.
 * @param {string[]} argv
 * @returns {Record<string, string>}
 */
function cliOptions(argv) {
  /** @type {Record<string, string>} */
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!name || value === undefined)
      throw new Error(`expected --name value pairs, got ${argv.join(' ')}`);
    options[name] = value;
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = cliOptions(process.argv.slice(2));
  if (!options.dir || !options.count) {
    console.error(
      'usage: node scripts/bench/generateCorpus.mjs --dir <folder> --count <N> [--seed <S>]',
    );
    process.exit(2);
  }
  const { slugs } = await generateCorpus({
    dir: options.dir,
    count: Number(options.count),
    seed: options.seed === undefined ? 1 : Number(options.seed),
  });
  console.log(`wrote ${slugs.length} articles in English and Russian to ${options.dir}`);
}
