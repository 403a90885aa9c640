// An archive made of the site's own articles: every article of content/ copied
// again and again under new slugs (<slug>-<copy>), with its "see also" links,
// its basedOn and the <SeeAlso> in its body pointing at the same copy of the
// other articles, so each copy is a set of articles that checks out on its own.
// Real bodies, real frontmatter, real photos: what a newsroom's archive is
// made of, where the synthetic corpus only imitates it.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertWritableTarget, copyDataFiles } from './generateCorpus.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ArchiveOptions {
  /** The folder to write; absent or empty, and never inside content/. */
  dir: string;
  /** At least this many articles per edition: whole copies of content/'s articles. */
  count: number;
  contentDir?: string;
}

/**
 * An article file with the slugs it refers to (in `seeAlso`, `basedOn` and
 * `<SeeAlso id>`) moved to copy `copy`. Other mentions (a source's address)
 * keep the original slug.
 */
export function copiedArticle(source: string, slugs: readonly string[], copy: number): string {
  const known = new Set(slugs);
  const moved = (slug: string) => (known.has(slug) ? `${slug}-${copy}` : slug);
  return source
    .replace(
      /^(\s*-\s+)([a-z0-9-]+)[ \t]*$/gm,
      (_, lead: string, slug: string) => `${lead}${moved(slug)}`,
    )
    .replace(
      /^(basedOn:\s*)([a-z0-9-]+)/m,
      (_, lead: string, slug: string) => `${lead}${moved(slug)}`,
    )
    .replace(/^(seeAlso:\s*)\[([^\]]*)\]/m, (_, lead: string, list: string) => {
      const items = list.split(',').map((item) => item.trim());
      return `${lead}[${items.map(moved).join(', ')}]`;
    })
    .replace(
      /(<SeeAlso\s+id=["'])([a-z0-9-]+)/g,
      (_, lead: string, slug: string) => `${lead}${moved(slug)}`,
    );
}

/**
 * Writes the archive into `dir`: data files and photos as in content/, and
 * every article of each language folder copied `ceil(count / articles)`
 * times. Returns the number of articles per edition written.
 */
export async function archiveCorpus({
  dir,
  count,
  contentDir = join(projectRoot, 'content'),
}: ArchiveOptions): Promise<{ n: number }> {
  await assertWritableTarget(dir, contentDir);
  await mkdir(dir, { recursive: true });
  await copyDataFiles(contentDir, dir);
  await cp(join(contentDir, 'photos'), join(dir, 'photos'), { recursive: true });
  const langs = (await readdir(join(contentDir, 'articles'))).sort();
  let n = 0;
  for (const lang of langs) {
    const files = (await readdir(join(contentDir, 'articles', lang)))
      .filter((file) => file.endsWith('.mdx'))
      .sort();
    const slugs = files.map((file) => file.replace(/\.mdx$/, ''));
    const copies = Math.ceil(count / files.length);
    const target = join(dir, 'articles', lang);
    await mkdir(target, { recursive: true });
    for (const file of files) {
      const source = await readFile(join(contentDir, 'articles', lang, file), 'utf8');
      for (let copy = 1; copy <= copies; copy += 1) {
        const slug = file.replace(/\.mdx$/, '');
        await writeFile(join(target, `${slug}-${copy}.mdx`), copiedArticle(source, slugs, copy));
      }
    }
    n = Math.max(n, copies * files.length);
  }
  return { n };
}
