import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LanguageIndex, type Request } from './languageIndex';
import {
  headStartLanguages,
  indexerOf,
  indexKey,
  indexNote,
  keepIndex,
  keptIndex,
  moveInto,
  type KeptIndex,
  pageDigests,
  restoreIndex,
  reusable,
  sourcesKey,
} from './searchIndexCache';

/**
 * Up to this many article pages in all, the languages are indexed side by
 * side, each by its own Pagefind; above it, one after the other, so that
 * only one index is in memory at a time (Pagefind holds some 340 KB a page
 * while it writes an index: 3.3 GB for 10,000 pages).
 */
export const sideBySidePages = 6000;

/**
 * The article pages under a built site, as paths from its root, sorted: the
 * index's order. Pages only (`index.html`), not the articles' one-file copies
 * beside them.
 */
async function articlePages(site: string): Promise<string[]> {
  if (!existsSync(site)) return [];
  const files = await readdir(site, { recursive: true });
  return files.filter((file) => /^[^/]+\/articles\/.+\/index\.html$/.test(file)).sort();
}

/** The language folder a page is in: the site's languages each have their index. */
const languageOf = (page: string) => page.slice(0, page.indexOf('/'));

/** The languages of a list of pages, sorted: the order their indexes are merged in. */
const languagesOf = (pages: string[]) => [...new Set(pages.map(languageOf))].sort();

/**
 * Builds the search index into <site>/pagefind/ once the pages are written
 * (their addresses already made relative, so it indexes the pages as
 * readers get them): one index per language, taken from each page's
 * <html lang>; only what is marked data-pagefind-body (the articles) is
 * indexed, so only the article pages are read. Every build has its index,
 * the fixture and benchmark builds too.
 *
 * Each language is indexed in a worker thread with a Pagefind of its own
 * (searchIndexWorker.mjs), written to a folder of its own and merged (the
 * same files as one Pagefind run's, the languages together in
 * pagefind-entry.json). Pagefind cannot update an index, and holds a whole
 * one in memory: up to sideBySidePages the languages are indexed side by
 * side, above it one after the other. A language none of whose article
 * pages changed takes the index it had, kept in the cache folder with the
 * key of what made it (searchIndexCache.ts). While Astro builds, the
 * others are begun with the last build's article pages, as Astro's
 * incremental build keeps them (<cacheDir>/dist/): then only the pages that
 * changed are added again (all such languages up to sideBySidePages, the
 * first above it). Pages are added in the order of their paths, so an index
 * is the same bytes however it was built.
 */
export function searchIndex(contentDir: string): AstroIntegration {
  let building = false;
  let workerFile = '';
  let cacheDir = '';
  let indexer: Promise<string | undefined> = Promise.resolve(undefined);
  // The digest of each language's article files, for the kept index's record.
  let sources: Promise<Map<string, string>> = Promise.resolve(new Map());
  // Each language's index begun while Astro builds, by language: the worker,
  // and whether its head start went well, once it has ended.
  let begun: Promise<Map<string, { index: LanguageIndex; ready: Promise<boolean> }>> =
    Promise.resolve(new Map());
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
        workerFile = fileURLToPath(new URL('src/integrations/searchIndexWorker.mjs', config.root));
        cacheDir = fileURLToPath(config.cacheDir);
        // Without it (Pagefind not where it is expected), no index is reused or kept.
        indexer = indexerOf(fileURLToPath(config.root), workerFile).catch(() => undefined);
        const content = resolve(fileURLToPath(config.root), contentDir);
        sources = readdir(join(content, 'articles'))
          .then((languages) =>
            Promise.all(
              languages.map(async (lang) => [lang, await sourcesKey(content, lang)] as const),
            ),
          )
          .then((entries) => new Map(entries))
          .catch(() => new Map());
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
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const started = performance.now();
        const pages = await articlePages(site);
        const languages = languagesOf(pages);
        const pagesOf = (lang: string) => pages.filter((page) => languageOf(page) === lang);
        const heads = await begun;
        const indexedBy = await indexer;
        const indexLanguage = async (lang: string) => {
          const head = heads.get(lang);
          heads.delete(lang);
          const folder = join(site, `.pagefind-${lang}`);
          const own = pagesOf(lang);
          // Hashed while its head start, if any, adds its last pages.
          const digests = indexedBy === undefined ? undefined : await pageDigests(site, own);
          const key =
            indexedBy === undefined || digests === undefined
              ? undefined
              : indexKey(
                  indexedBy,
                  own.map((path, i) => ({ path, digest: digests[i] ?? '' })),
                );
          if (reusable(await keptIndex(cacheDir, lang), key)) {
            // Not waiting for its head start to end: the kept index will do.
            await head?.index.end();
            await restoreIndex(cacheDir, lang, folder);
            return { lang, folder, unchanged: own.length, reused: true };
          }
          const index = head && (await head.ready) ? head.index : new LanguageIndex(workerFile);
          try {
            const request: Request = { type: 'finish', site, pages: own, outputPath: folder };
            const unchanged =
              (await index.request({ ...request, ...(digests && { digests }) })) ?? 0;
            const made = { key: key ?? '', sources: (await sources).get(lang) ?? '' };
            if (key !== undefined) await keepIndex(cacheDir, lang, folder, made);
            return { lang, folder, unchanged, reused: false };
          } finally {
            await index.end();
          }
        };
        try {
          if (pages.length === 0) throw new Error(`search index: no article pages in ${site}`);
          const done =
            pages.length <= sideBySidePages
              ? await Promise.all(languages.map(indexLanguage))
              : await languages.reduce(
                  async (all, lang) => [...(await all), await indexLanguage(lang)],
                  Promise.resolve([] as Awaited<ReturnType<typeof indexLanguage>>[]),
                );
          // Each language's run writes the entry file with its own language only.
          const entries = await Promise.all(
            done.map(async ({ folder }) =>
              JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')),
            ),
          );
          for (const { folder } of done) await moveInto(folder, outputPath);
          const merged = Object.assign({}, ...entries.map((entry) => entry.languages)) as Record<
            string,
            { page_count: number }
          >;
          // A new file, not written into the moved one: that may be linked to a kept index's.
          await rm(join(outputPath, 'pagefind-entry.json'));
          await writeFile(
            join(outputPath, 'pagefind-entry.json'),
            JSON.stringify({ ...entries[0], languages: merged }),
          );
          const counts = Object.entries(merged).map(
            ([lang, { page_count }]) => `${lang} ${page_count}`,
          );
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`${counts.join(', ')} pages indexed in ${seconds} s${indexNote(done)}`);
        } finally {
          // Head starts of languages this build no longer has.
          await Promise.all([...heads.values()].map(({ index }) => index.end()));
          heads.clear();
        }
      },
    },
  };
}
