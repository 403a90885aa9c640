import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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

/** An index started with the last build's article pages, while this build makes its own. */
interface HeadStart {
  index: Index;
  /** The pages added, in order, with the digest of what was added. */
  pages: Promise<Map<string, string>>;
}

/**
 * Builds the search index into <site>/pagefind/ once the pages are written
 * (their addresses already made relative, so it indexes the pages as
 * readers get them): one index per language, taken from each page's
 * <html lang>; only what is marked data-pagefind-body (the articles) is
 * indexed, so only the article pages are read. Every build has its index,
 * the fixture and benchmark builds too.
 *
 * Pagefind cannot update an index, and indexing every article takes long
 * (some 15 s of CPU at 4,000 pages). So while Astro builds, the index is
 * started with the article pages of the last build, as Astro's incremental
 * build keeps them (<cacheDir>/dist/). Once the pages are written, those that
 * changed are added again (Pagefind replaces a page added twice, in its first
 * place). When a page came or went, the index is built again from the pages
 * alone. Pages are always added in the order of their paths, so the index is
 * the same bytes however it was built.
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
          if (pages.length === 0) return undefined;
          const { index } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
          if (!index) return undefined;
          const added = addPages(index, last, pages, logger);
          // Failing here only costs the head start; the build indexes from scratch.
          added.catch(() => undefined);
          return { index, pages: added };
        })().catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const pages = await articlePages(site);
          if (pages.length === 0) throw new Error(`search index: no article pages in ${site}`);
          const head = await headStart;
          const guessed = await head?.pages.catch(() => undefined);
          let index: Index | undefined;
          let reused = 0;
          if (head && guessed && [...guessed.keys()].join('\n') === pages.join('\n')) {
            // The same pages as last time: add again only those that changed.
            index = head.index;
            const changed: string[] = [];
            for (const page of pages) {
              const content = await readFile(join(site, page), 'utf8');
              if (guessed.get(page) === digest(content)) reused += 1;
              else changed.push(page);
            }
            await addPages(index, site, changed, logger);
          } else {
            if (head) await head.index.deleteIndex();
            const { index: fresh } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
            if (!fresh) throw new Error('search index: Pagefind did not start');
            index = fresh;
            await addPages(index, site, pages, logger);
          }
          const { outputPath } = assertNoErrors(
            await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }),
            'write the index',
            logger,
          );
          // The entry file says how many pages each language's index holds.
          const entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const counts = Object.entries(entry.languages).map(
            ([lang, { page_count }]) => `${lang} ${page_count}`,
          );
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kept = reused > 0 ? ` (${reused} unchanged since the last build)` : '';
          logger.info(`${counts.join(', ')} pages indexed in ${seconds} s${kept}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
