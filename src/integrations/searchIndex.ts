import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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

/**
 * Builds the search index into <site>/pagefind/ once the pages are written
 * (after their addresses are made relative, so it indexes the pages as
 * readers get them): one index per language, taken from each page's
 * <html lang>; only what is marked data-pagefind-body (the articles) is
 * indexed. Every build has its index, the fixture and benchmark builds too.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index } = assertNoErrors(await pagefind.createIndex(), 'start', logger);
          if (!index) throw new Error('search index: Pagefind did not start');
          const { page_count: pages } = assertNoErrors(
            // Only article pages carry data-pagefind-body: the others are not read at all.
            await index.addDirectory({ path: site, glob: '*/articles/**/*.html' }),
            'read the pages',
            logger,
          );
          if (pages === 0) throw new Error(`search index: no HTML files in ${site}`);
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
          logger.info(`${counts.join(', ')} pages indexed in ${seconds} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
