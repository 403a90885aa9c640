// Writes a synthetic, deterministic corpus of N bilingual articles in the
// layout of content/ (articles/en, articles/ru, authors.json, topics.json,
// names.json, pages/, photos/), for building the site at scale with CONTENT_DIR.
//
// Usage: node bench/corpus/generateCorpus.ts --dir /tmp/corpus --count 100 [--seed 1]
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleMdx } from './articleMdx.ts';
import { corpusArticles } from './corpusArticles.ts';
import { seededRandom } from './prng.ts';
import { writeStandInPhotos } from './standInPhotos.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataFiles = ['authors.json', 'topics.json', 'names.json'];
/** How many distinct stand-in photos the corpus adds to the three in content/photos/. */
const standInCount = 12;

export interface CorpusOptions {
  /** The folder to write; absent or empty, and never inside content/. */
  dir: string;
  /** How many articles (each in English and Russian). */
  count: number;
  /** The same (count, seed) writes the same bytes; default 1. */
  seed?: number;
  /** Where authors, topics, names and photos are copied from. */
  contentDir?: string;
}

/**
 * Refuses a target that is the project's content or already holds files, so
 * a mistyped --dir cannot overwrite anything.
 */
export async function assertWritableTarget(dir: string, contentDir: string): Promise<void> {
  const inside = relative(resolve(contentDir), resolve(dir));
  if (inside === '' || (!inside.startsWith('..') && !inside.startsWith('/'))) {
    throw new Error(`corpus: refusing to write into ${contentDir} (got ${dir})`);
  }
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(`corpus: ${dir} is not empty; give a new or empty folder`);
  }
}

/**
 * Copies what the articles refer to but the corpus does not make (authors,
 * topics, names) and the site's own pages (About: every edition has one)
 * from `contentDir` into the corpus at `dir`. The pages' links to the
 * site's articles, which a corpus does not have, are left as their text.
 */
export async function copyDataFiles(contentDir: string, dir: string): Promise<void> {
  for (const file of dataFiles) await copyFile(join(contentDir, file), join(dir, file));
  await cp(join(contentDir, 'pages'), join(dir, 'pages'), { recursive: true });
  for (const file of await readdir(join(dir, 'pages'), { recursive: true })) {
    if (!file.endsWith('.mdx')) continue;
    const path = join(dir, 'pages', file);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/\[([^\]]*)\]\(\.\.\/articles\/[^)]*\)/g, '$1'));
  }
}

/** Generates the corpus and writes it into `dir`. */
export async function generateCorpus({
  dir,
  count,
  seed = 1,
  contentDir = join(projectRoot, 'content'),
}: CorpusOptions): Promise<{ dir: string; slugs: string[]; photoFiles: string[] }> {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`corpus: count must be a positive integer, got ${count}`);
  await assertWritableTarget(dir, contentDir);
  const photosDir = join(dir, 'photos');
  await Promise.all(
    ['articles/en', 'articles/ru', 'photos'].map((sub) =>
      mkdir(join(dir, sub), { recursive: true }),
    ),
  );

  await copyDataFiles(contentDir, dir);
  const contentPhotos = (await readdir(join(contentDir, 'photos')))
    .filter((file) => /\.jpe?g$/i.test(file))
    .sort();
  for (const file of contentPhotos)
    await copyFile(join(contentDir, 'photos', file), join(photosDir, file));
  // A separate stream for the images, so changing the articles' draws never changes the photos.
  const standIns = await writeStandInPhotos(photosDir, standInCount, seed ^ 0x5eed);

  const read = async (file: string) => JSON.parse(await readFile(join(contentDir, file), 'utf8'));
  const [authors, topics, names] = await Promise.all(dataFiles.map(read));
  const photoFiles = [...contentPhotos, ...standIns];
  const articles = corpusArticles(seededRandom(seed), count, {
    authors: authors.map((author: { id: string }) => author.id),
    topics: topics.map((topic: { id: string }) => topic.id),
    people: names.filter((name: { kind: string }) => name.kind === 'person'),
    photoFiles,
  });

  for (const article of articles) {
    await writeFile(join(dir, 'articles/en', `${article.slug}.mdx`), articleMdx(article.en));
    await writeFile(join(dir, 'articles/ru', `${article.slug}.mdx`), articleMdx(article.ru));
  }
  return { dir, slugs: articles.map(({ slug }) => slug), photoFiles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.dir || !values.count) {
    console.error(
      'usage: node bench/corpus/generateCorpus.ts --dir <folder> --count <N> [--seed <S>]',
    );
    process.exit(2);
  }
  const { slugs } = await generateCorpus({
    dir: values.dir,
    count: Number(values.count),
    seed: Number(values.seed),
  });
  console.log(`wrote ${slugs.length} articles in English and Russian to ${values.dir}`);
}
