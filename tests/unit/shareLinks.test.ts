import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/shareLinks';

const url = 'https://steppe-bulletin.example/ru/articles/a-story/';
const title = 'О чём говорят «протесты» & why?';
const links = Object.fromEntries(shareLinks(url, title).map((link) => [link.network, link.href]));
const u = encodeURIComponent(url);
const t = encodeURIComponent(title);

describe('shareLinks', () => {
  it.each([
    ['telegram', `https://t.me/share/url?url=${u}&text=${t}`],
    ['whatsapp', `https://wa.me/?text=${t}%20${u}`],
    ['vk', `https://vk.com/share.php?url=${u}&title=${t}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['x', `https://x.com/intent/post?url=${u}&text=${t}`],
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['email', `mailto:?subject=${t}&body=${u}`],
  ])('%s', (network, expected) => {
    expect(links[network]).toBe(expected);
  });

  it('carries the title and address intact, whatever characters they hold', () => {
    const telegram = new URL(links.telegram!);
    expect(telegram.searchParams.get('text')).toBe(title);
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(new URL(links.facebook!).searchParams.get('u')).toBe(url);
  });
});
