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
