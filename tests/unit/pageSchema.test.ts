// The site's own pages (About) follow the typography of the articles: their
// title and description are typeset in the page's language, as their body is.
import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/dataSchemas';

const NBSP = '\u00A0';

describe('pageSchema', () => {
  it('binds a one-letter Russian word to the next, opening quote and all', () => {
    const page = pageSchema.parse({
      lang: 'ru',
      title: 'О "Степном вестнике"',
      description: 'Кто издаёт "Степной вестник" и откуда берутся его материалы.',
    });
    expect(page.title).toBe(`О${NBSP}«Степном вестнике»`);
    expect(page.description).toBe(
      `Кто издаёт «Степной вестник» и${NBSP}откуда берутся его материалы.`,
    );
  });

  it('sets English quotes and apostrophes', () => {
    const page = pageSchema.parse({
      lang: 'en',
      title: "The bulletin's sources",
      description: 'Where "Steppe Bulletin" gets its reporting.',
    });
    expect(page.title).toBe('The bulletin’s sources');
    expect(page.description).toBe('Where “Steppe Bulletin” gets its reporting.');
  });
});
