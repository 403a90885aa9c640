// A language whose article pages did not change takes its search index from
// the cache folder (src/integrations/searchIndexCache.ts); the decisions are
// unit-tested (tests/unit/searchIndexCache.test.ts). This proves, with real
// builds, that the next build after one Russian edit reuses the English index
// and that its site is the same bytes as a build from nothing: the pages it
// reuses are links to the last build's (src/integrations/reusedPages.ts), and
// the page of an article removed since is gone. Its first build, of the
// content as it is and one article more, also shows that a clean build is
// quiet; its second, that the edit rewrites that article's one-file copy and
// no other. The build from nothing writes its index as a large site's is
// written, once Astro's process has ended: the same files.
import {
  appendFileSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, isolatedProject } from './isolatedBuild';

const work = mkdtempSync(join(tmpdir(), 'search-index-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, by its path from it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  return new Map(paths.sort().map((path) => [path, readFileSync(join(dir, path))]));
}

describe('the search index of a language whose pages did not change', () => {
  it('is reused by the next build, which gives the same files as a build from nothing', async () => {
    const project = join(work, 'project');
    const removed = 'articles/ru/an-article-removed-before-the-next-build.mdx';
    const content = isolatedProject(project, (dir) =>
      copyFileSync(
        join(dir, 'articles/ru/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx'),
        join(dir, removed),
      ),
    );
    const first = await buildProject(project);
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain('reused from the last build');
    // A clean build says little: no warning, one screen at most.
    expect(first.output.trimEnd().split('\n').length, first.output).toBeLessThanOrEqual(60);
    expect(first.output).not.toMatch(/warn/i);
    expect(first.output).toMatch(/\d+ page\(s\) built in/);

    const before = files(join(project, 'dist'));
    // The one-file copies as Astro keeps them for the next build, which rewrites a copy it renders.
    const keptCopies = () =>
      new Map(
        [...files(join(project, 'cache/dist')).keys()]
          .filter((path) => /\.(en|ru)\.html$/.test(path))
          .map((path) => [path, statSync(join(project, 'cache/dist', path)).mtimeMs]),
      );
    // Every edition's copy, and the copy of the article removed before the next build.
    const copiesBefore = keptCopies();
    expect(copiesBefore.size).toBe(9);
    const removedPage = 'ru/articles/an-article-removed-before-the-next-build/index.html';
    expect(before.has(removedPage)).toBe(true);
    const copyTexts = new Map(
      [...copiesBefore.keys()].map((path) => [
        path,
        readFileSync(join(project, 'cache/dist', path), 'utf8'),
      ]),
    );
    rmSync(join(content, removed));
    appendFileSync(
      join(content, 'articles/ru/what-do-protesting-moods-in-kazakhstan-tell-about.mdx'),
      '\nЕщё одно предложение.\n',
    );
    rmSync(join(project, 'dist'), { recursive: true });
    const next = await buildProject(project);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/en 4, ru 4 pages indexed in [\d.]+ s \(en index reused/);
    const rewritten = [...keptCopies()]
      .filter(([path, mtime]) => copiesBefore.get(path) !== mtime)
      .map(([path]) => path);
    const edited =
      'ru/articles/what-do-protesting-moods-in-kazakhstan-tell-about/what-do-protesting-moods-in-kazakhstan-tell-about.ru.html';
    expect(rewritten).toContain(edited);
    // Besides the edited copy, only those that offered the removed article to read next.
    for (const path of rewritten.filter((path) => path !== edited)) {
      expect(copyTexts.get(path), path).toContain('an-article-removed-before-the-next-build');
    }
    expect(rewritten.filter((path) => path.startsWith('en/'))).toEqual([]);

    // From nothing, and with the index written as a large site's is, once Astro's process has
    // ended (src/integrations/indexAfterAstro.ts): the same files either way.
    const cold = await buildProject(project, {
      outDir: 'dist-cold',
      cacheDir: 'cache-cold',
      env: { SEARCH_INDEX_SIDE_BY_SIDE_PAGES: '0' },
    });
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).toContain("8 article pages: indexed once Astro's process has ended");
    expect(cold.output).toMatch(
      /\[build\] \d+ page\(s\) built in .*\n\[search-index\] en 4, ru 4 pages indexed in/,
    );
    const built = files(join(project, 'dist'));
    const fromNothing = files(join(project, 'dist-cold'));
    expect([...built.keys()]).toEqual([...fromNothing.keys()]);
    const differing = [...built].filter(([path, bytes]) => !bytes.equals(fromNothing.get(path)!));
    expect(differing.map(([path]) => path)).toEqual([]);
    expect(built.has(removedPage)).toBe(false);
    // The English article pages were reused in place: links to the kept copies, not copies.
    const lead = 'en/articles/what-do-protesting-moods-in-kazakhstan-tell-about/index.html';
    expect(statSync(join(project, 'dist', lead)).ino).toBe(
      statSync(join(project, 'cache/dist', lead)).ino,
    );
    // The edit reached the Russian index (not a stale one reused); the English one is as it was.
    const meta = (site: Map<string, Buffer>, lang: string) =>
      [...site.keys()].filter((path) => path.startsWith(`pagefind/pagefind.${lang}_`));
    expect(meta(built, 'ru')).toHaveLength(1);
    expect(meta(built, 'ru')).not.toEqual(meta(before, 'ru'));
    expect(meta(built, 'en')).toEqual(meta(before, 'en'));
    // The site shares the kept index's files (hard links): writing the site's merged entry file
    // left each kept one as it was, of its own language only.
    for (const lang of ['en', 'ru']) {
      const kept = join(project, `cache/search-index/${lang}/pagefind/pagefind-entry.json`);
      expect(Object.keys(JSON.parse(readFileSync(kept, 'utf8')).languages)).toEqual([lang]);
    }
  });
});
