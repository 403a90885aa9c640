import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Up to this many article pages in all, the languages are indexed side by
 * side, each by its own Pagefind; above it, one after the other, so that
 * only one index is in memory at a time (Pagefind holds some 340 KB a page
 * while it writes an index: 3.3 GB for 10,000 pages).
 */
export const sideBySidePages = 6000;

/** The article pages under a built site, as paths from its root, sorted: the index's order. */
async function articlePages(site: string): Promise<string[]> {
  if (!existsSync(site)) return [];
  const files = await readdir(site, { recursive: true });
  return files.filter((file) => /^[^/]+\/articles\/.+\.html$/.test(file)).sort();
}

/** The language folder a page is in: the site's languages each have their index. */
const languageOf = (page: string) => page.slice(0, page.indexOf('/'));

/** The languages of a list of pages, sorted: the order their indexes are merged in. */
const languagesOf = (pages: string[]) => [...new Set(pages.map(languageOf))].sort();

/** What searchIndexWorker.mjs is asked. */
type Request =
  | { type: 'begin'; site: string; pages: string[] }
  | { type: 'finish'; site: string; pages: string[]; outputPath: string };

/** One language's index, kept by a worker thread with its own Pagefind (searchIndexWorker.mjs). */
class LanguageIndex {
  readonly #worker: Worker;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    // The worker only passes pages on: a small heap, collected often, keeps
    // the build's own memory as it was (two default heaps added 200 MB).
    this.#worker = new Worker(file, {
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 },
    });
    this.#worker.unref();
  }

  /** Asks the worker, one request at a time; answers how many pages had not changed. */
  request(request: Request): Promise<number | undefined> {
    const answer = this.#queue.then(
      () =>
        new Promise<number | undefined>((resolve, reject) => {
          const onExit = () => reject(new Error('search index: the indexing worker stopped'));
          this.#worker.once('exit', onExit);
          this.#worker.once('message', (message: { result?: number; error?: string }) => {
            this.#worker.off('exit', onExit);
            if (message.error !== undefined) reject(new Error(`search index: ${message.error}`));
            else resolve(message.result);
          });
          this.#worker.postMessage(request);
        }),
    );
    this.#queue = answer.catch(() => undefined);
    return answer;
  }

  /** Ends the worker and its Pagefind. */
  end(): Promise<number> {
    return this.#worker.terminate();
  }
}

/** Moves every file of `from` into `to`, folders and all, and removes `from`. */
async function moveInto(from: string, to: string): Promise<void> {
  for (const file of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const source = join(file.parentPath, file.name);
    const target = join(to, source.slice(from.length + 1));
    await mkdir(dirname(target), { recursive: true });
    await rename(source, target);
  }
  await rm(from, { recursive: true, force: true });
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
 * (searchIndexWorker.mjs), written to a folder of its own and merged (the
 * same files as one Pagefind run's, the languages together in
 * pagefind-entry.json). Pagefind cannot update an index, and holds a whole
 * one in memory: up to sideBySidePages the languages are indexed side by
 * side, above it one after the other. While Astro builds, the indexes are
 * begun with the last build's article pages, as Astro's incremental build
 * keeps them (<cacheDir>/dist/): then only the pages that changed are added
 * again (all languages up to sideBySidePages, the first above it). Pages
 * are added in the order of their paths, so an index is the same bytes
 * however it was built.
 */
export function searchIndex(): AstroIntegration {
  let building = false;
  let workerFile = '';
  // Each language's index begun while Astro builds, by language.
  let begun: Promise<Map<string, Promise<LanguageIndex | undefined>>> = Promise.resolve(new Map());
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        workerFile = fileURLToPath(new URL('src/integrations/searchIndexWorker.mjs', config.root));
        const last = fileURLToPath(new URL('dist/', config.cacheDir));
        begun = articlePages(last)
          .then((pages) => {
            const languages = languagesOf(pages);
            const chosen = pages.length <= sideBySidePages ? languages : languages.slice(0, 1);
            return new Map(
              chosen.map((lang) => {
                const index = new LanguageIndex(workerFile);
                const own = pages.filter((page) => languageOf(page) === lang);
                // Failing here only costs the head start: the language is indexed from scratch.
                const ready = index.request({ type: 'begin', site: last, pages: own }).then(
                  () => index,
                  async () => void (await index.end()),
                );
                return [lang, ready] as const;
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
        const heads = await begun;
        const indexLanguage = async (lang: string) => {
          const index = (await heads.get(lang)) ?? new LanguageIndex(workerFile);
          heads.delete(lang);
          const folder = join(site, `.pagefind-${lang}`);
          try {
            const own = pages.filter((page) => languageOf(page) === lang);
            const request = { type: 'finish', site, pages: own, outputPath: folder } as const;
            return { lang, folder, unchanged: (await index.request(request)) ?? 0 };
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
          await writeFile(
            join(outputPath, 'pagefind-entry.json'),
            JSON.stringify({ ...entries[0], languages: merged }),
          );
          const counts = Object.entries(merged).map(
            ([lang, { page_count }]) => `${lang} ${page_count}`,
          );
          const unchanged = done.reduce((sum, { unchanged }) => sum + unchanged, 0);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kept = unchanged > 0 ? ` (${unchanged} unchanged since the last build)` : '';
          logger.info(`${counts.join(', ')} pages indexed in ${seconds} s${kept}`);
        } finally {
          // Head starts of languages this build no longer has.
          await Promise.all([...heads.values()].map(async (index) => (await index)?.end()));
          heads.clear();
        }
      },
    },
  };
}
