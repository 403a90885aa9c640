// `npm run new`: the template on its own, then the script in a copy of the
// content, whose files the content check accepts as drafts and refuses to
// publish while a placeholder is left.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import { checkContentFiles } from '../../src/check/contentCheck';
import { languages } from '../../src/i18n/locales';
import { articleTemplate, headlineLanguage } from '../../src/newsroom/articleTemplate';

const projectRoot = new URL('../../', import.meta.url).pathname;
const article = {
  date: '2026-11-25',
  author: 'bulletin-newsroom',
  topics: ['kazakhstan', 'youth'],
};

describe('articleTemplate', () => {
  it('makes the slug of an English headline, and quotes the headline', () => {
    const { slug, files } = articleTemplate({ ...article, headline: 'Test: A Day in "Almaty"' });
    expect(slug).toBe('test-a-day-in-almaty');
    const { frontmatter } = parseFrontmatter(files.en);
    expect(frontmatter).toMatchObject({
      lang: 'en',
      draft: true,
      headline: 'Test: A Day in "Almaty"',
      authors: ['bulletin-newsroom'],
      topics: ['kazakhstan'],
    });
    expect(parseFrontmatter(files.ru).frontmatter).toMatchObject({
      lang: 'ru',
      headline: '[[заголовок по-русски]]',
    });
  });

  it('transliterates a Russian headline for the file name, and puts it in the Russian file', () => {
    const { slug, files } = articleTemplate({ ...article, headline: 'День в Алматы' });
    expect(headlineLanguage('День в Алматы')).toBe('ru');
    expect(slug).toBe('den-v-almaty');
    expect(parseFrontmatter(files.ru).frontmatter.headline).toBe('День в Алматы');
    expect(parseFrontmatter(files.en).frontmatter.headline).toBe('[[the headline in English]]');
  });

  it('dates the article today and lists the topics to choose from', () => {
    const { files } = articleTemplate({ ...article, headline: 'X' });
    expect(files.en).toContain('published: 2026-11-25\n');
    expect(files.en).toContain('# Ids from content/topics.json: kazakhstan, youth.');
  });
});

describe('npm run new', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-article-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/new.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content', BUILD_DATE: '2026-11-25' },
    });
  const check = async (today?: string) =>
    (
      await checkContentFiles({
        contentDir: join(root, 'content'),
        cwd: root,
        site: new URL('https://steppe-bulletin.example'),
        routeFiles: readdirSync(join(projectRoot, 'src/pages'), {
          recursive: true,
          encoding: 'utf8',
        }),
        today,
      })
    ).problems.map(formatProblem);

  it('writes both editions as drafts that the dev server shows and a build holds back', async () => {
    const result = run('Test: A Day in Almaty');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('content/articles/en/test-a-day-in-almaty.mdx');
    expect(result.stdout).toContain('Photos go in content/photos/');
    for (const lang of languages) {
      expect(existsSync(join(root, `content/articles/${lang}/test-a-day-in-almaty.mdx`))).toBe(
        true,
      );
    }
    expect(await check()).toEqual([]);
    expect(await check('2026-11-25')).toEqual([]);
  });

  it('refuses to publish an edition whose placeholders are left', async () => {
    run('Test: A Day in Almaty');
    const file = join(root, 'content/articles/en/test-a-day-in-almaty.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const problems = await check('2026-11-25');
    expect(problems).toEqual([
      expect.stringMatching(
        /en\/test-a-day-in-almaty\.mdx: line \d+: standfirst: still the template's placeholder/,
      ),
      expect.stringMatching(
        /en\/test-a-day-in-almaty\.mdx: line \d+: topics: still the template's placeholder \[\[choose the topics/,
      ),
      expect.stringMatching(
        /en\/test-a-day-in-almaty\.mdx: line \d+: still the template's placeholder \[\[Write the article here/,
      ),
    ]);
  });

  it('refuses a headline whose file exists, and an empty one', () => {
    expect(run('Test: A Day in Almaty').status).toBe(0);
    const again = run('Test: a day in Almaty!');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/test-a-day-in-almaty\.mdx .*exists already/);
    const empty = run('  ');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/Give the headline in quotes/);
  });

  it('takes an option for no headline, and writes nothing', () => {
    const help = run('--help');
    expect(help.status).toBe(1);
    expect(help.stderr).toMatch(/Give the headline in quotes/);
    expect(existsSync(join(root, 'content/articles/en/help.mdx'))).toBe(false);
  });

  it('makes the folder of a language that has no article yet', () => {
    rmSync(join(root, 'content/articles/ru'), { recursive: true });
    const result = run('Test: A Day in Almaty');
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(root, 'content/articles/ru/test-a-day-in-almaty.mdx'))).toBe(true);
  });
});
