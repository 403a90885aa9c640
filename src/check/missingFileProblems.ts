import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { lineOfField, type FileProblem } from './articleSource';
import { namedFiles } from './namedFiles';

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
  return namedFiles(path, frontmatter).flatMap((file): FileProblem[] =>
    existsSync(file.path)
      ? []
      : [
          {
            line: source === undefined ? undefined : lineOfField(source, file.at),
            field: file.field,
            message: `no file at "${file.src}" (looked for ${relative(cwd, file.path)})`,
            advice: `add the ${file.what} there or correct the path`,
          },
        ],
  );
}
