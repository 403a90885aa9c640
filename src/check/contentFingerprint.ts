import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a folder holds now, as one string (each file's path, time and size):
 * the dev server checks the content again only when this changes.
 */
export function contentFingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const stat = statSync(join(dir, file));
      return `${file}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('\n');
}
