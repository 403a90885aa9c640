// A language's search index is taken from the cache folder only when it was
// made from exactly this build's inputs; a language is begun while Astro
// builds only when its index is likely to be made again.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  headStartLanguages,
  indexKey,
  indexNote,
  type KeptIndex,
  reusable,
  sourcesKey,
} from '../../src/integrations/searchIndexCache';

const pages = [
  { path: 'en/articles/a/index.html', digest: 'd1' },
  { path: 'en/articles/b/index.html', digest: 'd2' },
];

describe('indexKey', () => {
  const key = indexKey('pagefind 1.6.0', pages);

  it('is the same for the same pages, in any order', () => {
    expect(indexKey('pagefind 1.6.0', [...pages].reverse())).toBe(key);
  });

  it.each([
    ['a page is edited', 'pagefind 1.6.0', [pages[0]!, { ...pages[1]!, digest: 'd3' }]],
    [
      'a page is added',
      'pagefind 1.6.0',
      [...pages, { path: 'en/articles/c/index.html', digest: 'd3' }],
    ],
    ['a page is removed', 'pagefind 1.6.0', [pages[0]!]],
    [
      'a page moves',
      'pagefind 1.6.0',
      [pages[0]!, { ...pages[1]!, path: 'en/articles/c/index.html' }],
    ],
    ['Pagefind or the worker changes', 'pagefind 1.6.1', pages],
  ])('changes when %s', (_, indexer, changed) => {
    expect(indexKey(indexer, changed)).not.toBe(key);
  });

  it('does not take a path and digest run together for another page', () => {
    expect(indexKey('', [{ path: 'a', digest: 'bc' }])).not.toBe(
      indexKey('', [{ path: 'ab', digest: 'c' }]),
    );
  });
});

describe('reusable', () => {
  const kept: KeptIndex = { key: 'k-en', sources: 's-en' };

  it.each([
    ['its pages are as when it was kept', kept, 'k-en', true],
    ['a page changed', kept, 'k-en2', false],
    ['nothing is kept (a first build, a cache folder deleted)', undefined, 'k-en', false],
    ['the pages could not be keyed', kept, undefined, false],
  ])('a kept index is reused when %s: %s', (_, index, key, reused) => {
    expect(reusable(index, key)).toBe(reused);
  });
});

describe('headStartLanguages', () => {
  const kept = new Map<string, KeptIndex>([
    ['en', { key: 'k-en', sources: 's-en' }],
    ['ru', { key: 'k-ru', sources: 's-ru' }],
  ]);
  const sources = (en: string, ru: string) =>
    new Map([
      ['en', en],
      ['ru', ru],
    ]);

  it.each([
    ['an English file changed', sources('s-en2', 's-ru'), 4000, ['en']],
    ['a Russian file changed', sources('s-en', 's-ru2'), 4000, ['ru']],
    ['no file changed', sources('s-en', 's-ru'), 4000, []],
    ['both changed', sources('s-en2', 's-ru2'), 4000, ['en', 'ru']],
    ['both changed, above side by side', sources('s-en2', 's-ru2'), 8000, ['en']],
    ['the Russian ones changed, above side by side', sources('s-en', 's-ru2'), 8000, ['ru']],
  ])('begins the languages whose files changed: %s', (_, now, count, begun) => {
    expect(headStartLanguages(['en', 'ru'], count, 6000, kept, now)).toEqual(begun);
  });

  it('begins none above side by side when the index waits for Astro to end', () => {
    const both = sources('s-en2', 's-ru2');
    expect(headStartLanguages(['en', 'ru'], 8000, 6000, kept, both, true)).toEqual([]);
    expect(headStartLanguages(['en', 'ru'], 4000, 6000, kept, both, true)).toEqual(['en', 'ru']);
  });

  it('begins every language of the last build when nothing is kept', () => {
    expect(headStartLanguages(['en', 'ru'], 4000, 6000, new Map(), sources('a', 'b'))).toEqual([
      'en',
      'ru',
    ]);
  });

  it('begins a language whose files it could not read', () => {
    expect(headStartLanguages(['en', 'ru'], 4000, 6000, kept, new Map([['en', 's-en']]))).toEqual([
      'ru',
    ]);
  });
});

describe('indexNote', () => {
  const done = (lang: string, unchanged: number, reused = false) => ({ lang, unchanged, reused });

  it.each([
    [[done('en', 0), done('ru', 0)], ''],
    [
      [done('en', 1999), done('ru', 2000, true)],
      ' (ru index reused from the last build; 1999 pages unchanged since the last build)',
    ],
    [[done('en', 4, true), done('ru', 4, true)], ' (en, ru index reused from the last build)'],
    [[done('en', 3), done('ru', 4)], ' (7 pages unchanged since the last build)'],
  ])('%j: %j', (languages, note) => {
    expect(indexNote(languages)).toBe(note);
  });
});

describe('sourcesKey', () => {
  const content = mkdtempSync(join(tmpdir(), 'sources-key-'));
  afterAll(() => rmSync(content, { recursive: true, force: true }));
  for (const lang of ['en', 'ru']) {
    mkdirSync(join(content, 'articles', lang), { recursive: true });
    writeFileSync(join(content, 'articles', lang, 'a.mdx'), `${lang} body\n`);
  }
  writeFileSync(join(content, 'authors.json'), '{}\n');
  mkdirSync(join(content, 'photos'));
  const keys = async () => [await sourcesKey(content, 'en'), await sourcesKey(content, 'ru')];

  it("changes with a language's own article files, and only that language's", async () => {
    const [en, ru] = await keys();
    appendFileSync(join(content, 'articles/en/a.mdx'), 'One more sentence.\n');
    const [en2, ru2] = await keys();
    expect(en2).not.toBe(en);
    expect(ru2).toBe(ru);
  });

  it("changes for every language with the content folder's data files", async () => {
    const [en, ru] = await keys();
    writeFileSync(join(content, 'authors.json'), '{ "a": {} }\n');
    const [en2, ru2] = await keys();
    expect(en2).not.toBe(en);
    expect(ru2).not.toBe(ru);
  });

  it('does not read the photos', async () => {
    const before = await keys();
    writeFileSync(join(content, 'photos/p.jpg'), 'a photo');
    expect(await keys()).toEqual(before);
  });

  it('reads a language of more files than the process may open at once', async () => {
    const archive = join(content, 'archive');
    mkdirSync(join(archive, 'articles/en'), { recursive: true });
    for (let i = 0; i < 600; i += 1) {
      writeFileSync(join(archive, `articles/en/a-${i}.mdx`), `Article ${i}\n`);
    }
    const module = fileURLToPath(
      new URL('../../src/integrations/searchIndexCache.ts', import.meta.url),
    );
    const script = `const { sourcesKey } = await import(${JSON.stringify(module)}); console.log(await sourcesKey(${JSON.stringify(archive)}, 'en'));`;
    // At most 200 files open at once (a hard limit: Node cannot raise it).
    const run = spawnSync(
      'sh',
      ['-c', 'ulimit -n 200 && exec "$0" --input-type=module -e "$1"', process.execPath, script],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(await sourcesKey(archive, 'en'));
  });
});
