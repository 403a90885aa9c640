// @ts-check
// One language's search index, in a worker thread of the build (see
// searchIndex.ts): each worker has its own Pagefind process, so languages
// can be indexed side by side, and each Pagefind's memory goes when its
// worker ends. Plain JavaScript: Node runs it without Vite.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** @typedef {Awaited<ReturnType<typeof pagefind.createIndex>>['index']} Index */

/**
 * @typedef {{ type: 'begin', site: string, pages: string[] }
 *   | { type: 'finish', site: string, pages: string[], digests?: string[], outputPath: string }} Request
 */

/**
 * A page's digest, of its bytes: as searchIndexCache.ts's digestOf, so that
 * the build can pass the digests it made.
 * @param {Uint8Array} bytes
 */
const digest = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Throws Pagefind's own messages, if it has any.
 * @template {{ errors: string[] }} T
 * @param {T} response
 * @param {string} step
 * @returns {T}
 */
function checked(response, step) {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * Stops Pagefind, and gives its process a moment to end while this thread
 * is still there to collect it: a process that ends after the thread is
 * left to the system, and its CPU time goes unreported to the build's.
 */
async function closed() {
  await pagefind.close();
  await new Promise((resolve) => setTimeout(resolve, 250));
}

/** @type {Index | undefined} */
let index;
/** The pages added, in order, with the digest of what was added. @type {Map<string, string>} */
let added = new Map();

/**
 * Adds pages in the order given (Pagefind's index depends on it), reading
 * a few at a time; a page added again keeps its first place.
 * @param {string} site
 * @param {string[]} pages
 */
async function addPages(site, pages) {
  if (!index) {
    index = checked(await pagefind.createIndex(), 'start').index;
    if (!index) throw new Error('Pagefind did not start');
  }
  for (let at = 0; at < pages.length; at += 32) {
    const batch = pages.slice(at, at + 32);
    const contents = await Promise.all(batch.map((page) => readFile(join(site, page))));
    const responses = batch.map((page, i) => {
      const bytes = contents[i] ?? Buffer.alloc(0);
      added.set(page, digest(bytes));
      return /** @type {NonNullable<Index>} */ (index).addHTMLFile({
        sourcePath: page,
        content: bytes.toString('utf8'),
      });
    });
    for (const response of await Promise.all(responses)) checked(response, 'read a page');
  }
}

/**
 * `begin`: the index begun with the last build's pages, while this build
 * makes its own. `finish`: the index of this build's pages, written to
 * `outputPath`; when it was begun with the same pages, only those that
 * changed are added again (by the digests given, or read). Answers the
 * number of pages that had not changed.
 * @param {Request} request
 * @returns {Promise<number | undefined>}
 */
async function handle(request) {
  if (request.type === 'begin') {
    await addPages(request.site, request.pages);
    return undefined;
  }
  const { site, pages, digests, outputPath } = request;
  let unchanged = 0;
  if (index && [...added.keys()].join('\n') === pages.join('\n')) {
    const changed = [];
    for (const [i, page] of pages.entries()) {
      const now = digests?.[i] ?? digest(await readFile(join(site, page)));
      if (added.get(page) !== now) changed.push(page);
    }
    unchanged = pages.length - changed.length;
    await addPages(site, changed);
  } else {
    if (index) await closed();
    index = undefined;
    added = new Map();
    await addPages(site, pages);
  }
  checked(await /** @type {NonNullable<Index>} */ (index).writeFiles({ outputPath }), 'write');
  await closed();
  return unchanged;
}

parentPort?.on('message', (/** @type {Request} */ request) => {
  handle(request).then(
    (result) => parentPort?.postMessage({ result }),
    async (/** @type {Error} */ error) => {
      await closed();
      index = undefined;
      added = new Map();
      parentPort?.postMessage({ error: error.message ?? String(error) });
    },
  );
});
