import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LanguageIndex, type Request } from './languageIndex';
import {
  indexKey,
  indexNote,
  keepIndex,
  keptIndex,
  moveInto,
  pageDigests,
  restoreIndex,
  reusable,
} from './searchIndexCache';

/**
 * The article pages under a built site, as paths from its root, sorted: the
 * index's order. Pages only (`index.html`), not the articles' one-file copies
 * beside them.
 */
export async function articlePages(site: string): Promise<string[]> {
  if (!existsSync(site)) return [];
  const files = await readdir(site, { recursive: true });
  return files.filter((file) => /^[^/]+\/articles\/.+\/index\.html$/.test(file)).sort();
}

/** The language folder a page is in: the site's languages each have their index. */
export const languageOf = (page: string) => page.slice(0, page.indexOf('/'));

/** The languages of a list of pages, sorted: the order their indexes are merged in. */
export const languagesOf = (pages: string[]) => [...new Set(pages.map(languageOf))].sort();

/** A language's index begun while Astro built, and whether its head start went well. */
export interface HeadStart {
  index: LanguageIndex;
  ready: Promise<boolean>;
}

/** What writing a site's search index needs. */
export interface IndexJob {
  /** The built site's folder; the index goes to its pagefind/. */
  site: string;
  /** Astro's cache folder, where each language's finished index is kept. */
  cacheDir: string;
  /** searchIndexWorker.mjs, which runs a language's Pagefind. */
  workerFile: string;
  /** The key of the indexer (indexerOf), or undefined: then no index is reused or kept. */
  indexer: string | undefined;
  /** Each language's sourcesKey, kept with its index. */
  sources: ReadonlyMap<string, string>;
  /** Languages begun while Astro built (taken from the map as they are used). */
  heads: Map<string, HeadStart>;
  /** Whether the languages are indexed side by side, or one after the other. */
  sideBySide: boolean;
}

/**
 * Writes the site's search index into <site>/pagefind/: each language by a
 * Pagefind of its own (its head start's, if it has one), a language whose
 * article pages are those of its kept index taken from the cache folder,
 * then the languages' files merged (the same files as one Pagefind run's,
 * the languages together in pagefind-entry.json). Returns the line the
 * build's log gives it.
 */
export async function writeSearchIndex(job: IndexJob): Promise<string> {
  const { site, cacheDir, workerFile, indexer, sources, heads } = job;
  const outputPath = join(site, 'pagefind');
  const started = performance.now();
  const pages = await articlePages(site);
  const languages = languagesOf(pages);
  const indexLanguage = async (lang: string) => {
    const head = heads.get(lang);
    heads.delete(lang);
    const folder = join(site, `.pagefind-${lang}`);
    const own = pages.filter((page) => languageOf(page) === lang);
    // Hashed while its head start, if any, adds its last pages.
    const digests = indexer === undefined ? undefined : await pageDigests(site, own);
    const key =
      indexer === undefined || digests === undefined
        ? undefined
        : indexKey(
            indexer,
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
      const unchanged = (await index.request({ ...request, ...(digests && { digests }) })) ?? 0;
      const made = { key: key ?? '', sources: sources.get(lang) ?? '' };
      if (key !== undefined) await keepIndex(cacheDir, lang, folder, made);
      return { lang, folder, unchanged, reused: false };
    } finally {
      await index.end();
    }
  };
  if (pages.length === 0) throw new Error(`search index: no article pages in ${site}`);
  const done = job.sideBySide
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
  const counts = Object.entries(merged).map(([lang, { page_count }]) => `${lang} ${page_count}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${counts.join(', ')} pages indexed in ${seconds} s${indexNote(done)}`;
}
