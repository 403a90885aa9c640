// The body comparison must find every change to a body, however small (one
// non-breaking space), and nothing where there is none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedRegion,
  compareSnapshots,
  groupedDifferences,
  proseOf,
  siteSnapshot,
  type Snapshot,
} from '../bodySnapshot.ts';

const page = (body: string, title = 'A') =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<div class="prose">${body}</div><footer>Source</footer></article></body></html>`;

describe('proseOf', () => {
  it('takes the inner HTML of the prose div, divs nested inside included', () => {
    const body = '<p>One</p>\n<div class="x"><div>two</div></div>\n<p>Three</p>';
    expect(proseOf(page(body))).toBe(body);
  });

  it('finds nothing in a page without a prose div, or with one never closed', () => {
    expect(proseOf('<html><body><p>list</p></body></html>')).toBeUndefined();
    expect(proseOf('<div class="prose"><p>open')).toBeUndefined();
  });
});

describe('siteSnapshot', () => {
  const out = mkdtempSync(join(tmpdir(), 'body-snapshot-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reads every article page and the about page of each language, and nothing else', () => {
    const write = (path: string, html: string) => {
      mkdirSync(join(out, path), { recursive: true });
      writeFileSync(join(out, path, 'index.html'), html);
    };
    write('en/articles/one', page('<p>One</p>'));
    write('ru/articles/one', page('<p>Один</p>'));
    write('en/about', page('<p>About</p>'));
    write('ru/about', page('<p>О нас</p>'));
    write('en/topics/kazakhstan', '<html><body><ul></ul></body></html>');
    mkdirSync(join(out, '_astro'));
    expect(Object.keys(siteSnapshot(out))).toEqual([
      'en/articles/one',
      'en/about',
      'ru/articles/one',
      'ru/about',
    ]);
    expect(siteSnapshot(out)['ru/articles/one']?.body).toBe('<p>Один</p>');
  });
});

describe('compareSnapshots', () => {
  const snap = (body: string, title = 'A'): Snapshot => ({
    'site/en/articles/one': { body, page: page(body, title) },
  });

  it('finds no difference between identical snapshots', () => {
    expect(compareSnapshots(snap('<p>a</p>'), snap('<p>a</p>'))).toEqual([]);
  });

  it('finds a body that differs by one non-breaking space, and shows where', () => {
    const [difference, ...more] = compareSnapshots(
      snap('<p>в Казахстане</p>'),
      snap('<p>в\u00A0Казахстане</p>'),
    );
    expect(more).toEqual([]);
    expect(difference).toMatchObject({ address: 'site/en/articles/one', part: 'body' });
    expect(difference?.before).toContain('в Казахстане');
    expect(difference?.after).toContain('в\u00A0Казахстане');
  });

  it('tells a page that differs around an identical body from a body that differs', () => {
    expect(compareSnapshots(snap('<p>a</p>', 'A'), snap('<p>a</p>', 'B'))).toMatchObject([
      { part: 'page' },
    ]);
  });

  it('names pages found on one side only', () => {
    const other: Snapshot = { 'site/en/articles/two': { body: '', page: '' } };
    expect(compareSnapshots(snap('<p>a</p>'), other).map((d) => d.part)).toEqual([
      'only before',
      'only after',
    ]);
  });
});

describe('changedRegion', () => {
  it('keeps only the tags and text that differ, from the first change to the last', () => {
    expect(
      changedRegion('<p>a</p><p>b</p><p>c</p><p>d</p>', '<p>a</p><p>B</p><p>c</p><p>D</p>'),
    ).toEqual({ before: 'b</p><p>c</p><p>d</p>', after: 'B</p><p>c</p><p>D</p>' });
    expect(changedRegion('<meta a><p>x</p>', '<meta b><p>x</p>')).toEqual({
      before: '<meta a>',
      after: '<meta b>',
    });
  });
});

describe('groupedDifferences', () => {
  it('names each change once, with every page it is on', () => {
    const change = { part: 'page' as const, before: '<meta a>', after: '<meta b>' };
    expect(
      groupedDifferences([
        { address: 'one', ...change },
        { address: 'two', ...change },
        { address: 'three', part: 'body', before: 'x', after: 'y' },
      ]),
    ).toEqual([
      { ...change, addresses: ['one', 'two'] },
      { part: 'body', before: 'x', after: 'y', addresses: ['three'] },
    ]);
  });
});
