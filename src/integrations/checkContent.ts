import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { site } from '../config/site';
import { checkContentFiles } from '../data/contentCheck';
import { ContentError } from '../data/contentError';
import { today } from '../lib/publication';

/**
 * Checks the content as written before Astro reads it (see
 * src/data/contentCheck.ts): a build or sync with mistakes in the content
 * stops at once, with every problem listed, before any page is built. It
 * also gives Astro the redirects from renamed articles' old addresses.
 */
export function checkContent(
  contentDir: string,
): AstroIntegration & { withdrawn: ReadonlySet<string> } {
  const withdrawn = new Set<string>();
  return {
    name: 'check-content',
    /** The addresses of withdrawn articles, once the content is checked. */
    withdrawn,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const pagesDir = fileURLToPath(new URL('src/pages/', config.root));
        const found = checkContentFiles({
          contentDir,
          cwd: root,
          site: new URL(config.site ?? 'http://localhost/'),
          routeFiles: readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }),
          // The dev server shows drafts and future articles; a build publishes as of today.
          today: command === 'dev' ? undefined : today(site.timeZone, process.env.BUILD_DATE),
        });
        if (found.problems.length > 0) throw new ContentError(found.problems);
        for (const path of found.withdrawn) withdrawn.add(path);
        updateConfig({ redirects: found.redirects });
      },
    },
  };
}
