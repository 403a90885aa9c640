import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Problem } from '../check/articleSource';
import { ContentError } from '../check/contentError';
import { contentFiles } from '../check/contentFiles';
import { articlePathOf } from '../lib/urls';
import { readMdxFile, type BodyFacts } from './mdxFile';
import { pipelineDigest } from './pipelineDigest';
import { isWithdrawnAt, linkedArticlePaths, withdraws } from './withdrawnArticles';

export interface MdxLoaderOptions {
  /** The folder of `<lang>/<name>.mdx` files, from the project root (or absolute). */
  base: string;
  /**
   * The body components the collection's files may place, each with the
   * frontmatter list its `id` names: `{ Photo: 'photos' }`. None for pages.
   */
  components: Readonly<Record<string, string>>;
  /**
   * The folder of the articles, from the project root (or absolute): a link
   * in a body to one that is withdrawn says so (withdrawnMarkPlugin.ts).
   */
  articles: string;
  /** The address of the page a file's body is shown on, from its language folder and name. */
  pagePath: (lang: string, name: string) => string | undefined;
}

/** What the loader stores of a file besides its data, in `rendered.metadata`. */
export type BodyMetadata = BodyFacts & {
  /** The file that holds the body's HTML (see bodyHtml in data/articles.ts). */
  bodyFile: string;
};

/**
 * The content loader of the MDX collections (articles, pages). Each file is
 * read once: its frontmatter is checked (photo files, dates as typed) and
 * parsed by the collection's schema, and its body is rendered to HTML by
 * Sätteri with the project's typography (renderBody.ts), with a marker where
 * each body component stands and a mark after each link to a withdrawn
 * article. Across builds an unchanged file (same text, same pipeline, the
 * same articles it links to withdrawn) is not read into the pipeline again.
 *
 * The HTML goes into a file of its own in the cache folder
 * (`<cacheDir>/bodies/<collection>/<digest>.html`), named in the entry; the
 * store keeps the frontmatter and what pages need to know of the body. The
 * store is bundled into the build as one module and rewritten whole at each
 * sync: with every body in it, at 2,000 articles, it took seconds to write,
 * bundle and compile, and held every body in memory for the whole build.
 *
 * Problems in a body are stored with the entry and reported by the pages
 * that use it (getCheckedArticles); a file whose frontmatter cannot be
 * parsed fails the sync. In `astro dev`, edits are picked up one file at a time.
 */
export function mdxLoader(options: MdxLoaderOptions): Loader {
  return {
    name: 'mdx-loader',
    load: async ({
      collection,
      config,
      generateDigest,
      logger,
      meta,
      parseData,
      store,
      watcher,
    }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const pipeline = await pipelineDigest(
        root,
        fileURLToPath(new URL('content.config.ts', config.srcDir)),
        generateDigest,
      );
      if (meta.get('pipeline') !== pipeline) {
        store.clear();
        meta.set('pipeline', pipeline);
      }
      const bodies = fileURLToPath(new URL(`bodies/${collection}/`, config.cacheDir));
      await mkdir(bodies, { recursive: true });
      const bodyFile = (digest: string) => join(bodies, `${digest}.html`);

      // Which articles are withdrawn, by address, as last read from their
      // files: a body's links to them are marked, so its digest counts them.
      const articles = resolve(root, options.articles);
      const withdrawn = new Map<string, boolean>();
      const isWithdrawn = async (path: string) => {
        if (!withdrawn.has(path)) withdrawn.set(path, await isWithdrawnAt(articles, path));
        return withdrawn.get(path)!;
      };
      const site = new URL(config.site ?? 'http://localhost/');
      // The articles each entry links to: in astro dev, the bodies to render
      // again when one of them is withdrawn.
      const linksOf = new Map<string, string[]>();

      /** The entry's id: the path from the collection's folder, as written: <lang>/<name>. */
      const idOf = (file: string) =>
        relative(base, file)
          .split(sep)
          .join('/')
          .replace(/\.mdx$/, '');

      /**
       * What is known of a file before it is rendered: the digest of its
       * text, the page it is shown on and the articles it links to; an
       * article file also says whether it is withdrawn.
       */
      const prepare = async (file: string) => {
        const id = idOf(file);
        // The content check read this text before Astro started, but in
        // astro.config's copy of the modules, not this one's, and Astro has
        // no channel from an integration to a build's loader. Reading it
        // again costs about 0.15 s at 4,000 files; keeping every text for
        // the loader would hold some 90 MB from config setup to the sync.
        const source = await readFile(file, 'utf8');
        const [lang = '', name = ''] = id.split('/');
        const own = base === articles ? articlePathOf(lang, name) : undefined;
        if (own) withdrawn.set(own, withdraws(source));
        const from = options.pagePath(lang, name);
        const links = from ? linkedArticlePaths(source, from, site) : [];
        linksOf.set(id, links);
        // The pipeline is part of the digest, so that a page cached by its
        // entries' digests is rebuilt when the rendering changes.
        const digest = generateDigest(`${pipeline}\u0000${source}`);
        return { file, id, source, digest, from, links };
      };
      type Prepared = Awaited<ReturnType<typeof prepare>>;

      /**
       * Loads one file into the store, its text read again where it was not
       * kept and must be rendered; returns the problems that keep it out.
       */
      const sync = async (
        prepared: Omit<Prepared, 'source'> & { source?: string },
      ): Promise<{ id: string; failures: Problem[] }> => {
        const { file, id, from } = prepared;
        const filePath = relative(root, file).split(sep).join('/');
        const marked: string[] = [];
        for (const path of prepared.links) if (await isWithdrawn(path)) marked.push(path);
        // A body's marks are part of its rendering, so of its digest.
        const digest =
          marked.length > 0
            ? generateDigest([prepared.digest, ...marked].join('\u0000'))
            : prepared.digest;
        if (store.get(id)?.digest === digest && existsSync(bodyFile(digest))) {
          return { id, failures: [] };
        }

        const source = prepared.source ?? (await readFile(file, 'utf8'));
        const read = await readMdxFile(source, {
          file,
          root,
          components: options.components,
          parse: (data) => parseData({ id, data, filePath: file }),
          withdrawn: from && marked.length > 0 ? { from, site, paths: new Set(marked) } : undefined,
        });
        if ('failures' in read) {
          // The entry as last read stays, carrying the problems, so that in
          // astro dev its page shows them; a build fails on them anyway.
          const last = store.get(id);
          if (last?.rendered) {
            const metadata = { ...last.rendered.metadata, problems: read.failures };
            store.set({ ...last, digest, rendered: { ...last.rendered, metadata } });
          }
          return { id, failures: read.failures };
        }
        await writeFile(bodyFile(digest), read.html);
        const metadata: BodyMetadata = { ...read.facts, bodyFile: bodyFile(digest) };
        // No HTML in the store: the page reads it from bodyFile.
        store.set({ id, data: read.data, filePath, digest, rendered: { html: '', metadata } });
        return { id, failures: [] };
      };

      // The files the content check read (the same walk): one folder per language.
      const files = contentFiles(base, root).files.map((file) => file.path);
      // First what each file links to and whether it is withdrawn, the texts
      // not kept; then each file, its text read again only where it changed.
      const prepared = [];
      for (let at = 0; at < files.length; at += 16) {
        const batch = await Promise.all(files.slice(at, at + 16).map(prepare));
        prepared.push(...batch.map(({ source: _source, ...known }) => known));
      }
      const results = [];
      // A few files at a time: reading overlaps with rendering, memory stays flat.
      for (let at = 0; at < prepared.length; at += 16) {
        results.push(...(await Promise.all(prepared.slice(at, at + 16).map(sync))));
      }
      const loaded = new Set(results.map((result) => result.id));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      // The bodies of files since changed or removed go.
      const kept = new Set(
        store
          .values()
          .map((entry) => basename((entry.rendered?.metadata as BodyMetadata).bodyFile ?? '')),
      );
      for (const file of await readdir(bodies)) {
        if (!kept.has(file)) await rm(join(bodies, file), { force: true });
      }
      const failures = results.flatMap((result) => result.failures);
      if (failures.length > 0) throw new ContentError(failures);

      if (!watcher) return;
      // astro dev: an edited, added or removed file is loaded again on its own.
      const inCollection = (path: string) =>
        path.endsWith('.mdx') && relative(base, path).split(sep).length === 2;
      const reload = async (path: string, say = true) => {
        if (!inCollection(path)) return;
        try {
          const { failures } = await sync(await prepare(path));
          if (failures.length > 0) logger.error(new ContentError(failures).message);
          else if (say) logger.info(`reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(`${relative(root, path)}: ${(error as Error).message}`);
        }
      };
      // An article withdrawn, or no longer: the bodies that link to it are rendered again.
      const rewithdraw = async (path: string) => {
        const [lang = '', name = '', ...rest] = relative(articles, path).split(sep);
        const page =
          rest.length === 0 ? articlePathOf(lang, name.replace(/\.mdx$/, '')) : undefined;
        if (!page || !path.endsWith('.mdx') || !withdrawn.has(page)) return;
        const now = await isWithdrawnAt(articles, page);
        if (now === withdrawn.get(page)) return;
        withdrawn.set(page, now);
        for (const [id, links] of linksOf) {
          if (links.includes(page)) await reload(join(base, `${id}.mdx`), false);
        }
      };
      watcher.add(base);
      watcher.add(articles);
      for (const event of ['change', 'add', 'unlink'] as const) {
        watcher.on(event, async (path) => {
          await rewithdraw(path);
          if (event !== 'unlink') await reload(path);
          else if (inCollection(path)) store.delete(idOf(path));
        });
      }
    },
  };
}
