// The story problems kept between checks (src/check/storyCache.ts): an
// article is judged again exactly when its file, the build's day or the
// check's code changed, and the whole check says the same with the cache as
// without it, whether the cache is cold, warm or unreadable.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/check/articleFacts';
import type { Problem } from '../../src/check/articleSource';
import { checkContentFiles } from '../../src/check/contentCheck';
import { checkCodeVersion, storyCache } from '../../src/check/storyCache';

const work = mkdtempSync(join(tmpdir(), 'story-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let files = 0;
/** A cache file of its own for each test. */
const cacheFile = () => join(work, `cache-${(files += 1)}`, 'stories.json');

const article = (slug: string, text: string): ArticleFacts => ({
  id: `en/${slug}`,
  filePath: `content/articles/en/${slug}.mdx`,
  lang: 'en',
  text,
});
const a = article('a', '---\nheadline: A\n---\nThe text of a.');
const b = article('b', '---\nheadline: B\n---\nThe text of b.');

/** A judge that says one problem per article, and counts whom it judged. */
function countingJudge() {
  const judged: string[] = [];
  const judge = (facts: ArticleFacts): Problem[] => {
    judged.push(facts.id);
    return [{ file: facts.filePath, line: 4, message: `judged ${facts.id}` }];
  };
  return { judged, judge };
}

/** Opens the cache, asks for each article's problems, saves; returns who was judged and what was said. */
function check(
  file: string | undefined,
  articles: ArticleFacts[],
  change: { code?: string; today?: string | undefined } = {},
) {
  const code = change.code ?? 'code 1';
  // No day at all is the dev server's check, not the default day.
  const today = 'today' in change ? change.today : '2026-12-06';
  const { judged, judge } = countingJudge();
  const cache = storyCache(file, code, today);
  const said = articles.map((facts) => cache.problemsOf(facts, judge));
  cache.save();
  return { judged, said };
}

describe('storyCache', () => {
  it('judges every article each time when it has no file', () => {
    check(undefined, [a, b]);
    expect(check(undefined, [a, b]).judged).toEqual(['en/a', 'en/b']);
  });

  it('keeps what it found for the next check, which judges nothing again', () => {
    const file = cacheFile();
    const first = check(file, [a, b]);
    expect(first.judged).toEqual(['en/a', 'en/b']);
    const second = check(file, [a, b]);
    expect(second.judged).toEqual([]);
    expect(second.said).toEqual(first.said);
  });

  it.each([
    ['its text changed', [{ ...a, text: `${a.text} More.` }, b], {}, ['en/a']],
    [
      'it moved to another file',
      [{ ...a, filePath: 'content/articles/en/c.mdx' }, b],
      {},
      ['en/a'],
    ],
    ["the build's day changed", [a, b], { today: '2026-12-07' }, ['en/a', 'en/b']],
    ['the dev server checks (no day)', [a, b], { today: undefined }, ['en/a', 'en/b']],
    ["the check's code changed", [a, b], { code: 'code 2' }, ['en/a', 'en/b']],
  ])('judges an article again when %s', (_, articles, change, judged) => {
    const file = cacheFile();
    check(file, [a, b]);
    expect(check(file, articles, change).judged).toEqual(judged);
  });

  it('keeps only the articles asked for in the last check', () => {
    const file = cacheFile();
    check(file, [a, b]);
    check(file, [a]);
    expect(check(file, [a, b]).judged).toEqual(['en/b']);
  });

  it('starts afresh from a file it cannot read, and writes it anew', () => {
    const file = cacheFile();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{"version": "x", "problems": ');
    expect(check(file, [a]).judged).toEqual(['en/a']);
    expect(check(file, [a]).judged).toEqual([]);
  });

  it('gives copies: a caller that changes a problem does not change what is kept', () => {
    const file = cacheFile();
    const { judge } = countingJudge();
    const cache = storyCache(file, 'code 1', '2026-12-06');
    cache.problemsOf(a, judge)[0]!.message = 'changed';
    expect(cache.problemsOf(a, judge)[0]!.message).toBe('judged en/a');
  });
});

describe('checkCodeVersion', () => {
  const root = join(work, 'project');
  mkdirSync(join(root, 'src/check'), { recursive: true });
  mkdirSync(join(root, 'src/i18n'), { recursive: true });
  writeFileSync(join(root, 'src/check/a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'src/i18n/b.ts'), 'export const b = 1;');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');

  it.each([
    ['a file of the check changes', 'src/check/a.ts', 'export const a = 2;'],
    ['a file it imports from changes', 'src/i18n/b.ts', 'export const b = 2;'],
    ['a file is added', 'src/check/c.ts', 'export const c = 1;'],
    ['the locked packages change', 'package-lock.json', '{"lockfileVersion": 4}'],
  ])('changes when %s', (_, path, text) => {
    const before = checkCodeVersion(root);
    const old = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
    writeFileSync(join(root, path), text);
    expect(checkCodeVersion(root)).not.toBe(before);
    if (old === undefined) rmSync(join(root, path));
    else writeFileSync(join(root, path), old);
    expect(checkCodeVersion(root)).toBe(before);
  });

  it('stays the same when a page template changes', () => {
    const before = checkCodeVersion(root);
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>home</p>');
    expect(checkCodeVersion(root)).toBe(before);
  });
});

describe('the content check with the cache', () => {
  const projectRoot = new URL('../../', import.meta.url).pathname;
  const routeFiles = readdirSync(join(projectRoot, 'src/pages'), {
    recursive: true,
    encoding: 'utf8',
  });
  const root = join(work, 'content-project');
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'src/check'), join(root, 'src/check'), { recursive: true });
  // Story problems in two articles: a pull quote the text does not have, a headline too long.
  const lead = join(
    root,
    'content/articles/en/what-do-protesting-moods-in-kazakhstan-tell-about.mdx',
  );
  const brief = join(
    root,
    'content/articles/ru/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx',
  );
  const text = readFileSync(lead, 'utf8');
  const quote = /^(\s+text: ["']?)(.+)$/m.exec(text.slice(text.indexOf('quotes:')))!;
  writeFileSync(lead, text.replace(quote[0], `${quote[1]}Words nobody said in this article.`));
  writeFileSync(
    brief,
    readFileSync(brief, 'utf8').replace(
      /^headline: '(.*)'$/m,
      `headline: '$1${' очень'.repeat(30)}'`,
    ),
  );

  const problems = async (storyCacheFile?: string) =>
    (
      await checkContentFiles({
        contentDir: join(root, 'content'),
        cwd: root,
        site: new URL('https://steppe-bulletin.example'),
        routeFiles,
        today: '2026-12-06',
        storyCacheFile,
      })
    ).problems;

  it('says the same as without it, cold and warm', async () => {
    const without = await problems();
    expect(without.map((problem) => problem.message).join('\n')).toMatch(
      /is not in the text of this edition[\s\S]*more than the \d+ a search result/,
    );
    const file = cacheFile();
    expect(await problems(file)).toEqual(without);
    expect(JSON.parse(readFileSync(file, 'utf8')).problems).not.toEqual({});
    expect(await problems(file)).toEqual(without);
  });
});
