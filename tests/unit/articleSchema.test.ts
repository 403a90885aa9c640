import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/articleSchema';

// Astro's image() and reference() resolve files and entries during a build;
// here they are stood in for by their input shape, so the rest of the schema
// is checked on its own.
const schema = articleSchema({
  image: () => z.string().regex(/\.(jpe?g|png|webp|avif)$/),
  author: z.string().transform((id) => ({ id, collection: 'authors' })),
  topic: z.string().transform((id) => ({ id, collection: 'topics' })),
});

const articlesDir = new URL('../../content/articles/', import.meta.url);
const realArticles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    file,
    frontmatter: parseFrontmatter(readFileSync(new URL(file, articlesDir), 'utf8')).frontmatter,
  }));

const lead = realArticles.find(({ file }) =>
  file.endsWith('en/what-do-protesting-moods-in-kazakhstan-tell-about.mdx'),
)!.frontmatter;

/** The messages for a frontmatter, each as `<field path>: <message>`. */
function problems(frontmatter: unknown): string[] {
  const result = schema.safeParse(frontmatter);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article schema', () => {
  it('finds the real articles', () => {
    expect(realArticles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(realArticles.map(({ file, frontmatter }) => [file, frontmatter]))(
    'accepts %s',
    (_, frontmatter) => {
      expect(problems(frontmatter)).toEqual([]);
    },
  );

  it.each([
    ['a missing headline', { headline: undefined }, /^headline: /],
    ['an empty standfirst', { standfirst: '  ' }, /^standfirst: must not be empty/],
    ['a date that is not a date', { published: 'early June' }, /^published: .*YYYY-MM/],
    ['no author', { authors: [] }, /^authors: name at least one author/],
    [
      'a photo without alt text',
      { photos: [{ ...lead.photos[0], alt: '' }] },
      /^photos\.0\.alt: must not be empty/,
    ],
    [
      'a photo without a credit',
      { photos: [{ ...lead.photos[0], credit: undefined }] },
      /^photos\.0\.credit: /,
    ],
    [
      'a seeAlso that is not a slug',
      { seeAlso: ['Some Title'] },
      /^seeAlso\.0: expected lower-case words/,
    ],
    [
      'a source without an address',
      { source: { name: 'X', url: 'cabar.asia' } },
      /^source\.url: expected a full address/,
    ],
    ['an unknown language', { lang: 'kk' }, /^lang: /],
    [
      'a misspelt field, which must not vanish',
      { seealso: ['brief'] },
      /^seealso: not a field of an article/,
    ],
  ])('rejects %s with a message naming the field', (_, change, message) => {
    const found = problems({ ...lead, ...change });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});
