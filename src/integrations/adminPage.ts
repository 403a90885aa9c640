import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminFiles } from '../admin/adminFiles';
import { backendFromEnv } from '../admin/cmsConfig';

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  yml: 'application/yaml; charset=utf-8',
  woff2: 'font/woff2',
};

/**
 * The editing page, /admin/ (src/admin/): written beside the built site as
 * static files once the pages are written (so no sitemap, feed, search index
 * or offline cache lists it), and served by `npm run dev` from the content
 * as it is, its "view on the site" leading to the dev server's own pages.
 */
export function adminPage(contentDir: string): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'admin-page',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? '';
      },
      'astro:server:start': ({ address }) => {
        siteUrl = `http://127.0.0.1:${address.port}`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/admin', (request, response, next) => {
          const name = (request.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'index.html';
          const file = adminFiles({
            contentDir,
            backend: backendFromEnv(process.env),
            siteUrl,
          }).get(name);
          if (file === undefined) return next();
          response.setHeader('Content-Type', types[name.split('.').pop()!] ?? 'text/plain');
          response.end(file);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        await mkdir(out, { recursive: true });
        const files = adminFiles({ contentDir, backend: backendFromEnv(process.env), siteUrl });
        await Promise.all([...files].map(([name, text]) => writeFile(join(out, name), text)));
      },
    },
  };
}
