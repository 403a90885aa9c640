import type { AstroIntegration } from 'astro';
import { missingPhotoFiles } from '../data/missingPhotoFiles';

/**
 * Fails dev, sync and build at once, naming the article and the field, when a
 * photo in frontmatter points at a file that is not there.
 */
export function checkPhotoFiles(articlesDir: string): AstroIntegration {
  return {
    name: 'check-photo-files',
    hooks: {
      'astro:config:setup': () => {
        const problems = missingPhotoFiles(articlesDir);
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} missing photo file(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
      },
    },
  };
}
