// The benchmark's synthetic corpus must be a valid site content folder (or the
// benchmark measures a failing build) and the same bytes for the same seed
// (or two benchmark runs are not comparable).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generateCorpus.mjs';
import { articleIntegrityProblems, type ArticleFacts } from '../../src/data/articleIntegrity';
import { articleSchema } from '../../src/schemas/articleSchema';
import { missingPhotoFiles } from '../../src/data/missingPhotoFiles';
import { wordCount } from '../../src/lib/readingTime';

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
        const { frontmatter, content } = parseFrontmatter(source);
        return {
          id: `${lang}/${file.replace(/\.mdx$/, '')}`,
          filePath,
          frontmatter,
          body: content,
          source,
        };
      }),
  );
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

  it('points every photo at a file in the corpus', () => {
    expect(missingPhotoFiles(join(first, 'articles'))).toEqual([]);
  });

  it('passes the integrity checks the build runs', () => {
    const json = (file: string) => JSON.parse(readFileSync(join(first, file), 'utf8'));
    const people = json('names.json').filter((name: { kind: string }) => name.kind === 'person');
    const facts: ArticleFacts[] = articles.map(({ id, filePath, frontmatter, body, source }) => ({
      id,
      filePath,
      body,
      source,
      lang: frontmatter.lang,
      authors: frontmatter.authors,
      topics: frontmatter.topics,
      photos: frontmatter.photos.map((photo: { id: string }) => photo.id),
      quotes: (frontmatter.quotes ?? []).map((quote: { id: string }) => quote.id),
      seeAlso: frontmatter.seeAlso ?? [],
      basedOn: frontmatter.basedOn,
      speakers: (frontmatter.quotes ?? []).map((quote: { speaker: string }) => quote.speaker),
    }));
    const problems = articleIntegrityProblems(facts, {
      authors: new Set(json('authors.json').map((author: { id: string }) => author.id)),
      topics: new Set(json('topics.json').map((topic: { id: string }) => topic.id)),
      people: {
        en: new Set(people.map((person: { en: string }) => person.en)),
        ru: new Set(people.map((person: { ru: string }) => person.ru)),
      },
    });
    expect(problems).toEqual([]);
    // The checks only bite if the corpus uses what they check.
    expect(facts.some((fact) => fact.quotes.length > 0)).toBe(true);
    expect(facts.some((fact) => fact.seeAlso.length > 0)).toBe(true);
  });

  it('has realistic lengths and counts', () => {
    for (const { frontmatter, body } of articles) {
      expect(wordCount(body)).toBeGreaterThanOrEqual(600);
      expect(wordCount(body)).toBeLessThanOrEqual(2500);
      const paragraphs = body
        .split('\n\n')
        .map((block) => block.trim())
        .filter((block) => block !== '' && !/^(##|<)/.test(block));
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
