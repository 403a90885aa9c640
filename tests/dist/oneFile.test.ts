// The one-file copies of the articles (each edition as one HTML file that a
// reader passes on), read from the built files: whole, self-contained, offered
// by their article, and no second site. What a browser does with them, opened
// from file:// with the network blocked, is in tests/e2e/oneFile.spec.ts; their
// sizes are in the page budget (scripts/budget.mjs).
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/config/siteUrl';
import { builtDocument, builtPages, builtText, dist, isOneFileCopy, isServed } from './builtSite';

const fixtureSite = '.fixture-site';
const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const copyOf = (page: string) => {
  const [, lang, , slug] = page.split('/');
  return `${page}${slug}.${lang}.html`;
};
const articlePagesIn = (dir: string) =>
  builtPages(dir).filter(
    (path) =>
      /^\/[a-z]{2}\/articles\/[^/]+\/$/.test(path) &&
      // A renamed article's old address is a redirect page.
      !builtText(path, dir).includes('http-equiv="refresh"'),
  );
/** Text as a reader reads it: spaces of any kind as one. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = (page: ReturnType<typeof builtDocument>, selector: string) =>
  page.querySelectorAll(selector).map((element) => words(element.textContent));

describe('one-file copies', () => {
  const copies = builtPages().filter(isOneFileCopy);

  it('every article edition has one, offered on its page by a link that says its size', () => {
    const pages = articlePagesIn(dist);
    expect(pages.length).toBe(8);
    expect(copies).toEqual(pages.map(copyOf).sort());
    for (const page of pages) {
      const link = builtDocument(page).querySelector('.share a[download]')!;
      const href = link.getAttribute('href')!;
      expect(new URL(href, `${siteUrl}${page}`).pathname).toBe(copyOf(page));
      expect(link.getAttribute('download')).toBe(copyOf(page).split('/').pop());
      expect(words(link.textContent)).toBe(
        page.startsWith('/en/') ? 'Download as one file' : 'Скачать одним файлом',
      );
      const kilobytes = Math.round(Buffer.byteLength(builtText(copyOf(page))) / 1024);
      const size = words(link.parentNode!.querySelector('.share__size')!.textContent);
      expect(size.replace(/\s/g, ' ')).toBe(
        page.startsWith('/en/') ? `(${kilobytes} kB)` : `(${kilobytes} кБ)`,
      );
    }
  });

  it.each(copies)(
    '%s asks for nothing: no script, no file, no address but data: images',
    (copy) => {
      const html = builtText(copy);
      expect(html).not.toMatch(
        /<(script|iframe|object|embed|video|audio|source|track|base|form)\b/i,
      );
      expect(html).not.toMatch(/<link\b(?![^>]*rel="(canonical|icon)")[^>]*>/);
      expect(html).not.toMatch(/\ssrcset=|@import|url\((?!["']?data:)/);
      const sources = [...html.matchAll(/\s(?:src|poster)="([^"]*)"/g)].map((match) => match[1]!);
      expect(sources.filter((source) => !source.startsWith('data:image/'))).toEqual([]);
      // Every link is a full address: a relative one leads nowhere from a phone's downloads.
      const links = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!);
      expect(links.filter((href) => !/^(https?:|mailto:|data:,$)/.test(href))).toEqual([]);
      expect(links.length).toBeGreaterThan(3);
    },
  );

  it.each(copies)('%s has a policy that allows only its own style and its images', (copy) => {
    const page = builtDocument(copy);
    const style = page.querySelectorAll('style');
    expect(style).toHaveLength(1);
    const hash = createHash('sha256').update(style[0]!.textContent).digest('base64');
    const policy = page
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content');
    expect(policy).toBe(
      `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`,
    );
    expect(page.querySelectorAll('[style]')).toHaveLength(0);
    // Nor does the browser look up the hosts of its links ahead of a tap.
    expect(
      page.querySelector('meta[http-equiv="x-dns-prefetch-control"]')?.getAttribute('content'),
    ).toBe('off');
    // Light and dark, by the reader's setting, and print.
    expect(style[0]!.textContent).toMatch(/@media ?\(prefers-color-scheme: ?dark\)/);
    expect(style[0]!.textContent).toMatch(/@media print/);
  });

  it.each(copies)('%s is no second site: canonical to its article, noindex', (copy) => {
    const page = builtDocument(copy);
    const article = copy.slice(0, copy.lastIndexOf('/') + 1);
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      new URL(article, siteUrl).href,
    );
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(copy.slice(1, 3));
  });

  it('is in no sitemap, feed or search index', () => {
    const listed = ['/sitemap-0.xml', '/en/rss.xml', '/ru/rss.xml'].map((path) => builtText(path));
    for (const text of listed) expect(text).not.toMatch(/\.(en|ru)\.html/);
    // Pagefind counts the pages it indexed: the article pages alone.
    const entry = JSON.parse(builtText('/pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(4);
    expect(entry.languages.ru.page_count).toBe(4);
  });

  it.each(articlePagesIn(dist))(
    '%s: its copy carries everything the page says of the article',
    (path) => {
      const page = builtDocument(path);
      const copy = builtDocument(copyOf(path));
      const site = (href: string) => new URL(href, new URL(path, siteUrl)).href;
      // Headline, standfirst, byline with translation credit, dates, notes.
      for (const selector of [
        'h1',
        '.article__standfirst',
        '.byline',
        '.translation-credit',
        '.outdated-note',
        '.based-on',
        '.prose',
        '.corrections',
        '.source-credit',
        '.disclaimer',
      ])
        expect(texts(copy, selector), selector).toEqual(texts(page, selector));
      const dates = (document: typeof page) =>
        document
          .querySelectorAll('.article__meta time, .corrections time')
          .map((time) => time.getAttribute('datetime'));
      expect(dates(copy)).toEqual(dates(page));
      // Links to other articles lead to the main site, as full addresses.
      const hrefs = (document: typeof page, selector: string) =>
        document.querySelectorAll(selector).map((link) => link.getAttribute('href')!);
      expect(hrefs(copy, '.prose a')).toEqual(hrefs(page, '.prose a').map(site));
      expect(hrefs(copy, '.read-next a')).toEqual(
        hrefs(page, '.related .card__headline a').map(site),
      );
      expect(texts(copy, '.read-next a')).toEqual(texts(page, '.related .card__headline a'));
      // Where it came from, when, and the other edition's address.
      const saved = texts(copy, '.saved')[0]!;
      expect(saved).toContain(new URL(siteUrl).host);
      expect(saved).toContain(new URL(path, siteUrl).href);
      const other = page.querySelector('.language-switch a')!;
      if (other.getAttribute('hreflang') && !page.querySelector('.language-switch__note'))
        expect(hrefs(copy, '.saved a[hreflang]')).toEqual([site(other.getAttribute('href')!)]);
    },
  );

  it('says in the page language where and when it was saved', () => {
    const saved = (lang: string) =>
      texts(builtDocument(`/${lang}/articles/${lead}/${lead}.${lang}.html`), '.saved')[0]!;
    expect(saved('en')).toMatch(
      new RegExp(
        `^Saved from steppe-bulletin\\.example, \\d{1,2} [A-Z][a-z]+ \\d{4}; the article lives at ${siteUrl}/en/articles/${lead}/ In Russian: ${siteUrl}/ru/articles/${lead}/$`,
      ),
    );
    expect(saved('ru')).toMatch(
      new RegExp(
        `^Сохранено с сайта steppe-bulletin\\.example \\d{1,2} [а-я]+ \\d{4}; статья находится по адресу ${siteUrl}/ru/articles/${lead}/ На английском: ${siteUrl}/en/articles/${lead}/$`,
      ),
    );
  });
});

describe('one-file copies of the test-only articles', () => {
  it('a withdrawn article, a draft and a scheduled one have none; a corrected one has its corrections', () => {
    for (const slug of ['withdrawn-article', 'draft-article', 'scheduled-article'])
      expect(isServed(`/en/articles/${slug}/${slug}.en.html`, fixtureSite), slug).toBe(false);
    expect(
      builtDocument('/en/articles/withdrawn-article/', fixtureSite).querySelector('a[download]'),
    ).toBeNull();
    const corrected = builtDocument(
      '/en/articles/corrected-article/corrected-article.en.html',
      fixtureSite,
    );
    expect(texts(corrected, '.corrections li')).toEqual(
      texts(builtDocument('/en/articles/corrected-article/', fixtureSite), '.corrections li'),
    );
    expect(texts(corrected, '.corrections li')).toHaveLength(2);
  });

  it('an article with three photographs has them inlined, as WebP at the width of its column', async () => {
    const slug = 'article-with-three-photos';
    const copy = builtDocument(`/en/articles/${slug}/${slug}.en.html`, fixtureSite);
    const images = copy.querySelectorAll('.figure img');
    expect(images).toHaveLength(3);
    for (const image of images) {
      const [, mime, data] = /^data:(image\/\w+);base64,(.+)$/.exec(image.getAttribute('src')!)!;
      expect(mime).toBe('image/webp');
      const { format, width, height } = await sharp(Buffer.from(data!, 'base64')).metadata();
      expect({ format, width, height }).toEqual({
        format: 'webp',
        width: Number(image.getAttribute('width')),
        height: Number(image.getAttribute('height')),
      });
      expect(width).toBe(640);
      expect(image.getAttribute('alt')).toMatch(/^A generated test picture/);
    }
    expect(texts(copy, '.figure figcaption')).toEqual(
      texts(builtDocument(`/en/articles/${slug}/`, fixtureSite), '.figure figcaption'),
    );
  });
});
