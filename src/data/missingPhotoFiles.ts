import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/**
 * Every photo in the articles' frontmatter whose file does not exist, as
 * `<article file>: photos[i].src: ...`. Astro's own error names only the
 * image path; an editor needs to know which article and which field.
 */
export function missingPhotoFiles(articlesDir: string, cwd = process.cwd()): string[] {
  if (!existsSync(articlesDir)) return [];
  const files = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  return files.flatMap((file) => {
    const path = join(articlesDir, file);
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
    } catch {
      return []; // Malformed YAML is reported by the content layer, with its line.
    }
    const photos = Array.isArray(frontmatter.photos) ? frontmatter.photos : [];
    return photos.flatMap((photo: unknown, index) => {
      const src = (photo as { src?: unknown } | null)?.src;
      if (typeof src !== 'string' || existsSync(resolve(dirname(path), src))) return [];
      return [
        `${relative(cwd, path)}: photos[${index}].src: no file at "${src}" ` +
          `(looked for ${relative(cwd, resolve(dirname(path), src))}); add the photo there or correct the path`,
      ];
    });
  });
}
