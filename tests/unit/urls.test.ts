import { describe, expect, it } from 'vitest';
import { articlePath, homePath, parseArticleId } from '../../src/lib/urls';

describe('homePath', () => {
  it.each([['en', '/en/']] as const)('%s -> %s', (lang, expected) => {
    expect(homePath(lang)).toBe(expected);
  });
});

describe('articlePath', () => {
  it.each([
    [
      'en',
      'what-do-protesting-moods-in-kazakhstan-tell-about',
      '/en/articles/what-do-protesting-moods-in-kazakhstan-tell-about/',
    ],
    ['en', 'a', '/en/articles/a/'],
    ['en', 'story-2019', '/en/articles/story-2019/'],
  ] as const)('%s + %s -> %s', (lang, slug, expected) => {
    expect(articlePath(lang, slug)).toBe(expected);
  });

  it.each(['', 'Upper-Case', 'with space', '../escape', 'trailing-', 'a//b'])(
    'rejects the slug %j',
    (slug) => {
      expect(() => articlePath('en', slug)).toThrow(/expected a slug/);
    },
  );
});

describe('parseArticleId', () => {
  it.each([
    ['en/some-story', { lang: 'en', slug: 'some-story' }],
    ['ru/some-story', { lang: 'ru', slug: 'some-story' }],
    ['loose', { lang: 'loose', slug: '' }],
  ])('%s', (id, expected) => {
    expect(parseArticleId(id)).toEqual(expected);
  });
});
