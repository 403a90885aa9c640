import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { lineOfField, type FileProblem } from './articleSource';

/**
 * Every photo in one article's frontmatter whose file does not exist, by
 * field (`photos[i].src`), with its line when the file's text is given.
 * Astro's own error names only the image path; an editor needs to know
 * which article and which field.
 */
export function photoFileProblems(
  path: string,
  frontmatter: Record<string, unknown>,
  { cwd = process.cwd(), source }: { cwd?: string; source?: string } = {},
): FileProblem[] {
  const photos = Array.isArray(frontmatter.photos) ? frontmatter.photos : [];
  return photos.flatMap((photo: unknown, index) => {
    const src = (photo as { src?: unknown } | null)?.src;
    if (typeof src !== 'string' || existsSync(resolve(dirname(path), src))) return [];
    const looked = relative(cwd, resolve(dirname(path), src));
    return [
      {
        line: source === undefined ? undefined : lineOfField(source, ['photos', index, 'src']),
        field: `photos[${index}].src`,
        message: `no file at "${src}" (looked for ${looked}); add the photo there or correct the path`,
      },
    ];
  });
}
