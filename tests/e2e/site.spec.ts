import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { builtPages } from './builtPages';
import { hrefPath } from './hrefPath';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const leadSlug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const editions = [
  {
    lang: 'en',
    lead: 'What Do Protesting Moods in Kazakhstan Tell About?',
    more: 'More stories',
    related: 'Read next',
    topic: 'Kazakhstan',
    feedTitle: 'Steppe Bulletin: latest stories',
  },
  {
    lang: 'ru',
    lead: 'О чём говорят протестные настроения в Казахстане?',
    more: 'Другие материалы',
    related: 'Ещё по теме',
    topic: 'Казахстан',
    feedTitle: 'Степной вестник: последние материалы',
  },
] as const;

for (const edition of editions) {
  test.describe(`${edition.lang}: the site around the article`, () => {
    test('front page -> lead -> related -> topic -> back', async ({ page }) => {
      await page.goto(`/${edition.lang}/`);
      const lead = page.locator('.lead-story');
      await expect(lead.getByRole('heading', { level: 2 })).toHaveText(edition.lead);
      await expect(lead.locator('.article__standfirst, .lead-story__standfirst')).not.toBeEmpty();
      // The lead's photographs are not available: the front page shows no stand-in.
      await expect(lead.getByRole('img')).toHaveCount(0);
      const more = page.getByRole('region', { name: edition.more });
      await expect(more.getByRole('article')).toHaveCount(3);
      for (const time of await more.locator('time').all()) await expect(time).not.toBeEmpty();

      await lead.getByRole('link', { name: edition.lead }).click();
      await expect(page).toHaveURL(`/${edition.lang}/articles/${leadSlug}/`);
      const related = page.getByRole('complementary', { name: edition.related });
      await expect(related.getByRole('heading', { level: 3 })).toHaveCount(3);
      const firstRelated = related.getByRole('heading', { level: 3 }).first();
      const relatedTitle = (await firstRelated.textContent())!;
      await firstRelated.getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
      // Never the article itself among its related articles.
      await expect(
        page.getByRole('complementary', { name: edition.related }).getByRole('link', {
          name: relatedTitle,
          exact: true,
        }),
      ).toHaveCount(0);

      await page
        .locator('.article__header .topic-links')
        .getByRole('link', { name: edition.topic })
        .click();
      await expect(page).toHaveURL(`/${edition.lang}/topics/kazakhstan/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.topic);
      await expect(page.getByRole('link', { name: edition.lead })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
    });

    test('the byline leads to the author page, and About names the source', async ({ page }) => {
      await page.goto(`/${edition.lang}/articles/${leadSlug}/`);
      await page.locator('.byline').getByRole('link').click();
      await expect(page).toHaveURL(`/${edition.lang}/authors/cabar-newsroom/`);
      await expect(page.getByRole('link', { name: edition.lead })).toBeVisible();
      await page.goto(`/${edition.lang}/about/`);
      await expect(
        page.getByRole('link', { name: /cabar\.asia\/en\/what-do-protesting/ }),
      ).toHaveAttribute(
        'href',
        'https://cabar.asia/en/what-do-protesting-moods-in-kazakhstan-tell-about',
      );
      await expect(page.locator('main')).toContainText('Giving Voice, Driving Change');
      await expect(page.locator('main')).toContainText(
        edition.lang === 'en' ? 'Norway' : 'Норвегии',
      );
    });

    test('the not-found page offers the front page and search', async ({ page, request }) => {
      expect((await request.get(`/${edition.lang}/no-such-page/`)).status()).toBe(404);
      await page.goto(`/${edition.lang}/404/`);
      const links = page.locator('.not-found a');
      await expect(links).toHaveCount(2);
      await links.first().click();
      await expect(page).toHaveURL(`/${edition.lang}/`);
    });

    test('the feed is valid RSS with every article, in full', async ({ page, request }) => {
      await page.goto(`/${edition.lang}/`);
      const discovery = page.locator('link[rel=alternate][type="application/rss+xml"]');
      expect(await hrefPath(discovery)).toBe(`/${edition.lang}/rss.xml`);
      const response = await request.get(`/${edition.lang}/rss.xml`);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
      const channel = feed.rss.channel;
      expect(channel.title).toBe(edition.feedTitle);
      expect(channel.language).toBe(edition.lang);
      expect(channel.item).toHaveLength(4);
      for (const item of channel.item) {
        expect(item.link).toMatch(
          new RegExp(`^https://[^/]+/${edition.lang}/articles/[a-z0-9-]+/$`),
        );
        expect(item.description.length).toBeGreaterThan(80);
        expect(item['dc:creator']).toBeTruthy();
        // A day where it is known; the month alone (Dublin Core) where it is not.
        expect(item.pubDate ?? item['dc:date']).toBeTruthy();
      }
      // Titles are typeset: non-breaking spaces where the language wants them.
      const lead = channel.item.find(
        (item: { title: string }) => item.title.replaceAll('\u00A0', ' ') === edition.lead,
      );
      expect(lead['dc:date']).toBe('2019-06');
      expect(lead.pubDate).toBeUndefined();
      // A brief is dated the day it was written, and says when its events happened.
      const briefs = channel.item.filter((item: { title: string }) => item !== lead);
      for (const brief of briefs) {
        expect(brief.pubDate).toMatch(/24 Nov 2026/);
        expect(brief['dc:coverage']).toMatch(/^2019-0[4-6]$/);
        expect(brief.description).toMatch(
          edition.lang === 'en' ? /^Events of \S+ 2019\. / : /^События: \S+ 2019\. /,
        );
      }
    });
  });
}

test('the sitemap pairs each page with its translation, and robots.txt names it', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)![1]!;
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
  });
  const index = parser.parse(await (await request.get(new URL(sitemapUrl).pathname)).text());
  const urls = [];
  for (const sitemap of index.sitemapindex.sitemap) {
    const part = parser.parse(await (await request.get(new URL(sitemap.loc).pathname)).text());
    urls.push(...part.urlset.url);
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
  for (const loc of locs) expect((await request.get(loc)).status(), loc).toBe(200);
});

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]!);
}

test('every article carries NewsArticle structured data and link-preview metadata', async ({
  page,
  request,
}) => {
  const feed = new XMLParser().parse(await (await request.get('/en/rss.xml')).text());
  const slugs = feed.rss.channel.item.map(
    (item: { link: string }) => new URL(item.link).pathname.split('/')[3],
  );
  for (const slug of slugs) {
    for (const lang of ['en', 'ru']) {
      const path = `/${lang}/articles/${slug}/`;
      await page.goto(path);
      const data = await jsonLd(page);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      expect(data.description).toBe(
        await page.locator('meta[name=description]').getAttribute('content'),
      );
      expect(data.inLanguage).toBe(lang);
      expect(new URL(data.url).pathname).toBe(path);
      expect(data.datePublished).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(data.author[0]['@type']).toBe('Organization');
      expect(data.publisher.name).toBe(lang === 'en' ? 'Steppe Bulletin' : 'Степной вестник');
      expect(data.isBasedOn.url).toMatch(/^https:\/\//);
      if (slug === leadSlug) {
        // The Russian lead is the newsroom's translation of the English.
        const other = lang === 'en' ? 'ru' : 'en';
        const translation = lang === 'en' ? data.workTranslation[0] : data.translationOfWork;
        expect(new URL(translation.url).pathname).toBe(`/${other}/articles/${slug}/`);
        expect(translation.inLanguage).toBe(other);
        if (lang === 'ru') expect(data.translator[0].name).toBe('Редакция «Степного вестника»');
        else expect(data.translator).toBeUndefined();
      } else {
        // Briefs are the newsroom's own in both languages, on events of 2019.
        expect(data.translationOfWork).toBeUndefined();
        expect(data.temporalCoverage).toMatch(/^2019-0[4-6]$/);
      }
      expect(data.image.length).toBeGreaterThan(0);
      for (const image of data.image)
        expect((await request.get(new URL(image).pathname)).status()).toBe(200);

      const meta = (property: string) =>
        page.locator(`meta[property="${property}"]`).first().getAttribute('content');
      expect(await meta('og:type')).toBe('article');
      expect(await meta('og:title')).toBe(data.headline);
      expect(await meta('article:published_time')).toBe(data.datePublished);
      expect(await meta('article:section')).toBeTruthy();
      expect(await page.locator('meta[property="article:tag"]').count()).toBeGreaterThan(0);
      expect(await meta('og:image:alt')).toBeTruthy();
      const ogImage = new URL((await meta('og:image'))!);
      expect((await request.get(ogImage.pathname)).status()).toBe(200);
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      );
      expect(
        new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).pathname,
      ).toBe(path);
    }
  }
});

test('following links from both front pages reaches no missing page', async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = ['/en/', '/ru/', '/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin) queue.push(url.pathname);
    }
  }
  expect(seen.size).toBeGreaterThan(25);
});

test('no unavailable photo is used as an image: not on a page, a card or a link preview', async () => {
  // The files of unavailable photos are stand-ins: any image made from one passes for the photograph.
  const standIns = new Set<string>();
  for (const file of readdirSync('content/articles', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const { frontmatter } = parseFrontmatter(readFileSync(`content/articles/${file}`, 'utf8'));
    for (const photo of frontmatter.photos ?? []) {
      if (photo.unavailable) standIns.add(basename(photo.src, extname(photo.src)));
    }
  }
  expect(standIns.size).toBeGreaterThan(0);
  const imageUrls =
    /(?:src|srcset|content)="([^"]*_astro\/[^"]*)"|"(https?:\/\/[^"]*_astro\/[^"]*)"/g;
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
    for (const [, attribute, inJson] of html.matchAll(imageUrls)) {
      for (const name of standIns) expect(attribute ?? inJson, path).not.toContain(`/${name}.`);
    }
  }
});

test('no Russian page leaves an ordinary space after a one- or two-letter word', async () => {
  // Article text, frontmatter, the About pages and the interface are all typeset
  // («в⍽Казахстане», «О⍽«Степном вестнике»»); particles (же, ли, бы) belong
  // to the word before them. Read from the built pages: text and the
  // attributes readers and link previews see.
  const shortWord = /(?<=^|[\s«„(])(?!(?:же|ж|ли|ль|бы|б) )([а-яё]{1,2}) (?=\S)/giu;
  const pages = builtPages().filter((path) => path.startsWith('/ru/'));
  expect(pages.length).toBeGreaterThan(10);
  const loose: string[] = [];
  for (const path of pages) {
    const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
    const text = html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]*\b(?:content|alt|aria-label|title)="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, '');
    for (const match of text.matchAll(shortWord)) {
      loose.push(`${path}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`);
    }
  }
  expect(loose).toEqual([]);
});
