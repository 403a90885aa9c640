import { describe, expect, it } from 'vitest';
import {
  aboutPath,
  sitePagePath,
  articleHref,
  articlePath,
  authorPath,
  feedPath,
  homePath,
  notFoundPath,
  offlinePath,
  oneFileName,
  oneFilePath,
  oneFileStem,
  parseArticleId,
  parseArticlePath,
  searchPath,
  topicPath,
  topicsPath,
} from '../../src/lib/urls';

describe('homePath', () => {
  it.each([
    ['en', '/en/'],
    ['ru', '/ru/'],
  ] as const)('%s -> %s', (lang, expected) => {
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

describe('section paths', () => {
  it.each([
    [topicPath('en', 'civil-society'), '/en/topics/civil-society/'],
    [topicPath('ru', 'youth'), '/ru/topics/youth/'],
    [topicsPath('ru'), '/ru/topics/'],
    [authorPath('en', 'cabar-newsroom'), '/en/authors/cabar-newsroom/'],
    [aboutPath('ru'), '/ru/about/'],
    [sitePagePath('en', 'about'), '/en/about/'],
    [sitePagePath('ru', 'about'), aboutPath('ru')],
    [feedPath('en'), '/en/rss.xml'],
    [feedPath('ru'), '/ru/rss.xml'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('parseArticleId', () => {
  it.each([
    ['en/some-story', { lang: 'en', slug: 'some-story' }],
    ['ru/some-story', { lang: 'ru', slug: 'some-story' }],
  ])('%s', (id, expected) => {
    expect(parseArticleId(id)).toEqual(expected);
  });

  it.each(['loose', 'fr/some-story', 'en/', 'en/a/b', '/some-story'])(
    'refuses %j: not <language>/<slug>',
    (id) => {
      expect(() => parseArticleId(id)).toThrow(/expected "<language>\/<slug>" .*\(en, ru\)/);
    },
  );
});

describe('articleHref', () => {
  it.each([
    ['en/some-story', '/en/articles/some-story/'],
    ['ru/some-story', '/ru/articles/some-story/'],
  ])('%s -> %s', (id, expected) => {
    expect(articleHref({ id })).toBe(expected);
  });

  it('refuses an id whose slug is not an address', () => {
    expect(() => articleHref({ id: 'en/Some Story' })).toThrow(/expected a slug/);
  });
});

describe('offline and not-found pages', () => {
  it.each([
    [offlinePath('en'), '/en/offline/'],
    [offlinePath('ru'), '/ru/offline/'],
    [notFoundPath('en'), '/en/404/'],
    [notFoundPath('ru'), '/ru/404/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('searchPath', () => {
  it.each([
    ['en', '/en/search/'],
    ['ru', '/ru/search/'],
  ] as const)('%s -> %s', (lang, expected) => {
    expect(searchPath(lang)).toBe(expected);
  });
});

describe('parseArticlePath', () => {
  it.each([
    ['/en/articles/some-story/', { lang: 'en', slug: 'some-story' }],
    ['/ru/articles/some-story/', { lang: 'ru', slug: 'some-story' }],
    ['/en/articles/some-story', undefined],
    ['/en/articles/some-story/below/', undefined],
    ['/fr/articles/some-story/', undefined],
    ['/en/topics/youth/', undefined],
    ['/en/articles/', undefined],
  ] as const)('%s -> %o', (path, expected) => {
    expect(parseArticlePath(path)).toEqual(expected);
  });

  it('reads back every address articlePath writes', () => {
    expect(parseArticlePath(articlePath('ru', 'a-b-1'))).toEqual({ lang: 'ru', slug: 'a-b-1' });
  });
});

describe('oneFileStem, oneFileName and oneFilePath', () => {
  it.each([
    ['en', 'some-story', 'some-story.en.html', '/en/articles/some-story/some-story.en.html'],
    ['ru', 'some-story', 'some-story.ru.html', '/ru/articles/some-story/some-story.ru.html'],
    ['en', 'a1-b2', 'a1-b2.en.html', '/en/articles/a1-b2/a1-b2.en.html'],
  ] as const)('%s %s -> %s, %s', (lang, slug, name, path) => {
    expect(`${oneFileStem(lang, slug)}.html`).toBe(name);
    expect(oneFileName(lang, slug)).toBe(name);
    expect(oneFilePath(lang, slug)).toBe(path);
  });

  it('refuses what is not a slug, as articlePath does', () => {
    expect(() => oneFilePath('en', '../escape')).toThrow(/expected a slug/);
  });
});
