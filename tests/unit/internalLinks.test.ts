import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import {
  articleHint,
  internalLinkProblems,
  linksInSource,
  routePaths,
  sitePath,
  type SitePages,
} from '../../src/check/internalLinks';

const site = new URL('https://steppe-bulletin.example');
const from = '/en/articles/this-story/';
const slugs = {
  en: new Set(['this-story', 'earlier-story']),
  ru: new Set(['this-story', 'russian-only']),
};
const paths = new Set([
  '/en/',
  '/en/about/',
  ...Object.entries(slugs).flatMap(([lang, set]) => [...set].map((s) => `/${lang}/articles/${s}/`)),
]);
const pages: SitePages = {
  site,
  has: (path) => paths.has(path),
  hint: (path) => articleHint(path, slugs, { en: 'English', ru: 'Russian' }),
};

/** A file whose body (from line 5) is these lines. */
const file = (...lines: string[]) => ['---', 'lang: en', '---', '', ...lines, ''].join('\n');

const problems = (source: string) =>
  internalLinkProblems(linksInSource(source), from, pages).map((problem) =>
    formatProblem({ file: 'x.mdx', ...problem }),
  );

describe('linksInSource', () => {
  it('finds inline, reference and bare links with their lines, and none in code', () => {
    const source = file(
      'See [one](/en/a/ "Title") and [two](<../b/>).',
      '',
      'Read https://steppe-bulletin.example/en/c/. And `[no](/code/)`.',
      '',
      '[ref]: https://cabar.asia/en',
    );
    expect(linksInSource(source)).toEqual([
      { url: '/en/a/', line: 5 },
      { url: '../b/', line: 5 },
      { url: 'https://steppe-bulletin.example/en/c/', line: 7 },
      { url: 'https://cabar.asia/en', line: 9 },
    ]);
  });

  it('does not take a footnote for a link definition', () => {
    expect(linksInSource(file('A claim.[^1]', '', '[^1]: The source of it.'))).toEqual([]);
  });

  it('does not count the address of a [text](address) link twice', () => {
    expect(linksInSource(file('[x](https://cabar.asia/en/)'))).toEqual([
      { url: 'https://cabar.asia/en/', line: 5 },
    ]);
  });
});

describe('sitePath', () => {
  it.each([
    ['/en/about/', '/en/about/'],
    ['../earlier-story/', '/en/articles/earlier-story/'],
    ['../../../ru/articles/x/?q=1#top', '/ru/articles/x/'],
    ['https://steppe-bulletin.example/en/', '/en/'],
    ['https://www.steppe-bulletin.example/en/', '/en/'],
    ['//steppe-bulletin.example/en/', '/en/'],
    ['https://cabar.asia/en/', undefined],
    ['mailto:corrections@steppe-bulletin.example', undefined],
    ['#section', undefined],
  ])('%s -> %s', (url, path) => {
    expect(sitePath(url, from, site)).toBe(path);
  });
});

describe('internal links', () => {
  it('accepts links to pages that exist, and to other sites', () => {
    const source = file(
      '[a](/en/about/) [b](../earlier-story/) [c](https://steppe-bulletin.example/en/)',
      '[d](https://cabar.asia/en/missing/) [e](#top) [feed](/en/rss.xml)',
    );
    expect(problems(source)).toEqual([]);
  });

  it('refuses a link to a missing page, written as a path, relative or absolute', () => {
    const source = file(
      'Read [our story](/en/articles/no-such-story/).',
      '',
      'Read [it](../no-such-story/) and [it](https://steppe-bulletin.example/en/articles/no-such-story/).',
    );
    expect(problems(source)).toEqual([
      'x.mdx: line 5: the link to /en/articles/no-such-story/ leads to no page of this site (/en/articles/no-such-story/); correct the address or remove the link',
      'x.mdx: line 7: the link to ../no-such-story/ leads to no page of this site (/en/articles/no-such-story/); correct the address or remove the link',
      'x.mdx: line 7: the link to https://steppe-bulletin.example/en/articles/no-such-story/ leads to no page of this site (/en/articles/no-such-story/); correct the address or remove the link',
    ]);
  });

  it('says where an article is that exists only in the other language', () => {
    expect(problems(file('[x](/en/articles/russian-only/)'))).toEqual([
      'x.mdx: line 5: the link to /en/articles/russian-only/ leads to no page of this site (/en/articles/russian-only/); the article is only in Russian: /ru/articles/russian-only/ (link to that, or translate it first)',
    ]);
  });

  it('names the article meant by a misspelt address', () => {
    expect(problems(file('[x](/en/articles/earlier-stroy/)'))[0]).toMatch(
      /; did you mean \/en\/articles\/earlier-story\/\?$/,
    );
  });

  it("says how to write an article's address given as its file name alone", () => {
    expect(problems(file('[x](earlier-story)'))).toEqual([
      'x.mdx: line 5: the link to earlier-story leads to no page of this site (/en/articles/this-story/earlier-story); to link to the article earlier-story, write ../earlier-story/ (or /en/articles/earlier-story/)',
    ]);
  });

  it('asks for the slash at the end of an address', () => {
    expect(problems(file('[x](/en/about)'))).toEqual([
      'x.mdx: line 5: the link to /en/about lacks the slash at the end; write /en/about/',
    ]);
  });
});

describe('routePaths', () => {
  it('gives the paths of the routes without content parameters, in each language', () => {
    const files = [
      'index.astro',
      '404.astro',
      'robots.txt.ts',
      '[lang]/index.astro',
      '[lang]/about.astro',
      '[lang]/rss.xml.ts',
      '[lang]/topics/index.astro',
      '[lang]/articles/[slug].astro',
      '[lang]/topics/[topic]/[...page].astro',
    ];
    expect(routePaths(files, ['en', 'ru'])).toEqual([
      '/',
      '/404/',
      '/robots.txt',
      '/en/',
      '/ru/',
      '/en/about/',
      '/ru/about/',
      '/en/rss.xml',
      '/ru/rss.xml',
      '/en/topics/',
      '/ru/topics/',
    ]);
  });
});
