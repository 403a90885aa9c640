import { dirname, resolve } from 'node:path';
import { bodyComponentNames, bodyComponents } from '../schemas/bodyComponents';

/** A file an article's frontmatter names (a photo's `src`), as written and as found. */
export interface NamedFile {
  /** The path as written (`../../photos/square.jpg`). */
  src: string;
  /** The path from the file system's root. */
  path: string;
  /** The field's path, for lineOfField: `['photos', 0, 'src']`. */
  at: [list: string, index: number, field: string];
  /** The field as a problem names it: `photos[0].src`. */
  field: string;
  /** What the file is, in an editor's words (`photo`; bodyComponents.ts). */
  what: string;
}

/**
 * Every file an article's frontmatter names: the fields of body lists that
 * name files (bodyComponents.ts), relative to the article's file at `path`.
 */
export function namedFiles(path: string, frontmatter: Record<string, unknown>): NamedFile[] {
  return bodyComponentNames.flatMap((name) => {
    const row = bodyComponents[name];
    const files: Readonly<Record<string, string>> = 'files' in row ? row.files : {};
    const entries = frontmatter[row.list];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown, index) =>
      Object.entries(files).flatMap(([field, what]): NamedFile[] => {
        const src = (entry as Record<string, unknown> | null)?.[field];
        if (typeof src !== 'string') return [];
        return [
          {
            src,
            path: resolve(dirname(path), src),
            at: [row.list, index, field],
            field: `${row.list}[${index}].${field}`,
            what,
          },
        ];
      }),
    );
  });
}
