/**
 * The one walk of a collection's folder (content/articles/, content/pages/):
 * one folder per language, one MDX file per edition. The content check, the
 * content loader and `npm run status` all take their files from here, so they
 * cannot disagree on which files there are; files that would not be read at
 * all are problems, said to the editor by the check.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languages } from '../i18n/locales';
import type { Problem } from './articleSource';

/** One edition's file: content/articles/<lang>/<slug>.mdx. */
export interface ContentFile {
  /** The language folder it is in. */
  lang: string;
  /** Its name without `.mdx`: the article's address. */
  slug: string;
  /** Its absolute path. */
  path: string;
  /** Its path as messages show it, from the project root. */
  show: string;
}

/** A collection folder's files, in order, and the files in it that would not be read. */
export function contentFiles(
  dir: string,
  cwd: string,
): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = relative(cwd, join(dir, entry.name));
    if (!entry.isDirectory()) {
      const folders = languages.map((lang) => `articles/${lang}/`).join(' or ');
      problems.push({
        file,
        message: `the file is not read: articles go in a language folder, ${folders}`,
      });
      continue;
    }
    if (!(languages as readonly string[]).includes(entry.name)) {
      problems.push({
        file,
        message: `the folder is not read: the site's languages are ${languages.join(' and ')}`,
        advice: 'move its files to one of those folders',
      });
      continue;
    }
    for (const name of readdirSync(join(dir, entry.name)).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, entry.name, name);
      const show = relative(cwd, path);
      if (!name.endsWith('.mdx')) {
        const stem = name.replace(/\.[^.]*$/, '').replace(/\.mdx$/i, '');
        problems.push({
          file: show,
          message: "the file is not read: an article's file name ends in .mdx",
          advice: `rename it to ${stem}.mdx`,
        });
        continue;
      }
      files.push({ lang: entry.name, slug: name.slice(0, -4), path, show });
    }
  }
  return { files, problems };
}
