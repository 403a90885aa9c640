// The benchmark's synthetic corpus must be a valid site content folder (or the
// benchmark measures a failing build) and the same bytes for the same seed
// (or two benchmark runs are not comparable).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveCorpus, copiedArticle } from '../corpus/archiveCorpus.ts';
import { generateCorpus } from '../corpus/generateCorpus.ts';
import { factsOf } from '../../src/check/articleFacts';
import { bodyComponentLists } from '../../src/schemas/bodyComponents';
import { checkContentFiles } from '../../src/check/contentCheck';
import { frontmatterData } from '../../src/check/frontmatterData';
import { articleSchema } from '../../src/schemas/articleSchema';
import { wordCount } from '../../src/lib/readingTime';
import { readMdxFile } from '../../src/loaders/mdxFile';

// As in articleSchema.test.ts: image() and reference() stood in for by their input shape.
const schema = articleSchema({
  image: () => z.string().regex(/\.(jpe?g|png|webp|avif)$/),
  author: z.string().transform((id) => ({ id, collection: 'authors' })),
  topic: z.string().transform((id) => ({ id, collection: 'topics' })),
});

const work = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, relative path to SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(
    files
      .map((file) => [
        file.slice(dir.length + 1),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

interface Written {
  id: string;
  filePath: string;
  frontmatter: Record<string, any>;
  body: string;
  source: string;
}

function readArticles(dir: string): Written[] {
  return ['en', 'ru'].flatMap((lang) =>
    readdirSync(join(dir, 'articles', lang))
      .sort()
      .map((file) => {
        const filePath = join(dir, 'articles', lang, file);
        const source = readFileSync(filePath, 'utf8');
        // Read as the content check and the loader read it.
        const read = frontmatterData(source);
        if (read.problem) throw new Error(`${filePath}: ${read.problem.message}`);
        return {
          id: `${lang}/${file.replace(/\.mdx$/, '')}`,
          filePath,
          frontmatter: read.data,
          body: read.body,
          source,
        };
      }),
  );
}

/**
 * The checks the build runs on a corpus folder: the content check on the
 * files as written (src/check/contentCheck.ts), then each body as the
 * content loader renders it.
 */
async function integrityOf(dir: string, articles: Written[]) {
  const { problems } = await checkContentFiles({
    contentDir: dir,
    cwd: dir,
    site: new URL('https://steppe-bulletin.example/'),
    routeFiles: readdirSync(new URL('../../src/pages/', import.meta.url), {
      recursive: true,
      encoding: 'utf8',
    }),
  });
  for (const { filePath, source } of articles) {
    const read = await readMdxFile(source, {
      file: filePath,
      root: dir,
      components: bodyComponentLists,
      parse: async (data) => schema.parse(data) as Record<string, unknown>,
    });
    problems.push(...('failures' in read ? read.failures : read.facts.problems));
  }
  const facts = articles.map(({ id, filePath, source, frontmatter }) => {
    const [lang = '', slug = ''] = id.split('/');
    return factsOf({ lang, slug, show: filePath, source, frontmatter });
  });
  return { facts, problems };
}

describe('generateCorpus', () => {
  const first = join(work, 'first');
  let articles: Written[] = [];

  beforeAll(async () => {
    await generateCorpus({ dir: first, count: 5, seed: 7 });
    articles = readArticles(first);
  });

  it('writes N articles in each language, paired by slug, with the data files and photos', () => {
    const slugs = (lang: string) => readdirSync(join(first, 'articles', lang)).sort();
    expect(slugs('en')).toHaveLength(5);
    expect(slugs('ru')).toEqual(slugs('en'));
    for (const file of ['authors.json', 'topics.json', 'names.json']) {
      expect(readFileSync(join(first, file), 'utf8')).toBe(
        readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'),
      );
    }
    expect(readdirSync(join(first, 'pages/en'))).toEqual(
      readdirSync(new URL('../../content/pages/en/', import.meta.url)),
    );
    const photos = readdirSync(join(first, 'photos'));
    expect(photos).toEqual(
      expect.arrayContaining(readdirSync(new URL('../../content/photos/', import.meta.url))),
    );
    expect(photos.filter((file) => file.startsWith('bench-stand-in-'))).toHaveLength(12);
    // Distinct stand-ins, not twelve copies of one image.
    const hashes = new Set(Object.values(fingerprint(join(first, 'photos'))));
    expect(hashes.size).toBe(photos.length);
  });

  it('writes the same bytes for the same count and seed, and others for another seed', async () => {
    const again = join(work, 'again');
    const otherSeed = join(work, 'other-seed');
    await generateCorpus({ dir: again, count: 5, seed: 7 });
    await generateCorpus({ dir: otherSeed, count: 5, seed: 8 });
    expect(fingerprint(again)).toEqual(fingerprint(first));
    expect(fingerprint(otherSeed)).not.toEqual(fingerprint(first));
  });

  it('passes the article schema', () => {
    for (const { frontmatter } of articles) {
      const result = schema.safeParse(frontmatter);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it('passes the checks the build runs (photo files included)', async () => {
    const { facts, problems } = await integrityOf(first, articles);
    expect(problems).toEqual([]);
    // The checks only bite if the corpus uses what they check.
    expect(facts.some((fact) => (fact.quotes ?? []).length > 0)).toBe(true);
    expect(facts.some((fact) => (fact.seeAlso ?? []).length > 0)).toBe(true);
  });

  it('has realistic lengths and counts', () => {
    for (const { frontmatter, body } of articles) {
      expect(wordCount(body)).toBeGreaterThanOrEqual(600);
      expect(wordCount(body)).toBeLessThanOrEqual(2500);
      const paragraphs = body
        .split('\n\n')
        .map((block) => block.trim())
        // Headings, components, and the quotations that report the pull quotes' words.
        .filter((block) => block !== '' && !/^(##|<|")/.test(block));
      for (const paragraph of paragraphs) {
        expect(wordCount(paragraph)).toBeGreaterThanOrEqual(40);
        expect(wordCount(paragraph)).toBeLessThanOrEqual(120);
      }
      expect(frontmatter.photos.length).toBeGreaterThanOrEqual(1);
      expect(frontmatter.photos.length).toBeLessThanOrEqual(4);
      expect(frontmatter.topics.length).toBeGreaterThanOrEqual(1);
      expect(frontmatter.topics.length).toBeLessThanOrEqual(3);
      expect((frontmatter.quotes ?? []).length).toBeLessThanOrEqual(2);
      expect((frontmatter.seeAlso ?? []).length).toBeLessThanOrEqual(3);
      expect(frontmatter.published).toBeInstanceOf(Date);
      const year = (frontmatter.published as Date).getUTCFullYear();
      expect(year).toBeGreaterThanOrEqual(2015);
      expect(year).toBeLessThanOrEqual(2024);
    }
  });

  it('writes Latin filler in English and Cyrillic in Russian, with unique headlines', () => {
    for (const lang of ['en', 'ru']) {
      const edition = articles.filter(({ id }) => id.startsWith(`${lang}/`));
      const headlines = edition.map(({ frontmatter }) => frontmatter.headline);
      expect(new Set(headlines).size).toBe(headlines.length);
      for (const { body } of edition) {
        expect(/[а-яё]/i.test(body)).toBe(lang === 'ru');
      }
    }
  });

  it('refuses to write into content/ or into a folder that holds files', async () => {
    await expect(
      generateCorpus({ dir: new URL('../../content/bench', import.meta.url).pathname, count: 1 }),
    ).rejects.toThrow(/refusing to write into/);
    await expect(generateCorpus({ dir: first, count: 1 })).rejects.toThrow(/not empty/);
  });
});

describe('archiveCorpus', () => {
  const dir = join(work, 'archive');
  const content = new URL('../../content/', import.meta.url).pathname;
  const realSlugs = readdirSync(join(content, 'articles/en')).map((file) =>
    file.replace(/\.mdx$/, ''),
  );
  let articles: Written[] = [];

  beforeAll(async () => {
    const { n } = await archiveCorpus({ dir, count: realSlugs.length + 1 });
    expect(n).toBe(2 * realSlugs.length);
    articles = readArticles(dir);
  });

  it('copies every real article under new slugs, its photos and the data files', () => {
    expect(readdirSync(join(dir, 'articles/en')).sort()).toEqual(
      realSlugs.flatMap((slug) => [`${slug}-1.mdx`, `${slug}-2.mdx`]).sort(),
    );
    expect(readdirSync(join(dir, 'photos')).sort()).toEqual(
      readdirSync(join(content, 'photos')).sort(),
    );
    expect(readFileSync(join(dir, 'names.json'), 'utf8')).toBe(
      readFileSync(join(content, 'names.json'), 'utf8'),
    );
  });

  it("points each copy's links at the same copy of the others, and leaves other text alone", () => {
    const linked = articles.filter(({ frontmatter }) => (frontmatter.seeAlso ?? []).length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const { id, frontmatter, body } of articles) {
      const copy = id.split('-').at(-1);
      const targets = [
        ...(frontmatter.seeAlso ?? []),
        ...(frontmatter.basedOn ? [frontmatter.basedOn] : []),
      ];
      for (const target of targets) expect(target).toMatch(new RegExp(`-${copy}$`));
      for (const [, target] of body.matchAll(/<SeeAlso id="([^"]+)"/g)) {
        expect(target).toMatch(new RegExp(`-${copy}$`));
      }
      // A source's address names the original article, and stays so.
      if (frontmatter.source) expect(frontmatter.source.url).not.toMatch(/-\d+$/);
    }
  });

  it('passes the checks the build runs (photo files included)', async () => {
    expect((await integrityOf(dir, articles)).problems).toEqual([]);
  });

  it('copies a body word for word, but for the links it moves', () => {
    const original = readFileSync(join(content, 'articles/ru', `${realSlugs[0]}.mdx`), 'utf8');
    const moved = new RegExp(`(${realSlugs.join('|')})-3\\b`, 'g');
    expect(copiedArticle(original, realSlugs, 3).replace(moved, '$1')).toBe(original);
  });
});
