// The content loader with a content store held in memory: a body that links
// to an article is rendered again, with the mark, when that article is
// withdrawn, and a body that does not keeps what it had.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePathOf } from '../../src/lib/urls';
import { mdxLoader, type BodyMetadata } from '../../src/loaders/mdxLoader';

const root = mkdtempSync(join(tmpdir(), 'loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file of the temporary content folder. */
function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
const article = (body: string, more = '') => `---\nlang: en\n${more}---\n\n${body}\n`;

/** An entry as the store keeps it. */
interface Entry {
  id: string;
  digest: string;
  rendered: { metadata: BodyMetadata };
}

/** What the loader is given by Astro, with a store and metadata held in maps. */
function context(collection: string, entries: Map<string, Entry>) {
  const meta = new Map<string, string>();
  return {
    collection,
    config: {
      root: pathToFileURL(`${root}/`),
      srcDir: new URL('../../src/', import.meta.url),
      cacheDir: pathToFileURL(`${root}/cache/`),
      site: 'https://steppe-bulletin.example',
    },
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { info() {}, warn() {}, error() {} },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => meta.set(key, value),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => entries.set(entry.id, entry) && true,
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
  } as unknown as LoaderContext;
}

const loader = (base: string, pagePath: (lang: string, name: string) => string | undefined) =>
  mdxLoader({ base: join(root, base), components: {}, articles: join(root, 'articles'), pagePath });
const body = (entries: Map<string, Entry>, id: string) =>
  readFileSync(entries.get(id)!.rendered.metadata.bodyFile, 'utf8');

describe('the content loader', () => {
  const articles = new Map<string, Entry>();
  const pages = new Map<string, Entry>();
  const load = async () => {
    await loader('articles', articlePathOf).load(context('articles', articles));
    await loader('pages', (lang, name) => `/${lang}/${name}/`).load(context('pages', pages));
  };

  it('marks the links to an article from the build it is withdrawn in, and renders nothing else again', async () => {
    write('articles/en/here.mdx', article('As [the story](../gone/) said.'));
    write('articles/en/gone.mdx', article('The story.'));
    write('articles/en/other.mdx', article('Nothing linked.'));
    write('pages/en/about.mdx', article('See [the story](/en/articles/gone/).'));
    await load();
    expect(body(articles, 'en/here')).toBe('<p>As <a href="../gone/">the story</a> said.</p>');
    const before = (id: string) => articles.get(id)!.digest;
    const [here, other] = [before('en/here'), before('en/other')];

    write(
      'articles/en/gone.mdx',
      article('The story.', 'withdrawn:\n  date: 2026-12-01\n  reason: Checked.\n'),
    );
    await load();
    expect(body(articles, 'en/here')).toBe(
      '<p>As <a href="../gone/">the story</a><span class="withdrawn-mark">\u00A0(withdrawn)</span> said.</p>',
    );
    expect(body(pages, 'en/about')).toBe(
      '<p>See <a href="/en/articles/gone/">the story</a><span class="withdrawn-mark">\u00A0(withdrawn)</span>.</p>',
    );
    expect(articles.get('en/here')!.digest).not.toBe(here);
    expect(articles.get('en/other')!.digest).toBe(other);
  });
});
