// The article pages as search engines and link previews read them, and which
// articles the published site holds. Read from dist/: no browser needed.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/locales';
import { builtDocument, builtPages, builtText, dist, isServed } from './builtSite';

const leadSlug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const slugsIn = (folder: string, extension: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();

describe('the published articles', () => {
  it.each(languages)('%s: exactly the articles of content/, and no test fixture', (lang) => {
    const built = readdirSync(`${dist}/${lang}/articles`).sort();
    expect(built).toEqual(slugsIn(`content/articles/${lang}`, '.mdx'));
    for (const fixture of slugsIn('tests/fixtures/site', '.mdx'))
      expect(isServed(`/${lang}/articles/${fixture}/`), fixture).toBe(false);
  });

  it('no unavailable photo is used as an image: not on a page, a card or a link preview', () => {
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
      for (const [, attribute, inJson] of builtText(path).matchAll(imageUrls)) {
        for (const name of standIns) expect(attribute ?? inJson, path).not.toContain(`/${name}.`);
      }
    }
  });

  const feed = new XMLParser().parse(builtText('/en/rss.xml'));
  const slugs: string[] = feed.rss.channel.item.map(
    (item: { link: string }) => new URL(item.link).pathname.split('/')[3],
  );
  const pages = slugs.flatMap((slug) => languages.map((lang) => ({ slug, lang })));

  it.each(pages)(
    '$lang/$slug carries NewsArticle structured data and link-preview metadata',
    ({ slug, lang }) => {
      const path = `/${lang}/articles/${slug}/`;
      const page = builtDocument(path);
      const blocks = page.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]!.textContent);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(page.querySelector('h1')!.textContent);
      expect(data.description).toBe(
        page.querySelector('meta[name=description]')!.getAttribute('content'),
      );
      expect(data.inLanguage).toBe(lang);
      expect(new URL(data.url).pathname).toBe(path);
      expect(data.datePublished).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(data.author[0]['@type']).toBe('Organization');
      expect(data.publisher.name).toBe(lang === 'en' ? 'Steppe Bulletin' : 'Степной вестник');
      expect(data.isBasedOn.url).toMatch(/^https:\/\//);
      if (slug === leadSlug) {
        // CABAR.asia's article of June 2019, on this site since 25 November 2026.
        expect(data.datePublished).toBe('2026-11-25');
        expect(data.isBasedOn.datePublished).toBe('2019-06');
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
      for (const image of data.image) expect(isServed(new URL(image).pathname)).toBe(true);

      const meta = (property: string) =>
        page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(meta('og:type')).toBe('article');
      expect(meta('og:title')).toBe(data.headline);
      expect(meta('article:published_time')).toBe(data.datePublished);
      expect(meta('article:section')).toBeTruthy();
      expect(page.querySelectorAll('meta[property="article:tag"]').length).toBeGreaterThan(0);
      expect(meta('og:image:alt')).toBeTruthy();
      expect(isServed(new URL(meta('og:image')!).pathname)).toBe(true);
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
      expect(
        new URL(page.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname,
      ).toBe(path);
    },
  );
});
