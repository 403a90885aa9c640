import { describe, expect, it } from 'vitest';
import type { Dictionary } from '../../src/i18n/dictionary';
import { languages, locales, type Lang } from '../../src/i18n/locales';
import { en } from '../../src/i18n/en';
import { uiStrings, useTranslations } from '../../src/i18n/t';

/** Shows non-breaking spaces, so a test says where they must be. */
const visible = (text: string) => text.replaceAll('\u00A0', '⍽');

/** A language's UI strings. */
const dictionaryOf = (lang: Lang): Dictionary => locales[lang].dictionary;

describe('dictionaries', () => {
  // English is the source of truth; every other language is compared with it.
  it.each(languages.filter((lang) => lang !== 'en').map((lang) => [lang]))(
    '%s has exactly the keys of en',
    (lang) => {
      expect(Object.keys(dictionaryOf(lang)).sort()).toEqual(Object.keys(en).sort());
    },
  );

  it('Russian plural entries have the one, few and many forms', () => {
    const ru = dictionaryOf('ru');
    for (const entry of Object.values(ru)) {
      if (typeof entry !== 'string')
        expect(Object.keys(entry)).toEqual(expect.arrayContaining(['one', 'few', 'many']));
    }
  });

  it.each(languages.map((lang) => [lang]))('%s has no empty text', (lang) => {
    const texts = Object.values(dictionaryOf(lang)).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    );
    expect(texts.filter((text) => text.trim() === '')).toEqual([]);
  });
});

describe('t()', () => {
  const t = useTranslations('en');

  it('fills placeholders', () => {
    expect(t('article.byline', { authors: 'CABAR.asia newsroom' })).toBe('By CABAR.asia newsroom');
  });

  it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
    expect(t('article.byline')).toBe('By {authors}');
  });

  it.each([
    [1, '1⍽minute read'],
    [5, '5⍽minute read'],
    [1200, '1,200⍽minute read'],
  ])('chooses the plural form for %i', (count, expected) => {
    expect(visible(t('article.readingTime', { count }))).toBe(expected);
  });

  it.each([
    [1, '1⍽минута чтения'],
    [2, '2⍽минуты чтения'],
    [5, '5⍽минут чтения'],
    [11, '11⍽минут чтения'],
    [21, '21⍽минута чтения'],
    [22, '22⍽минуты чтения'],
    [25, '25⍽минут чтения'],
    [111, '111⍽минут чтения'],
  ])('Russian: %i -> %s', (count, expected) => {
    expect(visible(useTranslations('ru')('article.readingTime', { count }))).toBe(expected);
  });

  it('asks for a count on a plural entry', () => {
    expect(() => t('article.readingTime')).toThrow(/pass \{ count: number \}/);
  });
});

describe('UI strings are typeset as article text is', () => {
  const ru = useTranslations('ru');

  it('binds a short word to the name filled in after it', () => {
    expect(visible(ru('article.source', { publisher: 'CABAR.asia' }))).toBe(
      'Впервые опубликовано на⍽CABAR.asia:',
    );
  });

  it('binds a filled-in number to its word, as in "15 суток"', () => {
    expect(visible(ru('list.articleCount', { count: 3 }))).toBe('3⍽материала');
    expect(visible(useTranslations('en')('list.articleCount', { count: 3 }))).toBe('3⍽articles');
  });

  it('binds «года» to the date filled in before it, as in «2019 года»', () => {
    const date = '22\u00A0ноября\u00A02026';
    expect(visible(ru('article.withdrawn', { date }))).toBe(
      'Материал снят с⍽публикации 22⍽ноября⍽2026⍽года.',
    );
  });

  it('leaves the placeholders of strings filled elsewhere in place', () => {
    const results = uiStrings('ru')['search.results'];
    expect(typeof results === 'string' ? results : visible(results.few!)).toBe(
      'По⍽запросу «{query}» найдено {count}⍽материала',
    );
  });

  it.each(languages.map((lang) => [lang]))('%s: every string is typeset once, alike', (lang) => {
    const strings = uiStrings(lang);
    expect(uiStrings(lang)).toBe(strings);
    for (const [key, entry] of Object.entries(strings)) {
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const text of texts) expect(text, key).not.toMatch(/["']|\uE000/);
    }
  });
});
