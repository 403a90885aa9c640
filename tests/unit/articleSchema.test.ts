import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/articleSchema';
import { fieldIssues } from '../../src/schemas/fields';

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

/** A photo that is in place (the lead's are unavailable): alt text instead of `unavailable`. */
const shown = {
  id: 'portrait',
  src: '../../photos/alimzhan-izbasarov.jpg',
  alt: 'Alimzhan Izbasarov',
  caption: 'Alimzhan Izbasarov',
  credit: 'RFE/RL',
};

/** The messages for a frontmatter, each as `<field path>: <message>`. */
function problems(frontmatter: unknown): string[] {
  const result = schema.safeParse(frontmatter);
  return result.success
    ? []
    : fieldIssues(result.error.issues).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
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
      'a photo with empty alt text',
      { photos: [{ ...shown, alt: '' }] },
      /^photos\.0\.alt: must not be empty/,
    ],
    [
      'a photo neither described nor marked unavailable',
      { photos: [{ ...shown, alt: undefined }] },
      /^photos\.0\.alt: missing: expected what the image shows/,
    ],
    [
      'an unavailable photo with alt text',
      { photos: [{ ...shown, unavailable: true }] },
      /^photos\.0\.unavailable: an unavailable photo is not shown, so it has no alt text/,
    ],
    [
      'unavailable set to anything but true or false',
      { photos: [{ ...shown, alt: undefined, unavailable: 'yes' }] },
      /^photos\.0\.unavailable: expected true or false, or no such line/,
    ],
    [
      'an events date that is not a date',
      { events: 'spring 2019' },
      /^events: expected a date as YYYY-MM-DD, or YYYY-MM/,
    ],
    [
      "a translation from the edition's own language",
      { translation: { from: 'en', by: ['bulletin-newsroom'] } },
      /^translation\.from: is "en", the language of this edition; expected the language it was translated from/,
    ],
    [
      'a translation without translators',
      { lang: 'ru', translation: { from: 'en', by: [] } },
      /^translation\.by: name who translated it/,
    ],
    [
      'a headline credited to another publisher on an article that is not a brief',
      { headlineFrom: 'CABAR.asia' },
      /^headlineFrom: is for a brief: expected basedOn/,
    ],
    [
      'a photo without a credit',
      { photos: [{ ...lead.photos[0], credit: undefined }] },
      /^photos\.0\.credit: /,
    ],
    [
      'a seeAlso that is not a slug',
      { seeAlso: ['Some Title'] },
      /^seeAlso\.0: expected the slug of an article \(lower-case words joined by hyphens\), or en\/<slug> or ru\/<slug>/,
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
    [
      'a misspelt field of a photo, which must not vanish',
      { photos: [{ ...lead.photos[0], caption: undefined, captoin: 'Alimzhan Izbasarov' }] },
      /^photos\.0\.captoin: not a field of a photo; did you mean caption\?$/,
    ],
    [
      'a misspelt field of a quote',
      { quotes: [{ ...lead.quotes[0], speaker: undefined, speker: 'Daniyar Khasenov' }] },
      /^quotes\.0\.speker: not a field of a quote; did you mean speaker\?$/m,
    ],
    [
      'a field a source does not have',
      { source: { ...lead.source, date: '2019-06' } },
      /^source\.date: not a field of a source; a source has name, url$/,
    ],
    [
      'a headline that YAML read as a number',
      { headline: 2019 },
      /^headline: YAML read this as a number, not text; put the text in quotes$/,
    ],
    [
      'a caption that YAML read as a date',
      { photos: [{ ...lead.photos[0], caption: new Date('2019-06-01') }] },
      /^photos\.0\.caption: YAML read this as a date, not text; put the text in quotes$/,
    ],
    [
      'an update before publication',
      { published: new Date('2026-11-24'), updated: new Date('2026-11-01') },
      /^updated: 2026-11-01 is before the publication date 2026-11-24; updated is the date of the last substantive change since publication: correct the date or leave updated out$/,
    ],
    [
      'an update in a month before the month of publication',
      { published: '2019-06', updated: new Date('2019-05-31') },
      /^updated: 2019-05-31 is before the publication date 2019-06;/,
    ],
    [
      "a day on this site for the newsroom's own article",
      { source: undefined, republished: new Date('2026-11-25') },
      /^republished: is for an edition first published elsewhere: expected source \(the original publisher\) or translation \(the edition it translates\) too; or leave republished out and give the day in published$/,
    ],
    [
      'a republished article dated by the month only, with no day on this site',
      { republished: undefined },
      /^published: is the month of the first publication only \(2019-06\): add republished: YYYY-MM-DD, the day this site published this edition, which feeds and search engines date it by$/,
    ],
    [
      'a day on this site before the first publication',
      { published: new Date('2026-11-26'), republished: new Date('2026-11-25') },
      /^republished: 2026-11-25 is before the publication date 2026-11-26; correct the date$/,
    ],
    [
      'a day on this site given as a month',
      { republished: '2026-11' },
      /^republished: expected a date as YYYY-MM-DD$/,
    ],
  ])('rejects %s with a message naming the field', (_, change, message) => {
    const found = problems({ ...lead, ...change });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  // The broken articles of tests/fixtures/broken/ that the schema refuses, with
  // the one line each that the build prints after the file's name (one of them
  // is built whole in tests/build/brokenContent.test.ts, which proves the
  // line reaches the editor so).
  it.each([
    ['misspelt-field.mdx', 'seealso: not a field of an article; did you mean seeAlso?'],
    ['missing-headline.mdx', 'headline: missing: expected the headline'],
    [
      'empty-standfirst.mdx',
      'standfirst: must not be empty: expected one or two sentences that say what the story is',
    ],
    [
      'date-not-a-date.mdx',
      'published: expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    ],
    [
      'photo-without-alt.mdx',
      'photos.0.alt: missing: expected what the image shows, for readers who cannot see it',
    ],
    [
      // A frontmatter slug used to override the id, so two files became one
      // article with only a warning; the schema now refuses the field.
      'duplicate-slug-frontmatter.mdx',
      'slug: expected no slug: the address is the file name; rename the file instead',
    ],
  ])('refuses the broken fixture %s: "%s"', (file, message) => {
    const source = readFileSync(new URL(`../fixtures/broken/${file}`, import.meta.url), 'utf8');
    expect(problems(parseFrontmatter(source).frontmatter)).toEqual([message]);
  });

  it('reads drafts, corrections, renames and withdrawals', () => {
    const result = schema.parse({
      ...lead,
      draft: true,
      corrections: [{ date: new Date('2026-11-30'), text: 'It said "eight"; seven stood.' }],
      renamedFrom: ['old-name'],
      withdrawn: { date: new Date('2026-12-01'), reason: 'The facts are being checked.' },
    });
    expect(result.draft).toBe(true);
    // Texts readers read are typeset, as the headline is.
    expect(result.corrections[0]!.text).toBe('It said “eight”; seven stood.');
    expect(result.renamedFrom).toEqual(['old-name']);
    expect(result.withdrawn?.reason).toBe('The facts are being checked.');
  });

  it.each([
    [
      'a correction without its text',
      { corrections: [{ date: new Date('2026-11-30') }] },
      /^corrections\.0\.text: missing: expected what was corrected/,
    ],
    [
      'a correction dated before publication',
      { corrections: [{ date: new Date('2019-05-01'), text: 'x' }] },
      /^corrections\.0\.date: 2019-05-01 is before the publication date 2019-06; correct the date$/m,
    ],
    [
      'a withdrawal without a reason',
      { withdrawn: { date: new Date('2026-12-01') } },
      /^withdrawn\.reason: missing: expected why the article was withdrawn/,
    ],
    [
      'a misspelt field of a correction',
      { corrections: [{ date: new Date('2026-11-30'), txt: 'x' }] },
      /^corrections\.0\.txt: not a field of a correction; did you mean text\?$/m,
    ],
    ['a draft that is not yes or no', { draft: 'yes' }, /^draft: /],
  ])('rejects %s', (_, change, message) => {
    expect(problems({ ...lead, ...change }).join('\n')).toMatch(message);
  });

  it.each([
    ['the same day', new Date('2026-11-24')],
    ['a later day', new Date('2026-12-01')],
    ['a day of the month of publication', new Date('2019-06-01'), '2019-06'],
  ])('accepts an update on %s', (_, updated, published = '2026-11-24') => {
    const when = published.length === 7 ? published : new Date(published);
    expect(problems({ ...lead, published: when, updated })).toEqual([]);
  });
});

describe('article schema: republished', () => {
  it.each([
    [
      'a republished article dated to the day',
      { published: new Date('2019-06-04'), republished: undefined },
    ],
    [
      'a translation dated by the month, with its day on this site',
      {
        translation: { from: 'en', by: ['bulletin-newsroom'] },
        lang: 'ru',
        source: undefined,
        republished: new Date('2026-11-25'),
      },
    ],
    [
      'a day on this site the day of the first publication',
      { published: new Date('2026-11-25'), republished: new Date('2026-11-25') },
    ],
  ])('accepts %s', (_, change) => {
    expect(problems({ ...lead, ...change })).toEqual([]);
  });

  it('gives the page the day', () => {
    const data = schema.parse({ ...lead, republished: new Date('2026-11-25') });
    expect(data.republished).toEqual(new Date('2026-11-25T00:00:00Z'));
  });
});

describe('article schema: what the page is given', () => {
  it('keeps an unavailable photo with its caption and credit, and no alt', () => {
    const data = schema.parse(lead);
    expect(data.photos[0]).toMatchObject({
      id: 'izbasarov',
      unavailable: true,
      caption: 'Alimzhan Izbasarov',
      credit: 'RFE/RL',
    });
    expect(data.photos[0]!.alt).toBeUndefined();
  });

  it("reads a brief's events date in the forms of published", () => {
    const data = schema.parse({ ...lead, published: new Date('2026-11-24'), events: '2019-05' });
    expect(data.events).toEqual({ date: new Date(Date.UTC(2019, 4, 1)), precision: 'month' });
    expect(data.published.precision).toBe('day');
  });
});
