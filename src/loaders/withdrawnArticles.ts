import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitArticleSource } from '../check/articleSource';
import { frontmatterData } from '../check/frontmatterData';
import { linksInSource, sitePath } from '../check/internalLinks';
import { parseArticlePath } from '../lib/urls';

/**
 * Whether an article file withdraws its article (a `withdrawn:` field with
 * its date and reason; the schema and the content check say what is wrong
 * with one that is not). YAML is read only where the field's name stands:
 * most files have none.
 */
export function withdraws(source: string): boolean {
  if (!/^withdrawn[ \t]*:/m.test(splitArticleSource(source).frontmatter ?? '')) return false;
  const { data } = frontmatterData(source);
  return typeof data?.withdrawn === 'object' && data.withdrawn !== null;
}

/**
 * The addresses of the articles a body links to (`/en/articles/x/`), in
 * order, each once: its links as the content check finds them (written in
 * place, by a label's definition, or bare), resolved from the page the body
 * is shown on. What its rendering may depend on besides its own text.
 */
export function linkedArticlePaths(source: string, from: string, site: URL): string[] {
  const paths = linksInSource(source).flatMap(({ url }) => {
    const path = sitePath(url, from, site);
    return path && parseArticlePath(path) ? [path] : [];
  });
  return [...new Set(paths)].sort();
}

/**
 * Whether the article at an address (`/en/articles/x/`) is withdrawn, read
 * from its file in the articles folder; false where there is no such file
 * (the content check says so of a link to it).
 */
export async function isWithdrawnAt(articles: string, path: string): Promise<boolean> {
  const article = parseArticlePath(path);
  if (!article) return false;
  const source = await readFile(join(articles, article.lang, `${article.slug}.mdx`), 'utf8').catch(
    () => undefined,
  );
  return source !== undefined && withdraws(source);
}
