// What other programs read from the built site: the feeds, the sitemap and
// robots.txt. Read from dist/ as a static host serves them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtDocument, builtText, isServed } from './builtSite';

const leadSlug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const editions = [
  {
    lang: 'en',
    lead: 'What Do Protesting Moods in Kazakhstan Tell About?',
    feedTitle: 'Steppe Bulletin: latest stories',
  },
  {
    lang: 'ru',
    lead: 'О чём говорят протестные настроения в Казахстане?',
    feedTitle: 'Степной вестник: последние материалы',
  },
] as const;

describe.each(editions)('the $lang feed', (edition) => {
  it('is valid RSS with every article, in full, and the front page names it', () => {
    const front = `/${edition.lang}/`;
    const discovery = builtDocument(front).querySelector(
      'link[rel=alternate][type="application/rss+xml"]',
    );
    const feedPath = new URL(discovery!.getAttribute('href')!, `https://site.invalid${front}`)
      .pathname;
    expect(feedPath).toBe(`/${edition.lang}/rss.xml`);
    const xml = builtText(feedPath);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel.title).toBe(edition.feedTitle);
    expect(channel.language).toBe(edition.lang);
    expect(channel.item).toHaveLength(4);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^https://[^/]+/${edition.lang}/articles/[a-z0-9-]+/$`));
      expect(item.description.length).toBeGreaterThan(80);
      expect(item['dc:creator']).toBeTruthy();
      // Every item is dated the day this site published it: feed readers sort by it.
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item['dc:date']).toBeUndefined();
    }
    // Titles are typeset: non-breaking spaces where the language wants them.
    const lead = channel.item.find(
      (item: { title: string }) => item.title.replaceAll('\u00A0', ' ') === edition.lead,
    );
    // The lead, first published in June 2019, is dated the day this site
    // published it, and says the original's month in words.
    expect(lead.pubDate).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    expect(lead.description.replaceAll('\u00A0', ' ')).toMatch(
      edition.lang === 'en'
        ? /^First published June 2019\. No wonder/
        : /^Оригинал опубликован: июнь 2019\. Неудивительно/,
    );
    expect(channel.item[0]).toBe(lead);
    // A brief is dated the day it was written, and says when its events happened.
    const briefs = channel.item.filter((item: { title: string }) => item !== lead);
    for (const brief of briefs) {
      expect(brief.pubDate).toMatch(/24 Nov 2026/);
      expect(brief['dc:coverage']).toMatch(/^2019-0[4-6]$/);
      expect(brief.description).toMatch(
        edition.lang === 'en' ? /^Events of \S+\u00A02019\. / : /^Время событий: \S+\u00A02019\. /,
      );
    }
  });
});

it('the sitemap pairs each page with its translation, and robots.txt names it', () => {
  const sitemapUrl = /Sitemap: (\S+)/.exec(builtText('/robots.txt'))![1]!;
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
  });
  const index = parser.parse(builtText(new URL(sitemapUrl).pathname));
  const urls = [];
  for (const sitemap of index.sitemapindex.sitemap) {
    urls.push(...parser.parse(builtText(new URL(sitemap.loc).pathname)).urlset.url);
  }
  const locs = urls.map((url: { loc: string }) => new URL(url.loc).pathname);
  expect(locs).toContain(`/en/articles/${leadSlug}/`);
  expect(locs).toContain(`/ru/articles/${leadSlug}/`);
  expect(locs.filter((loc: string) => loc.endsWith('/404/') || loc === '/')).toEqual([]);
  const lead = urls.find((url: { loc: string }) => url.loc.endsWith(`/en/articles/${leadSlug}/`));
  expect(
    lead['xhtml:link'].map((link: Record<string, string>) => [
      link['@_hreflang'],
      new URL(link['@_href']!).pathname,
    ]),
  ).toEqual([
    ['en', `/en/articles/${leadSlug}/`],
    ['ru', `/ru/articles/${leadSlug}/`],
  ]);
  expect(locs.filter((loc: string) => !isServed(loc))).toEqual([]);
});
