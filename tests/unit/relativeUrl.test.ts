import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../src/lib/relativeUrl';

describe('relativeUrl', () => {
  it.each([
    ['/en/articles/x/', '/en/', '../../'],
    ['/en/articles/x/', '/en/articles/y/', '../y/'],
    ['/en/articles/x/', '/en/articles/x/', './'],
    ['/en/articles/x/', '/en/articles/x/#main', './#main'],
    ['/en/articles/x/', '/_astro/a.jpg', '../../../_astro/a.jpg'],
    ['/en/articles/x/', '/ru/articles/x/', '../../../ru/articles/x/'],
    ['/en/', '/en/search/?q=Kosanov', 'search/?q=Kosanov'],
    ['/en/', '/en/rss.xml', 'rss.xml'],
    ['/en/', '/', '../'],
    ['/', '/en/', 'en/'],
    ['/', '/', './'],
    ['/404.html', '/ru/', 'ru/'],
    ['/en/topics/', '/en/topics/youth/', 'youth/'],
    ['/en/search/', '/pagefind/pagefind.js', '../../pagefind/pagefind.js'],
    ['/en/', 'https://cabar.asia/en/', 'https://cabar.asia/en/'],
    ['/en/', '//cdn.example/x.js', '//cdn.example/x.js'],
    ['/en/', '#main', '#main'],
    ['/en/', 'mailto:a@b.example', 'mailto:a@b.example'],
  ])('from %s to %s is %s', (page, target, expected) => {
    expect(relativeUrl(page, target)).toBe(expected);
    // What a browser makes of it is where the target is, under any folder.
    if (target.startsWith('/') && !target.startsWith('//')) {
      const base = 'https://mirror.example/some/dir';
      expect(new URL(expected, base + page).href).toBe(base + target);
    }
  });
});

describe('relativizeHtml', () => {
  it('rewrites links, sources, srcsets and forms, and leaves absolute addresses alone', () => {
    const html =
      '<a href="/en/">x</a><img src="/_astro/a.jpg" srcset="/_astro/a-360.jpg 360w, /_astro/a-720.jpg 720w">' +
      '<form action="/en/search/"></form><link rel="canonical" href="https://site.example/en/articles/x/">' +
      '<a href="//other.example/">y</a><a href="#main">z</a>';
    expect(relativizeHtml(html, '/en/articles/x/')).toBe(
      '<a href="../../">x</a><img src="../../../_astro/a.jpg" srcset="../../../_astro/a-360.jpg 360w, ../../../_astro/a-720.jpg 720w">' +
        '<form action="../../search/"></form><link rel="canonical" href="https://site.example/en/articles/x/">' +
        '<a href="//other.example/">y</a><a href="#main">z</a>',
    );
  });

  it("rewrites a redirect page's meta refresh, so an old address works on a mirror", () => {
    const html = '<meta http-equiv="refresh" content="0;url=/en/articles/new-name/">';
    expect(relativizeHtml(html, '/en/articles/old-name/')).toBe(
      '<meta http-equiv="refresh" content="0;url=../new-name/">',
    );
  });
});
