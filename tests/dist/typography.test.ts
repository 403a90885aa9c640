// Typography as it reaches readers, read from the built pages.
import { expect, it } from 'vitest';
import { builtPages, builtText } from './builtSite';

it('no Russian page leaves an ordinary space after a one- or two-letter word', () => {
  // Article text, frontmatter, the About pages and the interface are all typeset
  // («в⍽Казахстане», «О⍽«Степном вестнике»»); particles (же, ли, бы) belong
  // to the word before them. Read from the built pages: text and the
  // attributes readers and link previews see.
  const shortWord = /(?<=^|[\s«„(])(?!(?:же|ж|ли|ль|бы|б) )([а-яё]{1,2}) (?=\S)/giu;
  const pages = builtPages().filter((path) => path.startsWith('/ru/'));
  expect(pages.length).toBeGreaterThan(10);
  const loose: string[] = [];
  for (const path of pages) {
    const text = builtText(path)
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]*\b(?:content|alt|aria-label|title)="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, '');
    for (const match of text.matchAll(shortWord)) {
      loose.push(`${path}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`);
    }
  }
  expect(loose).toEqual([]);
});

it('no date on any page can break across lines, in either language', () => {
  // Datelines, notices and corrections print their dates in <time>; each is
  // typeset as the text around it (24⍽ноября⍽2026, June⍽2019).
  const dates: string[] = [];
  for (const path of builtPages()) {
    for (const match of builtText(path).matchAll(/<time\b[^>]*>([^<]*)<\/time>/g)) {
      dates.push(`${path}: ${match[1]}`);
    }
  }
  expect(dates.length).toBeGreaterThan(20);
  expect(dates.filter((date) => / /.test(date.slice(date.indexOf(': ') + 2)))).toEqual([]);
});

it('no Russian page leaves «при», «под», «без», «над», «для» or «про» apart from its word', () => {
  const preposition = /(?<=^|[\s«„(])(при|под|без|над|для|про) (?=\S)/giu;
  const loose: string[] = [];
  for (const path of builtPages().filter((page) => page.startsWith('/ru/'))) {
    const text = builtText(path)
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, '');
    for (const match of text.matchAll(preposition)) {
      loose.push(`${path}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`);
    }
  }
  expect(loose).toEqual([]);
});
