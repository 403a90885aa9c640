import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentProblems } from '../data/contentCheck';
import { ContentError } from '../data/contentError';

/**
 * Checks the content as written before Astro reads it (see
 * src/data/contentCheck.ts): a build or sync with mistakes in the content
 * stops at once, with every problem listed, before any page is built.
 */
export function checkContent(contentDir: string): AstroIntegration {
  return {
    name: 'check-content',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const pagesDir = fileURLToPath(new URL('src/pages/', config.root));
        const problems = contentProblems({
          contentDir,
          cwd: root,
          site: new URL(config.site ?? 'http://localhost/'),
          routeFiles: readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }),
        });
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
