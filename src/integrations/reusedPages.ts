import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkTree } from './searchIndexCache';

/**
 * The files a build put in its output folder as links to the last build's
 * pages and did not produce itself (a page no longer built: a draft, a
 * renamed or removed article), by path from the output folder.
 */
export function staleFiles(linked: readonly string[], produced: ReadonlySet<string>): string[] {
  return linked.filter((path) => !produced.has(path));
}

/** Empties a folder, as Astro does before a build: all but .git. */
async function emptied(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  for (const name of await readdir(folder)) {
    if (name !== '.git') await rm(join(folder, name), { recursive: true, force: true });
  }
}

/**
 * The pages Astro's incremental build reuses, put in place without a copy.
 * Astro keeps the last build's pages in `<cacheDir>/dist/` and copies each
 * page it reuses into the output folder unless the page is already there:
 * 23,000 copies at 10,000 articles a language, 6-7 s of system time at
 * 2,000. So before Astro starts, the output folder is emptied (astro.config
 * tells Astro not to) and every kept page is put in it as a hard link (a
 * copy across file systems): a page reused is then already in place. A page
 * Astro renders again is written over its link, so the kept copy changes
 * with it, as Astro then writes it anyway. Once the pages are written, the
 * linked files the build did not produce are removed: no page of an article
 * since removed, held back or renamed stays published. Runs before the
 * other build steps, which read the finished pages.
 */
export function reusedPages(): AstroIntegration {
  let building = false;
  let outDir = '';
  let kept = '';
  let linked: string[] = [];
  return {
    name: 'reused-pages',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        kept = fileURLToPath(new URL('dist', config.cacheDir));
      },
      'astro:build:start': async () => {
        if (!building) return;
        await emptied(outDir);
        linked = existsSync(kept) ? await linkTree(kept, outDir) : [];
      },
      'astro:build:done': async ({ assets }) => {
        const produced = new Set(
          [...assets.values()].flat().map((url) => fileURLToPath(url).slice(outDir.length)),
        );
        const stale = staleFiles(
          linked.map((path) => path.split('\\').join('/')),
          new Set([...produced].map((path) => path.split('\\').join('/').replace(/^\//, ''))),
        );
        for (const path of stale) {
          const file = resolve(outDir, path);
          await rm(file, { force: true });
          // Its folder goes too, when the page was all it held.
          await rmdir(dirname(file)).catch(() => {});
        }
        linked = [];
      },
    },
  };
}
