import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Each language's finished search index, kept in the cache folder for the
 * next build (`<cacheDir>/search-index/<lang>/`): Pagefind cannot update an
 * index, but a language none of whose article pages changed has the index
 * it had, and copying it costs a fraction of indexing its pages again.
 */

/** A file's digest: what it holds, whatever its name or date. */
export const digestOf = (bytes: string | Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * The key of one language's index: everything that decides its files. The
 * indexer (Pagefind's version and the worker's code, which says how pages
 * are added) and the language's article pages, each by its path from the
 * site's root (its address in the index) and the digest of its bytes, in
 * the order of their paths. The same inputs give the same key, in any order.
 */
export function indexKey(indexer: string, pages: readonly { path: string; digest: string }[]) {
  const hash = createHash('sha256').update(indexer).update('\0');
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, digest } of sorted) hash.update(`${path}\t${digest}\n`);
  return hash.digest('hex');
}

/** What the cache folder keeps with a language's index. */
export interface KeptIndex {
  /** The key of the index kept (indexKey). */
  key: string;
  /** The digest of the language's article and data files when it was made (sourcesKey). */
  sources: string;
}

/**
 * Whether a language takes its index from the cache folder: only when the
 * kept index was made from exactly this build's inputs (no key: the inputs
 * are not known, so no).
 */
export const reusable = (kept: KeptIndex | undefined, key: string | undefined): boolean =>
  key !== undefined && kept?.key === key;

/**
 * Which languages to begin indexing while Astro builds, from the last
 * build's pages: not those whose article and data files (sourcesKey) are as
 * they were when their kept index was made (their pages most likely have not changed, and the
 * kept index will do: beginning them would only take the cores from Astro),
 * and above `sideBySide` pages in all only the first of the others (one
 * index in memory at a time), or none when the index waits for Astro's
 * process to end (`afterAstro`, indexAfterAstro.ts: beside it, an index
 * would take the memory that waiting saves). A guess only: a language begun
 * for nothing is dropped, one not begun is indexed from scratch; the index
 * is the same.
 */
export function headStartLanguages(
  lastLanguages: readonly string[],
  lastPageCount: number,
  sideBySide: number,
  kept: ReadonlyMap<string, KeptIndex>,
  sources: ReadonlyMap<string, string>,
  afterAstro = false,
): string[] {
  const changed = lastLanguages.filter((lang) => {
    const source = sources.get(lang);
    return source === undefined || kept.get(lang)?.sources !== source;
  });
  if (lastPageCount <= sideBySide) return changed;
  return afterAstro ? [] : changed.slice(0, 1);
}

/**
 * The digest of what a language's article pages are mostly made of, for
 * headStartLanguages' guess: its article files (`<contentDir>/articles/<lang>/`)
 * and the content folder's own data files (authors, topics, names), each by
 * path and bytes. Not the photos: hashing every image at every build would
 * cost more than the guess saves, and a photo is seldom replaced.
 */
export async function sourcesKey(contentDir: string, lang: string): Promise<string> {
  const folder = join(contentDir, 'articles', lang);
  if (!existsSync(folder)) return '';
  const own = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((file) =>
    file.isFile(),
  );
  const shared = (await readdir(contentDir, { withFileTypes: true })).filter((file) =>
    file.isFile(),
  );
  const paths = [...own, ...shared].map((file) => join(file.parentPath, file.name));
  const digests = await fileDigests(paths);
  return indexKey(
    '',
    paths.map((path, i) => ({ path: path.slice(contentDir.length + 1), digest: digests[i] ?? '' })),
  );
}

/** Each language's sourcesKey, by language (none when the content cannot be read). */
export async function sourcesOf(contentDir: string): Promise<Map<string, string>> {
  try {
    const languages = await readdir(join(contentDir, 'articles'));
    const keys = await Promise.all(
      languages.map(async (lang) => [lang, await sourcesKey(contentDir, lang)] as const),
    );
    return new Map(keys);
  } catch {
    return new Map();
  }
}

/** Where a language's index is kept. */
const keptFolder = (cacheDir: string, lang: string) => join(cacheDir, 'search-index', lang);

/** What the cache folder keeps of a language's index, if anything. */
export async function keptIndex(cacheDir: string, lang: string): Promise<KeptIndex | undefined> {
  try {
    const kept = JSON.parse(await readFile(join(keptFolder(cacheDir, lang), 'key.json'), 'utf8'));
    return typeof kept.key === 'string' && typeof kept.sources === 'string' ? kept : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a language's finished index (the folder its worker wrote) with its
 * key. Written beside and renamed into place, the key last: a build stopped
 * half-way leaves no index that looks whole.
 */
export async function keepIndex(cacheDir: string, lang: string, from: string, kept: KeptIndex) {
  const folder = keptFolder(cacheDir, lang);
  const next = `${folder}.next`;
  await rm(next, { recursive: true, force: true });
  await linkTree(from, join(next, 'pagefind'));
  await writeFile(join(next, 'key.json'), JSON.stringify(kept));
  await rm(folder, { recursive: true, force: true });
  await rename(next, folder);
}

/** Puts a language's kept index at `to`, where its worker would have written it (linkTree). */
export async function restoreIndex(cacheDir: string, lang: string, to: string) {
  await linkTree(join(keptFolder(cacheDir, lang), 'pagefind'), to);
}

/**
 * Puts every file of `from` under `to` as a hard link, or a copy where a
 * link cannot be made (another file system): an index is some 2,200 files,
 * and copying them took 1.5-2.5 CPU s a language, linking them 0.05 s.
 * Nothing writes into an index's files once Pagefind has written them (the
 * merged pagefind-entry.json is written as a new file), so the site and the
 * cache folder can share them; deleting either leaves the other whole.
 * Answers the files' paths from `from`.
 */
export async function linkTree(from: string, to: string): Promise<string[]> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((file) =>
    file.isFile(),
  );
  for (const folder of new Set(files.map((file) => file.parentPath))) {
    await mkdir(join(to, folder.slice(from.length)), { recursive: true });
  }
  for (let at = 0; at < files.length; at += 64) {
    await Promise.all(
      files.slice(at, at + 64).map(async (file) => {
        const source = join(file.parentPath, file.name);
        const target = join(to, source.slice(from.length + 1));
        await link(source, target).catch(() => copyFile(source, target));
      }),
    );
  }
  return files.map((file) => join(file.parentPath, file.name).slice(from.length + 1));
}

/**
 * What indexes the pages, for indexKey: Pagefind's version, the machine's
 * platform (its binary is per platform) and the worker's code.
 */
export async function indexerOf(root: string, workerFile: string): Promise<string> {
  const manifest = join(root, 'node_modules/pagefind/package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const worker = await readFile(workerFile, 'utf8');
  return `pagefind ${version} ${process.platform}-${process.arch}\n${worker}`;
}

/** The digest of each page's bytes, as built under `site`, in the order given. */
export const pageDigests = (site: string, pages: readonly string[]) =>
  fileDigests(pages.map((page) => join(site, page)));

/**
 * Each file's digest, in order, read 64 at a time: an archive's 10,000 files
 * read at once would pass the limit on open files, and fail.
 */
async function fileDigests(paths: readonly string[]): Promise<string[]> {
  const digests = [];
  for (let at = 0; at < paths.length; at += 64) {
    const batch = paths.slice(at, at + 64);
    const contents = await Promise.all(batch.map((path) => readFile(path)));
    digests.push(...contents.map((content) => digestOf(content)));
  }
  return digests;
}

/**
 * What the build's log line adds after "indexed in X s": which languages'
 * indexes were reused from the last build, and how many of the other
 * languages' pages had not changed since it (the head start's gain).
 */
export function indexNote(
  done: readonly { lang: string; unchanged: number; reused: boolean }[],
): string {
  const kept = done.filter(({ reused }) => reused).map(({ lang }) => lang);
  const unchanged = done
    .filter(({ reused }) => !reused)
    .reduce((sum, { unchanged }) => sum + unchanged, 0);
  const notes = [
    ...(kept.length > 0 ? [`${kept.join(', ')} index reused from the last build`] : []),
    ...(unchanged > 0 ? [`${unchanged} pages unchanged since the last build`] : []),
  ];
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** Moves every file of `from` into `to`, folders and all, and removes `from`. */
export async function moveInto(from: string, to: string): Promise<void> {
  for (const file of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const source = join(file.parentPath, file.name);
    const target = join(to, source.slice(from.length + 1));
    await mkdir(dirname(target), { recursive: true });
    await rename(source, target);
  }
  await rm(from, { recursive: true, force: true });
}
