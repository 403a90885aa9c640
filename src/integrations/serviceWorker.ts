import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { languages } from '../i18n/locales';
import { offlinePath } from '../lib/urls';

/** Stands in for the cache's name until the worker's hash is known. */
const placeholder = 'steppe-cache-version';

/**
 * Bundles src/browser/sw.ts into <site>/sw.js once the pages are written.
 * The worker's cache is named after a hash of what it caches ahead (the
 * offline pages, as published) and of its own code: a build that changes
 * neither leaves readers' saved articles in place, and two builds of the
 * same content write the same bytes.
 */
export function serviceWorker(): AstroIntegration {
  let root: URL;
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { outputFiles } = await build({
          entryPoints: [fileURLToPath(new URL('src/browser/sw.ts', root))],
          bundle: true,
          write: false,
          format: 'iife',
          target: 'es2022',
          minify: true,
          legalComments: 'none',
          define: { CACHE_VERSION: JSON.stringify(placeholder) },
        });
        const code = outputFiles[0]!.text;
        if (code.split(placeholder).length !== 2) {
          throw new Error(`service worker: expected the cache name once in the bundle`);
        }
        const hash = createHash('sha256').update(code);
        for (const lang of languages) {
          hash.update(await readFile(new URL(`.${offlinePath(lang)}index.html`, dir)));
        }
        const version = `steppe-${hash.digest('hex').slice(0, 16)}`;
        await writeFile(new URL('sw.js', dir), code.replace(placeholder, version));
        logger.info(`sw.js written, cache ${version}`);
      },
    },
  };
}
