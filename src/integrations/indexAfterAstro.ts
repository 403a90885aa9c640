import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { indexerOf, sourcesOf } from './searchIndexCache';
import { writeSearchIndex } from './writeSearchIndex';

/**
 * A large site's search index is written once Astro's process has ended
 * (see searchIndex.ts): Pagefind holds a whole language's index in memory
 * (3.3 GB for 10,000 pages), and beside Astro's process, which keeps what it
 * took while it wrote the pages, the two need more than a 4 GB build machine
 * has. `npm run build` (scripts/build.mjs) runs Astro in a process of its
 * own and names, in this variable, a file where the integration leaves what
 * remains to index; it writes the index once that process has ended.
 */
export const indexRequestVariable = 'SEARCH_INDEX_AFTER_ASTRO';

/** What the integration leaves for the index to be written after Astro. */
export interface IndexRequest {
  /** The built site's folder. */
  site: string;
  /** Astro's cache folder. */
  cacheDir: string;
  /** searchIndexWorker.mjs. */
  workerFile: string;
  /** The project's root, for the indexer's key. */
  root: string;
  /** The content folder, for each language's sourcesKey. */
  contentDir: string;
}

/** Leaves the request for the build's last step. */
export const leaveIndexRequest = (file: string, request: IndexRequest) =>
  writeFile(file, JSON.stringify(request));

/**
 * Writes the index the integration left to write, the languages one after
 * the other; returns the log's line, or undefined when nothing was left.
 */
export async function indexAfterAstro(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined;
  const request = JSON.parse(await readFile(file, 'utf8')) as IndexRequest;
  await rm(file);
  const [indexer, sources] = await Promise.all([
    indexerOf(request.root, request.workerFile).catch(() => undefined),
    sourcesOf(request.contentDir),
  ]);
  return writeSearchIndex({
    ...request,
    indexer,
    sources,
    heads: new Map(),
    sideBySide: false,
  });
}
