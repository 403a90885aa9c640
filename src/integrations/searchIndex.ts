import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Stops the build with Pagefind's own messages rather than publish a broken search. */
function assertNoErrors<T extends { errors: string[] }>(
  response: T,
  step: string,
  logger: AstroIntegrationLogger,
): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(error);
    throw new Error(`search index: Pagefind failed to ${step}`);
  }
  return response;
}

/** The article pages under a built site, as paths from its root, sorted: the index's order. */
async function articlePages(site: string): Promise<string[]> {
  if (!existsSync(site)) return [];
  const files = await readdir(site, { recursive: true });
  return files.filter((file) => /^[^/]+\/articles\/.+\.html$/.test(file)).sort();
}

const digest = (html: string) => createHash('sha256').update(html).digest('hex');

/**
 * Adds pages to an index in the order given (Pagefind's index depends on
 * it), reading a few at a time; returns each page's digest, by path.
 */
async function addPages(
  index: Index,
  site: string,
  pages: string[],
  logger: AstroIntegrationLogger,
): Promise<Map<string, string>> {
  const added = new Map<string, string>();
  for (let at = 0; at < pages.length; at += 32) {
    const batch = pages.slice(at, at + 32);
    const contents = await Promise.all(batch.map((page) => readFile(join(site, page), 'utf8')));
    const responses = batch.map((page, i) => {
      added.set(page, digest(contents[i]!));
      return index.addHTMLFile({ sourcePath: page, content: contents[i]! });
    });
    for (const response of await Promise.all(responses)) {
      assertNoErrors(response, 'read a page', logger);
    }
  }
  return added;
}

/** The index of one language begun with the last build's pages, while this build makes its own. */
interface HeadStart {
  lang: string;
  index: Index;
  /** The pages added, in order, with the digest of what was added. */
  pages: Promise<Map<string, string>>;
}

/** The language folder a page is in: the site's languages each have their index. */
const languageOf = (page: string) => page.slice(0, page.indexOf('/'));

/** The languages of a list of pages, sorted: the order their indexes are built in. */
const languagesOf = (pages: string[]) => [...new Set(pages.map(languageOf))].sort();

/**
 * Builds one language's index from its pages; begun with the last build's
 * pages when they were the same ones (Pagefind replaces a page added twice, in
 * its first place), only those that changed are added again. Returns the
 * number of pages that had not changed.
 */
async function indexLanguage(
  site: string,
  pages: string[],
  head: HeadStart | undefined,
  logger: AstroIntegrationLogger,
): Promise<{ index: Index; unchanged: number }> {
  const guessed = await head?.pages.catch(() => undefined);
  if (head && guessed && [...guessed.keys()].join('\n') === pages.join('\n')) {
    const changed: string[] = [];
    for (const page of pages) {
      const content = await readFile(join(site, page), 'utf8');
      if (guessed.get(page) !== digest(content)) changed.push(page);
    }
    await addPages(head.index, site, changed, logger);
    return { index: head.index, unchanged: pages.length - changed.length };
  }
  if (head) await pagefind.close();
  const { index } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
  if (!index) throw new Error('search index: Pagefind did not start');
  await addPages(index, site, pages, logger);
  return { index, unchanged: 0 };
}

/**
 * Builds the search index into <site>/pagefind/ once the pages are written
 * (their addresses already made relative, so it indexes the pages as
 * readers get them): one index per language, taken from each page's
 * <html lang>; only what is marked data-pagefind-body (the articles) is
 * indexed, so only the article pages are read. Every build has its index,
 * the fixture and benchmark builds too.
 *
 * Pagefind holds a whole index in memory (some 250 KB a page: 5 GB for
 * 20,000 pages) and cannot update one. So each language is indexed on its
 * own, one after the other, in a Pagefind that is then closed (the output is
 * the same files as one run's, the languages merged in pagefind-entry.json);
 * and while Astro builds, the first language's index is begun with the last
 * build's pages, as Astro's incremental build keeps them (<cacheDir>/dist/).
 * Pages are added in the order of their paths, so an index is the same bytes
 * however it was built.
 */
export function searchIndex(): AstroIntegration {
  let building = false;
  let headStart: Promise<HeadStart | undefined> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        const last = fileURLToPath(new URL('dist/', config.cacheDir));
        headStart = (async () => {
          const pages = await articlePages(last);
          const lang = languagesOf(pages)[0];
          if (!lang) return undefined;
          const { index } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
          if (!index) return undefined;
          const own = pages.filter((page) => languageOf(page) === lang);
          const added = addPages(index, last, own, logger);
          // Failing here only costs the head start: the language is indexed from scratch.
          added.catch(() => undefined);
          return { lang, index, pages: added };
        })().catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const started = performance.now();
        try {
          const pages = await articlePages(site);
          if (pages.length === 0) throw new Error(`search index: no article pages in ${site}`);
          const head = await headStart;
          const languages: Record<string, { page_count: number }> = {};
          let entry: { languages: typeof languages } | undefined;
          let unchanged = 0;
          for (const lang of languagesOf(pages)) {
            const own = pages.filter((page) => languageOf(page) === lang);
            const done = await indexLanguage(
              site,
              own,
              head?.lang === lang ? head : undefined,
              logger,
            );
            unchanged += done.unchanged;
            assertNoErrors(await done.index.writeFiles({ outputPath }), 'write the index', logger);
            // Each language's run writes the entry file with its own language only.
            entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
            Object.assign(languages, entry?.languages);
            await pagefind.close();
          }
          await writeFile(
            join(outputPath, 'pagefind-entry.json'),
            JSON.stringify({ ...entry, languages }),
          );
          const counts = Object.entries(languages).map(
            ([lang, { page_count }]) => `${lang} ${page_count}`,
          );
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kept = unchanged > 0 ? ` (${unchanged} unchanged since the last build)` : '';
          logger.info(`${counts.join(', ')} pages indexed in ${seconds} s${kept}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
