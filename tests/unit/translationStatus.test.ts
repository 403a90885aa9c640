// `npm run status`: the pure report, then the tool in a git repository of
// its own, with an untranslated article and a translation left behind.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatStatus,
  lastCommits,
  translationStatus,
  type Edition,
} from '../../src/newsroom/translationStatus';

const edition = (lang: string, slug: string, extra: Partial<Edition> = {}): Edition => ({
  lang,
  slug,
  file: `content/articles/${lang}/${slug}.mdx`,
  headline: `${slug} (${lang})`,
  state: 'published',
  changes: { published: '2026-11-24', corrections: [] },
  ...extra,
});
const commit = (date: string) => ({ hash: 'abcdef1234', date, subject: 'Edit' });

describe('lastCommits', () => {
  it("takes each file's newest commit", () => {
    const log =
      '\0bbb\t2026-12-02T10:00:00+05:00\tSecond\n\nen/a.mdx\n' +
      '\0aaa\t2026-11-24T10:00:00+05:00\tFirst\n\nen/a.mdx\nru/a.mdx\n';
    expect(lastCommits(log)).toEqual(
      new Map([
        ['en/a.mdx', { hash: 'bbb', date: '2026-12-02T10:00:00+05:00', subject: 'Second' }],
        ['ru/a.mdx', { hash: 'aaa', date: '2026-11-24T10:00:00+05:00', subject: 'First' }],
      ]),
    );
  });
});

describe('translationStatus', () => {
  it('finds missing editions, translations behind in git and for readers, and what is held back', () => {
    const editions = [
      edition('en', 'a', {
        commit: commit('2026-12-02'),
        changes: { published: '2026-11-24', updated: '2026-12-02', corrections: [] },
      }),
      edition('ru', 'a', { commit: commit('2026-11-24') }),
      edition('en', 'b', { state: 'draft' }),
      edition('ru', 'c', { uncommitted: true }),
      edition('en', 'c', { commit: commit('2026-11-30') }),
    ];
    const status = translationStatus(editions, ['en', 'ru'], 'en');
    expect(status.missing.map(({ edition, lang }) => `${edition.file} -> ${lang}`)).toEqual([
      'content/articles/en/b.mdx -> ru',
    ]);
    expect(status.olderInGit.map(({ translation }) => translation.file)).toEqual([
      'content/articles/ru/a.mdx',
    ]);
    expect(status.outdatedForReaders).toEqual([{ translation: editions[1], since: '2026-12-02' }]);
    expect(status.heldBack.map((e) => e.file)).toEqual(['content/articles/en/b.mdx']);
    const report = formatStatus(
      status,
      [{ file: 'content/articles/ru/x.mdx', field: 'topics', message: 'has ...' }],
      [{ file: 'content/articles/ru/a.mdx', line: 4, field: 'standfirst', message: 'scores ...' }],
    );
    expect(report).toContain(
      'content/articles/en/b.mdx [draft]: no ru edition ("b (en)"); it would be content/articles/ru/b.mdx',
    );
    expect(report).toContain(
      'content/articles/ru/a.mdx: last changed 2026-11-24 (abcdef1 Edit); content/articles/en/a.mdx changed since, 2026-12-02 (abcdef1 Edit)',
    );
    expect(report).toContain(
      'Editions that disagree (a build refuses these):\n  content/articles/ru/x.mdx: topics: has ...',
    );
    expect(report).toContain(
      "Texts that may not be in their edition's language (the build lets them through):\n  content/articles/ru/a.mdx: line 4: standfirst: scores ...",
    );
    expect(formatStatus(status, [])).toContain(
      "Texts that may not be in their edition's language (the build lets them through):\n  none",
    );
  });
});

describe('translationStatus of an article translated into the first language', () => {
  it('tells the translation that its original changed, and the original nothing', () => {
    const later = { published: '2026-11-24', updated: '2026-12-02', corrections: [] };
    const translated = edition('en', 'd', { translatedFrom: 'ru' });
    const original = edition('ru', 'd', { changes: later });
    expect(
      translationStatus([translated, original], ['en', 'ru'], 'en').outdatedForReaders,
    ).toEqual([{ translation: translated, since: '2026-12-02' }]);
    const corrected = edition('en', 'd', { translatedFrom: 'ru', changes: later });
    expect(
      translationStatus([corrected, edition('ru', 'd')], ['en', 'ru'], 'en').outdatedForReaders,
    ).toEqual([]);
  });
});

describe('npm run status', () => {
  const projectRoot = new URL('../../', import.meta.url).pathname;
  let root: string;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: '2026-12-02T10:00:00Z',
          GIT_AUTHOR_DATE: '2026-12-02T10:00:00Z',
        },
      },
    );
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'status-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    git('add', '.');
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Editor',
        '-c',
        'user.email=e@example.org',
        'commit',
        '-qm',
        'Content as published',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: '2026-11-24T10:00:00Z',
          GIT_AUTHOR_DATE: '2026-11-24T10:00:00Z',
        },
      },
    );
    const lead = join(
      root,
      'content/articles/en/what-do-protesting-moods-in-kazakhstan-tell-about.mdx',
    );
    writeFileSync(
      lead,
      readFileSync(lead, 'utf8').replace(
        'published: 2019-06',
        'published: 2019-06\nupdated: 2026-12-02',
      ),
    );
    git('commit', '-qam', 'Update the lead');
    // A standfirst half translated: its second sentence left in English.
    const detentions = join(
      root,
      'content/articles/ru/detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next.mdx',
    );
    writeFileSync(
      detentions,
      readFileSync(detentions, 'utf8').replace(
        / Участника акции.*$/m,
        ' One of the protesters, civic activist Alimzhan Izbasarov, was sentenced to 15 days in prison and then received his call-up papers.',
      ),
    );
    writeFileSync(
      join(root, 'content/articles/en/only-english.mdx'),
      '---\nlang: en\ndraft: true\nheadline: "Only in English"\nstandfirst: "S."\npublished: 2026-12-05\nauthors: [bulletin-newsroom]\ntopics: [kazakhstan]\n---\n\nBody.\n',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports the untranslated article, the translation behind, a text in doubt, and what is held back', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/status.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content', BUILD_DATE: '2026-12-03' },
    });
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toContain(
      'content/articles/en/only-english.mdx [draft]: no ru edition ("Only in English"); it would be content/articles/ru/only-english.mdx',
    );
    expect(out).toMatch(
      /content\/articles\/ru\/what-do-protesting-moods-in-kazakhstan-tell-about\.mdx: last changed 2026-11-24 \(\w{7} Content as published\); content\/articles\/en\/what-do-protesting-moods-in-kazakhstan-tell-about\.mdx changed since, 2026-12-02 \(\w{7} Update the lead\)/,
    );
    expect(out).toContain(
      'content/articles/ru/what-do-protesting-moods-in-kazakhstan-tell-about.mdx: the original changed on 2026-12-02;',
    );
    expect(out).toContain(
      "Texts that may not be in their edition's language (the build lets them through):\n" +
        '  content/articles/ru/detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next.mdx: line 4: standfirst: scores 0.54 as Russian and 0.67 as English, too close to tell which it is in (a text in Russian scores 0.5 or more above English); check that this text is in Russian\n\n',
    );
    expect(out).toContain(
      'Not on the published site:\n  content/articles/en/only-english.mdx [draft]',
    );
  });
});
