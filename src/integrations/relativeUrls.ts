import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from '../lib/relativeUrl';

/** The path a built HTML file is served at: `en/x/index.html` -> `/en/x/`. */
function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * After the build, rewrites every root-absolute address in every page to one
 * relative to the page, so that dist/ works copied unchanged under any folder
 * of any host (mirrors of a blocked site). Canonical, hreflang, feed and
 * sitemap addresses are absolute (https://...) and stay as they are.
 */
export function relativeUrls(): AstroIntegration {
  return {
    name: 'relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        await Promise.all(
          pages.map(async (file) => {
            const path = `${root}/${file}`;
            const html = await readFile(path, 'utf8');
            await writeFile(path, relativizeHtml(html, servedPath(file)));
          }),
        );
        logger.info(`made the addresses in ${pages.length} pages relative`);
      },
    },
  };
}
