import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from '../lib/relativeUrl';

/**
 * The redirect pages (a renamed article's old address) with their addresses
 * made relative, as src/middleware.ts makes every rendered page's: Astro
 * writes a redirect page itself, from its own template, after the
 * middleware. They are few, and named by the config's `redirects`.
 */
export function relativeRedirects(): AstroIntegration {
  let redirects: string[] = [];
  return {
    name: 'relative-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        redirects = Object.keys(config.redirects);
      },
      'astro:build:done': async ({ dir }) => {
        await Promise.all(
          redirects.map(async (from) => {
            const path = from.endsWith('/') ? from : `${from}/`;
            const file = fileURLToPath(new URL(`.${path}index.html`, dir));
            if (!existsSync(file)) return;
            await writeFile(file, relativizeHtml(await readFile(file, 'utf8'), path));
          }),
        );
      },
    },
  };
}
