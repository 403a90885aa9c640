import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { bodyComponentNames, bodyComponents } from '../schemas/bodyComponents';
import { lineOfField, type FileProblem } from './articleSource';

/**
 * Every file an article's frontmatter names that does not exist: the fields
 * of body lists that name files (a photo's `src`, bodyComponents.ts), by
 * field (`photos[i].src`), with its line when the file's text is given.
 * Astro's own error names only the image path; an editor needs to know
 * which article and which field.
 */
export function missingFileProblems(
  path: string,
  frontmatter: Record<string, unknown>,
  { cwd = process.cwd(), source }: { cwd?: string; source?: string } = {},
): FileProblem[] {
  return bodyComponentNames.flatMap((name) => {
    const row = bodyComponents[name];
    const files: Readonly<Record<string, string>> = 'files' in row ? row.files : {};
    const entries = frontmatter[row.list];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown, index) =>
      Object.entries(files).flatMap(([field, what]): FileProblem[] => {
        const src = (entry as Record<string, unknown> | null)?.[field];
        if (typeof src !== 'string' || existsSync(resolve(dirname(path), src))) return [];
        const looked = relative(cwd, resolve(dirname(path), src));
        const at = [row.list, index, field];
        return [
          {
            line: source === undefined ? undefined : lineOfField(source, at),
            field: `${row.list}[${index}].${field}`,
            message: `no file at "${src}" (looked for ${looked})`,
            advice: `add the ${what} there or correct the path`,
          },
        ];
      }),
    );
  });
}
