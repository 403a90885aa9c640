import { describe, expect, it } from 'vitest';
import {
  articleCounterparts,
  listCounterparts,
  pagesInEveryLanguage,
  sameInEveryLanguage,
} from '../../src/lib/counterparts';
import { homePath, searchPath } from '../../src/lib/urls';

describe('sameInEveryLanguage', () => {
  it('is the same page in each language', () => {
    expect(sameInEveryLanguage(searchPath)).toEqual({
      en: { lang: 'en', path: '/en/search/', match: 'same' },
      ru: { lang: 'ru', path: '/ru/search/', match: 'same' },
    });
  });
});

describe('pagesInEveryLanguage', () => {
  it('gives each language its path, its typed lang and the counterparts', () => {
    const paths = pagesInEveryLanguage(homePath);
    expect(paths.map((path) => [path.params.lang, path.props.lang])).toEqual([
      ['en', 'en'],
      ['ru', 'ru'],
    ]);
    expect(paths[1]!.props.counterparts.en).toEqual({ lang: 'en', path: '/en/', match: 'same' });
  });
});

describe('articleCounterparts', () => {
  it.each([
    [
      'an article in both languages',
      ['en', 'ru'],
      { en: ['/en/articles/story/', 'same'], ru: ['/ru/articles/story/', 'same'] },
    ],
    [
      'an article only in English: the Russian front page, untranslated',
      ['en'],
      { en: ['/en/articles/story/', 'same'], ru: ['/ru/', 'untranslated'] },
    ],
    [
      'an article only in Russian',
      ['ru'],
      { en: ['/en/', 'untranslated'], ru: ['/ru/articles/story/', 'same'] },
    ],
  ] as const)('%s', (_, editions, expected) => {
    const counterparts = articleCounterparts('story', new Set(editions));
    expect(counterparts.en).toEqual({ lang: 'en', path: expected.en[0], match: expected.en[1] });
    expect(counterparts.ru).toEqual({ lang: 'ru', path: expected.ru[0], match: expected.ru[1] });
  });
});

describe('listCounterparts', () => {
  const pages = {
    en: ['/en/topics/youth/', '/en/topics/youth/2/', '/en/topics/youth/3/'],
    ru: ['/ru/topics/youth/'],
  };

  it.each([
    [1, { en: ['/en/topics/youth/', 'same'], ru: ['/ru/topics/youth/', 'same'] }],
    [2, { en: ['/en/topics/youth/2/', 'same'], ru: ['/ru/topics/youth/', 'first-page'] }],
    [3, { en: ['/en/topics/youth/3/', 'same'], ru: ['/ru/topics/youth/', 'first-page'] }],
  ] as const)('page %i', (page, expected) => {
    const counterparts = listCounterparts(pages, page);
    expect(counterparts.en).toEqual({ lang: 'en', path: expected.en[0], match: expected.en[1] });
    expect(counterparts.ru).toEqual({ lang: 'ru', path: expected.ru[0], match: expected.ru[1] });
  });

  it('refuses a list with no pages in a language', () => {
    expect(() => listCounterparts({ en: ['/en/topics/youth/'], ru: [] }, 1)).toThrow(
      /the ru list has no pages/,
    );
  });
});
