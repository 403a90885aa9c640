import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexRequestVariable, leaveIndexRequest } from './indexAfterAstro';
import { LanguageIndex } from './languageIndex';
import {
  headStartLanguages,
  indexerOf,
  keptIndex,
  sourcesOf,
  type KeptIndex,
} from './searchIndexCache';
import {
  articlePages,
  languageOf,
  languagesOf,
  writeSearchIndex,
  type HeadStart,
} from './writeSearchIndex';

/**
 * Up to this many article pages in all, the languages are indexed side by
 * side, while Astro's process is there; above it, one after the other, so
 * that only one index is in memory at a time (Pagefind holds some 340 KB a
 * page while it writes an index: 3.3 GB for 10,000 pages), and under
 * `npm run build` once Astro's process has ended (indexAfterAstro.ts).
 * SEARCH_INDEX_SIDE_BY_SIDE_PAGES sets another number, for a build machine
 * with less memory or more.
 */
export const sideBySidePages = pageCount(process.env.SEARCH_INDEX_SIDE_BY_SIDE_PAGES ?? '6000');

/** A number of pages, as an environment variable gives it; anything else stops the build. */
function pageCount(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new Error(
      `SEARCH_INDEX_SIDE_BY_SIDE_PAGES: expected a number of pages, like 6000, not "${text}"`,
    );
  }
  return Number(text);
}

/**
 * Builds the search index into <site>/pagefind/ once the pages are written
 * (their addresses already made relative, so it indexes the pages as
 * readers get them): one index per language, taken from each page's
 * <html lang>; only what is marked data-pagefind-body (the articles) is
 * indexed, so only the article pages are read. Every build has its index,
 * the fixture and benchmark builds too.
 *
 * Each language is indexed in a worker thread with a Pagefind of its own
 * (searchIndexWorker.mjs) and the languages' files merged
 * (writeSearchIndex.ts). Pagefind cannot update an index, and holds a whole
 * one in memory: up to sideBySidePages the languages are indexed side by
 * side, above it one after the other, and, when `npm run build` asks for it
 * (indexAfterAstro.ts), once Astro's process has ended. A language none of
 * whose article pages changed takes the index it had, kept in the cache
 * folder with the key of what made it (searchIndexCache.ts). Up to
 * sideBySidePages, while Astro builds, the others are begun with the last
 * build's article pages, as Astro's incremental build keeps them
 * (<cacheDir>/dist/): then only the pages that changed are added again.
 * Above it only the first is begun, and none when the index waits for
 * Astro's process to end: beside it, an index would take the memory that
 * waiting saves. Pages are added in the order of their paths, so an index
 * is the same bytes however it was built.
 */
export function searchIndex(contentDir: string): AstroIntegration {
  let building = false;
  let root = '';
  let workerFile = '';
  let cacheDir = '';
  let content = '';
  let indexer: Promise<string | undefined> = Promise.resolve(undefined);
  // The digest of each language's article files, for the kept index's record.
  let sources: Promise<Map<string, string>> = Promise.resolve(new Map());
  let begun: Promise<Map<string, HeadStart>> = Promise.resolve(new Map());
  // Where `npm run build` takes the index to write after Astro, if it does.
  const after = process.env[indexRequestVariable];
  const keptIndexes = async (languages: string[]) =>
    new Map(
      (
        await Promise.all(languages.map(async (l) => [l, await keptIndex(cacheDir, l)] as const))
      ).filter((entry): entry is [string, KeptIndex] => entry[1] !== undefined),
    );
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        root = fileURLToPath(config.root);
        workerFile = fileURLToPath(new URL('src/integrations/searchIndexWorker.mjs', config.root));
        cacheDir = fileURLToPath(config.cacheDir);
        content = resolve(root, contentDir);
        // Without it (Pagefind not where it is expected), no index is reused or kept.
        indexer = indexerOf(root, workerFile).catch(() => undefined);
        sources = sourcesOf(content);
        const last = fileURLToPath(new URL('dist/', config.cacheDir));
        begun = articlePages(last)
          .then(async (pages) => {
            const languages = languagesOf(pages);
            const kept = await keptIndexes(languages);
            const chosen = headStartLanguages(
              languages,
              pages.length,
              sideBySidePages,
              kept,
              await sources,
              after !== undefined,
            );
            return new Map(
              chosen.map((lang) => {
                const index = new LanguageIndex(workerFile);
                const own = pages.filter((page) => languageOf(page) === lang);
                // Failing here only costs the head start: the language is indexed from scratch.
                const ready = index.request({ type: 'begin', site: last, pages: own }).then(
                  () => true,
                  async () => (await index.end(), false),
                );
                return [lang, { index, ready }] as const;
              }),
            );
          })
          .catch(() => new Map());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const heads = await begun;
        try {
          const pages = (await articlePages(site)).length;
          if (after !== undefined && pages > sideBySidePages) {
            await leaveIndexRequest(after, {
              site,
              cacheDir,
              workerFile,
              root,
              contentDir: content,
            });
            logger.info(`${pages} article pages: indexed once Astro's process has ended`);
            return;
          }
          logger.info(
            await writeSearchIndex({
              site,
              cacheDir,
              workerFile,
              indexer: await indexer,
              sources: await sources,
              heads,
              sideBySide: pages <= sideBySidePages,
            }),
          );
        } finally {
          // Head starts of languages this build no longer has.
          await Promise.all([...heads.values()].map(({ index }) => index.end()));
          heads.clear();
        }
      },
    },
  };
}
