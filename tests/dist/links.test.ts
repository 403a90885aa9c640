// Links in the built files: every internal address leads to a file, every
// page is reached from the front pages, every address is relative (so that
// mirrors work) and every hreflang alternate exists. Read from dist/ with no
// server: a static host serves exactly these files.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtDocument, builtPages, builtText, dist, fileOf, isServed } from './builtSite';

const pages = builtPages();
/** Any origin stands for the site's own: built pages only link relatively. */
const site = 'https://site.invalid';
const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';

const idsOf = new Map<string, Set<string>>();
/** The ids of the elements of a built page, for links to a fragment. */
function ids(path: string): Set<string> {
  let found = idsOf.get(path);
  if (!found) {
    found = new Set([...builtText(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    idsOf.set(path, found);
  }
  return found;
}

/** Every address in a page's href, src, action and srcset attributes, as written. */
function addresses(html: string): string[] {
  return [
    ...[...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((match) => match[1]!),
    ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
      match[1]!.split(',').map((entry) => entry.trim().split(/\s+/)[0]!),
    ),
  ].map((url) => url.replaceAll('&amp;', '&'));
}

describe('links in the built site', () => {
  it('every internal address resolves to a file, every fragment to an element', () => {
    const broken: string[] = [];
    const external = new Set<string>();
    let checked = 0;
    for (const page of pages) {
      const html = builtText(page);
      const base = new URL(page, site);
      for (const raw of addresses(html)) {
        const url = new URL(raw, base);
        if (url.origin !== base.origin) {
          if (url.protocol.startsWith('http')) external.add(url.origin);
          continue;
        }
        checked += 1;
        const path = decodeURIComponent(url.pathname);
        if (!isServed(path)) {
          broken.push(`${page}: ${raw} (no file ${fileOf(path)})`);
          continue;
        }
        if (
          url.hash &&
          fileOf(path).endsWith('.html') &&
          !ids(path).has(decodeURIComponent(url.hash.slice(1)))
        )
          broken.push(`${page}: ${raw} (no element #${url.hash.slice(1)})`);
      }
      for (const match of html.matchAll(/<a\s[^>]*target="_blank"[^>]*>/g)) {
        if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(match[0])) {
          broken.push(`${page}: a new-tab link without rel="noopener noreferrer": ${match[0]}`);
        }
      }
    }
    console.log(
      `links: ${broken.length} broken of ${checked} internal addresses on ${pages.length} pages`,
    );
    console.log(`external hosts linked: ${[...external].sort().join(', ')}`);
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(broken).toEqual([]);
  });

  it('every page but the not-found and offline pages is reached by links from the front pages', () => {
    const reached = new Set<string>();
    const queue = ['/', '/en/', '/ru/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      // Pages, and the files they offer (an article's one-file copy, reached by its link).
      if (reached.has(path) || !/(\/|\.html)$/.test(path) || !isServed(path)) continue;
      reached.add(path);
      const base = new URL(path, site);
      for (const link of builtDocument(path).querySelectorAll('a[href]')) {
        const url = new URL(link.getAttribute('href')!, base);
        if (url.origin === base.origin) queue.push(decodeURIComponent(url.pathname));
      }
    }
    const unreached = pages.filter(
      (page) => !reached.has(page) && !/(^\/404\.html|\/(404|offline)\/)$/.test(page),
    );
    console.log(`links: ${reached.size} pages reached from the front pages`);
    expect(reached.size).toBeGreaterThan(25);
    expect(unreached).toEqual([]);
  });

  it('no page or stylesheet holds a root-absolute address, so mirrors under a folder work', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(html|css)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(30);
    const offending = files.flatMap((file) => {
      const text = readFileSync(`${dist}/${file}`, 'utf8');
      const found = [
        ...text.matchAll(/\s(?:href|src|action|poster)="(\/(?!\/)[^"]*)"/g),
        ...text
          .matchAll(/\ssrcset="([^"]*)"/g)
          .filter((match) => /(^|,\s*)\/(?!\/)/.test(match[1]!)),
        ...text.matchAll(/url\(\s*['"]?(\/(?!\/)[^)'"]*)/g),
      ];
      return found.map((match) => `${file}: ${match[1]}`);
    });
    expect(offending).toEqual([]);
  });

  it('on every built page, the language switch and hreflang lead to pages that exist', () => {
    const broken: string[] = [];
    const alternatesOn = new Map<string, number>();
    let checked = 0;
    // The fixture site too: its article with no translation has a switch of its own.
    for (const dir of [dist, '.fixture-site']) {
      for (const page of builtPages(dir)) {
        const document = builtDocument(page, dir);
        const alternates = document.querySelectorAll('link[rel=alternate][hreflang]');
        if (dir === dist) alternatesOn.set(page, alternates.length);
        const switches = document.querySelectorAll('a[hreflang][lang]');
        for (const link of [...alternates, ...switches]) {
          checked += 1;
          const href = link.getAttribute('href')!;
          const path = new URL(href, new URL(page, site)).pathname;
          if (!isServed(path, dir)) broken.push(`${dir}${page}: ${href}`);
        }
      }
    }
    console.log(`language switch and hreflang: ${checked} links checked`);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    // The root, both front pages and a translated article: each language and x-default.
    for (const page of ['/', '/en/', '/ru/', `/en/articles/${slug}/`, `/ru/articles/${slug}/`])
      expect(alternatesOn.get(page), page).toBeGreaterThanOrEqual(3);
    const ru = builtDocument(`/ru/articles/${slug}/`);
    const meta = (property: string) =>
      ru.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('og:locale')).toBe('ru_RU');
    expect(meta('og:locale:alternate')).toBe('en_GB');
  });
});
