// The whole content check on a copy of the real content, changed one way per
// test: what each everyday mistake makes it say, in the form the build prints.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import { checkContentFiles } from '../../src/check/contentCheck';
import { withdrawnLinksNote } from '../../src/check/publicationLinks';
import { jpegSaying } from './photoBytes';

const projectRoot = new URL('../../', import.meta.url).pathname;
const routeFiles = readdirSync(join(projectRoot, 'src/pages'), {
  recursive: true,
  encoding: 'utf8',
});
const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const brief = 'what-kazakhstan-will-be-like-after-presidential-election';

let root: string;
const content = (path: string) => join(root, 'content', path);
const edit = (path: string, find: string | RegExp, replace: string) => {
  const text = readFileSync(content(path), 'utf8');
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`${path} has no ${find}`);
  writeFileSync(content(path), changed);
};
/** The check as `npm run dev` runs it, or as a build on `today`. */
const options = (today?: string) => ({
  contentDir: join(root, 'content'),
  cwd: root,
  site: new URL('https://steppe-bulletin.example'),
  routeFiles,
  today,
});
const check = async (today?: string) =>
  (await checkContentFiles(options(today))).problems.map(formatProblem);
/** The line of the copied content's file on which `text` stands now. */
const lineOf = (path: string, text: string) =>
  readFileSync(content(path), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;
const newArticle = (slug: string, extra: string) =>
  writeFileSync(
    content(`articles/en/${slug}.mdx`),
    `---\nlang: en\nheadline: "A ${slug}"\nstandfirst: "For the test."\npublished: 2026-11-20\nauthors: [bulletin-newsroom]\ntopics: [kazakhstan]\n${extra}---\n\nBody.\n`,
  );

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the content check', () => {
  it('finds nothing wrong in the real content', async () => {
    expect(await check()).toEqual([]);
  });

  it('names a misspelt photo field and its line', async () => {
    edit(
      `articles/en/${lead}.mdx`,
      '    caption: Alimzhan Izbasarov',
      '    captoin: Alimzhan Izbasarov',
    );
    expect(await check()).toEqual([
      `content/articles/en/${lead}.mdx: line ${lineOf(`articles/en/${lead}.mdx`, 'captoin')}: photos[0].captoin: not a field of a photo; did you mean caption?`,
    ]);
  });

  it('names a missing photo file on the line of its own src', async () => {
    edit(
      `articles/en/${lead}.mdx`,
      'src: ../../photos/asem-zhapsheva-facebook.jpg',
      'src: ../../photos/no-such-photo.jpg',
    );
    expect(await check()).toEqual([
      `content/articles/en/${lead}.mdx: line ${lineOf(`articles/en/${lead}.mdx`, 'no-such-photo')}: photos[1].src: no file at "../../photos/no-such-photo.jpg" (looked for content/photos/no-such-photo.jpg); add the photo there or correct the path`,
    ]);
  });

  it('refuses a photo file that is no image, and a camera original, in each article naming it', async () => {
    writeFileSync(
      content('photos/andrei-chebotarev.jpg'),
      'Andrei Chebotarev, political analyst\n',
    );
    writeFileSync(
      content('photos/alimzhan-izbasarov.jpg'),
      await jpegSaying(9000, 6000, 26_100_000),
    );
    const at = (lang: string, photo: string) =>
      `content/articles/${lang}/${lead}.mdx: line ${lineOf(`articles/${lang}/${lead}.mdx`, photo)}`;
    const big =
      'content/photos/alimzhan-izbasarov.jpg is 9000 x 6000 px and 26.1 MB, more than the 4,000 px on a side and 8 MB a photo may have; export it again 2,400 px wide, as JPEG at quality 80 to 85: the site shows no photo wider than 1,440 px';
    const text =
      'content/photos/andrei-chebotarev.jpg is not a JPEG or PNG image (it reads as text); export the photo again as JPEG';
    expect(await check()).toEqual([
      `${at('en', 'alimzhan-izbasarov.jpg')}: photos[0].src: ${big}`,
      `${at('en', 'andrei-chebotarev.jpg')}: photos[2].src: ${text}`,
      `${at('ru', 'alimzhan-izbasarov.jpg')}: photos[0].src: ${big}`,
      `${at('ru', 'andrei-chebotarev.jpg')}: photos[2].src: ${text}`,
    ]);
  });

  it('refuses a translation whose original edition is missing, and an unknown translator', async () => {
    edit(
      `articles/ru/${lead}.mdx`,
      'translation:\n  from: en\n  by:\n    - bulletin-newsroom\n',
      'translation:\n  from: en\n  by:\n    - bulletin-newsroom\n    - nobody-we-know\n',
    );
    rmSync(content(`articles/en/${lead}.mdx`));
    const problems = await check();
    expect(problems).toContain(
      `content/articles/ru/${lead}.mdx: line ${lineOf(`articles/ru/${lead}.mdx`, '  from: en')}: translation.from: no en edition of this article (expected a file articles/en/${lead}.mdx)`,
    );
    expect(
      problems.filter((problem) =>
        problem.includes('translation.by[1]: no author "nobody-we-know"'),
      ),
    ).toHaveLength(1);
  });

  it('says to quote a headline with a colon, and nothing else about that file', async () => {
    edit(`articles/en/${brief}.mdx`, /^headline: .*$/m, 'headline: Test: A Day in Almaty');
    expect(await check()).toEqual([
      `content/articles/en/${brief}.mdx: line 3: headline: YAML reads ": " in a text as the start of another field; put the text in quotes: headline: "Test: A Day in Almaty"`,
    ]);
  });

  it('says that the fields are not closed where they end, not that the file lacks them', async () => {
    edit(`articles/en/${brief}.mdx`, /\n---\n\n/, '\n\n');
    const end = lineOf(`articles/en/${brief}.mdx`, 'draft: false') + 1;
    expect(await check()).toEqual([
      `content/articles/en/${brief}.mdx: line ${end}: the fields are not closed: the --- line that ends them is missing; write --- on a line of its own after the last field, before the text`,
    ]);
  });

  it('says to write the name of a field without typographic quotation marks, at its line', async () => {
    edit(`articles/en/${brief}.mdx`, /^headline:/m, '“headline”:');
    expect(await check()).toEqual([
      `content/articles/en/${brief}.mdx: line 3: “headline”: write the field's name without quotation marks: headline: What Kazakhstan Will Be like After Presidential Election?`,
    ]);
  });

  const ownEdition = (other: 'en' | 'ru') =>
    `"${other}/${lead}" is this article's own ${other === 'ru' ? 'Russian' : 'English'} edition; readers reach it with the language switch: remove it`;

  it.each([
    [
      'a photo id used twice in the Russian edition',
      'ru',
      [['  - id: zhapsheva', '  - id: izbasarov']],
      (at: (text: string) => number) => [
        `line ${at('  - id: izbasarov\n    src: ../../photos/asem')}: photos[1]: id "izbasarov" is used twice`,
        `line ${at('<Photo id="zhapsheva"')}: <Photo> id="zhapsheva": no such entry in frontmatter \`photos\` (it has "izbasarov", "izbasarov", "chebotarev")`,
      ],
    ],
    [
      'a topic misspelt in the Russian edition',
      'ru',
      [['  - youth\n', '  - yuoth\n']],
      (at: (text: string) => number) => [
        `line ${at('yuoth')}: topics[4]: no topic "yuoth" in topics.json (known: "civil-society", "elections", "kazakhstan", "protests", "youth")`,
      ],
    ],
    [
      'a publication date written 12/05/2026 in the English edition',
      'en',
      [[/^published: .*$/m, 'published: 12/05/2026']],
      (at: (text: string) => number) => [
        `line ${at('published:')}: published: expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known`,
      ],
    ],
    [
      'a day not in the calendar in the English edition',
      'en',
      [['published: 2019-06\n', 'published: 2019-06-31\n']],
      (at: (text: string) => number) => [
        `line ${at('published:')}: published: 2019-06-31 is not a day of the calendar; expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known`,
      ],
    ],
    [
      'no author in the English edition',
      'en',
      [['authors:\n  - cabar-newsroom', 'authors: []']],
      (at: (text: string) => number) => [
        `line ${at('authors: []')}: authors: name at least one author`,
      ],
    ],
    [
      "a see-also in the English edition to the article's Russian edition",
      'en',
      [[`  - ${brief}\n`, `  - ${brief}\n  - ru/${lead}\n`]],
      (at: (text: string) => number) => [
        `line ${at(`  - ru/${lead}`)}: seeAlso[3]: ${ownEdition('ru')}`,
      ],
    ],
    [
      "a see-also in the Russian edition to the article's English edition, placed in the text",
      'ru',
      [
        [`  - ${brief}\n`, `  - ${brief}\n  - en/${lead}\n`],
        [`<SeeAlso id="${brief}" />`, `<SeeAlso id="${brief}" />\n\n<SeeAlso id="en/${lead}" />`],
      ],
      (at: (text: string) => number) => [
        `line ${at(`  - en/${lead}`)}: seeAlso[3]: ${ownEdition('en')} here and <SeeAlso id="en/${lead}" /> from the text (line ${at(`<SeeAlso id="en/${lead}"`)})`,
      ],
    ],
  ] as const)(
    'reports %s in that file only, not as a disagreement that blames the other edition',
    async (_, lang, edits, expected) => {
      const path = `articles/${lang}/${lead}.mdx`;
      for (const [find, replace] of edits) edit(path, find, replace);
      const at = (text: string) => {
        const source = readFileSync(content(path), 'utf8');
        return source.slice(0, source.indexOf(text)).split('\n').length;
      };
      expect(await check()).toEqual(expected(at).map((said) => `content/${path}: ${said}`));
    },
  );

  it('says to save a Windows-1251 file as UTF-8', async () => {
    const path = content(`articles/ru/${brief}.mdx`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      Uint8Array.from([...text], (char) => {
        const code = char.codePointAt(0)!;
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code < 0x80 ? code : 0x3f;
      }),
    );
    expect(await check()).toEqual([
      `content/articles/ru/${brief}.mdx: line 3: the file is not saved as UTF-8 (it looks like Windows-1251, usual for Russian on Windows); save the file as UTF-8 (in your editor: Save As, Encoding: UTF-8), and check its Russian letters afterwards`,
    ]);
  });

  it('refuses a link to a page that does not exist, written with the site address', async () => {
    writeFileSync(
      content(`articles/en/${brief}.mdx`),
      readFileSync(content(`articles/en/${brief}.mdx`), 'utf8') +
        '\nRead [our story](https://steppe-bulletin.example/en/articles/no-such-story/).\n',
    );
    const [problem] = await check();
    expect(problem).toMatch(
      new RegExp(
        `^content/articles/en/${brief}\\.mdx: line \\d+: the link to https://steppe-bulletin\\.example/en/articles/no-such-story/ leads to no page of this site`,
      ),
    );
  });

  it('says which name a Russian edition saved under another name should have', async () => {
    renameSync(
      content(`articles/ru/${brief}.mdx`),
      content('articles/ru/kakim-budet-kazakhstan.mdx'),
    );
    for (const lang of ['en', 'ru']) {
      edit(`articles/${lang}/${lead}.mdx`, `  - ${brief}\n`, '');
      edit(`articles/${lang}/${lead}.mdx`, `<SeeAlso id="${brief}" />`, '');
    }
    expect(await check()).toEqual([
      `content/articles/ru/kakim-budet-kazakhstan.mdx: file name: no en edition has this name, but content/articles/en/${brief}.mdx has no ru edition and has the same date and quotes; if this is its translation, rename this file to ${brief}.mdx (editions of an article share the file name)`,
    ]);
  });

  it('says that files with another ending, or outside a language folder, are not read', async () => {
    writeFileSync(content('articles/en/new-story.md'), '---\nlang: en\n---\n');
    writeFileSync(content('articles/new-story.mdx'), '---\nlang: en\n---\n');
    expect(await check()).toEqual([
      "content/articles/en/new-story.md: the file is not read: an article's file name ends in .mdx; rename it to new-story.mdx",
      'content/articles/new-story.mdx: the file is not read: articles go in a language folder, articles/en/ or articles/ru/',
    ]);
  });

  it('gives the line of a mistake in a hand-edited data file', async () => {
    edit('topics.json', '"Youth", "ru": "Молодёжь" } }', '"Youth", "ru": "Молодёжь" } },');
    expect(await check()).toEqual([
      'content/topics.json: line 6: a comma after the last entry of a list or group; remove that comma (every entry but the last ends with one)',
    ]);
  });
});

describe('the content check of the data files', () => {
  it('names every entry that lacks a language, at its line, not only the first', async () => {
    edit('authors.json', /,\n\s*"ru": "Редакция «Степного вестника»"/, '');
    edit('topics.json', '"Youth", "ru": "Молодёжь"', '"Youth", "ru": ""');
    expect(await check()).toEqual([
      expect.stringMatching(
        /^content\/authors\.json: line \d+: "bulletin-newsroom": name\.ru: missing: expected the byline in Russian$/,
      ),
      expect.stringMatching(
        /^content\/topics\.json: line 6: "youth": name\.ru: must not be empty: expected the topic's name in Russian$/,
      ),
    ]);
  });
});

describe('the content check of the site pages', () => {
  it("says when a language has no About page, which every page's footer links to", async () => {
    rmSync(content('pages/ru/about.mdx'));
    expect(await check()).toEqual([
      "content/pages/ru/about.mdx: missing: every language has an About page, and Russian has none; write it (the other languages' About pages show what it says)",
    ]);
  });

  it('says to quote a page title with a colon, and checks its links', async () => {
    edit('pages/en/about.mdx', 'title: About Steppe Bulletin', 'title: About: Steppe Bulletin');
    edit('pages/ru/about.mdx', /\]\(\.\.\/articles\/[^)]*\)/, '](../articles/no-such-story/)');
    expect(await check()).toEqual([
      'content/pages/en/about.mdx: line 3: title: YAML reads ": " in a text as the start of another field; put the text in quotes: title: "About: Steppe Bulletin"',
      expect.stringMatching(
        /^content\/pages\/ru\/about\.mdx: line \d+: the link to \.\.\/articles\/no-such-story\/ leads to no page of this site \(\/ru\/articles\/no-such-story\/\)/,
      ),
    ]);
  });
});

describe('the content check of what is published when', () => {
  it('refuses, in a build, a link from a published article to a draft, and allows it in dev', async () => {
    newArticle('work-in-progress', 'draft: true\n');
    edit(`articles/en/${brief}.mdx`, /\n$/, '\nSee [the next story](../work-in-progress/).\n');
    expect(await check()).toEqual([]);
    expect(await check('2026-11-25')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/articles/en/${brief}\\.mdx: line \\d+: the link to \\.\\./work-in-progress/: "work-in-progress" is a draft`,
        ),
      ),
    ]);
  });

  it('refuses, in a build, a placeholder left in an article that is no draft', async () => {
    newArticle('almost-done', '');
    edit(
      'articles/en/almost-done.mdx',
      'standfirst: "For the test."',
      'standfirst: "[[one or two sentences]]"',
    );
    expect(await check()).toEqual([]);
    expect(await check('2026-11-25')).toEqual([
      "content/articles/en/almost-done.mdx: line 4: standfirst: still the template's placeholder [[one or two sentences]]; write the text, or keep draft: true until it is written",
    ]);
  });

  it('names what a build holds back on purpose: drafts and articles dated later', async () => {
    newArticle('work-in-progress', 'draft: true\n');
    newArticle('next-week', '');
    edit('articles/en/next-week.mdx', 'published: 2026-11-20', 'published: 2026-12-02');
    expect((await checkContentFiles(options())).heldBack).toEqual([]);
    expect((await checkContentFiles(options('2026-11-25'))).heldBack).toEqual([
      { file: 'content/articles/en/next-week.mdx', state: 'scheduled', published: '2026-12-02' },
      { file: 'content/articles/en/work-in-progress.mdx', state: 'draft', published: '2026-11-20' },
    ]);
    expect((await checkContentFiles(options('2026-12-02'))).heldBack).toHaveLength(1);
  });

  it('holds back an edition first published elsewhere until its day on this site', async () => {
    newArticle(
      'republished-later',
      'source:\n  name: "CABAR.asia"\n  url: https://cabar.asia/en/\nrepublished: 2026-12-03\n',
    );
    expect((await checkContentFiles(options('2026-11-25'))).heldBack).toEqual([
      {
        file: 'content/articles/en/republished-later.mdx',
        state: 'scheduled',
        published: '2026-12-03',
      },
    ]);
    expect((await checkContentFiles(options('2026-12-03'))).heldBack).toEqual([]);
  });

  it('gives redirects for renamed articles, and says what a link to an old name should be', async () => {
    newArticle('new-name', 'renamedFrom: [old-name]\n');
    newArticle('linking', 'seeAlso: [old-name]\n');
    edit('articles/en/linking.mdx', 'Body.', 'Body.\n\n<SeeAlso id="old-name" />');
    const found = await checkContentFiles(options('2026-11-25'));
    expect(found.redirects).toEqual({ '/en/articles/old-name/': '/en/articles/new-name/' });
    expect(found.problems.map(formatProblem)).toEqual([
      'content/articles/en/linking.mdx: line 8: seeAlso[0]: "old-name" was renamed to "new-name"; write new-name',
    ]);
  });

  it('never holds a withdrawal up: links to a withdrawn article are listed to tidy, not refused', async () => {
    newArticle('gone', 'withdrawn:\n  date: 2026-11-22\n  reason: "Checked and found wrong."\n');
    newArticle('linking', 'seeAlso: [gone]\n');
    edit('articles/en/linking.mdx', 'Body.', '<SeeAlso id="gone" />\n\nAs [we said](../gone/).');
    const found = await checkContentFiles(options('2026-11-25'));
    expect(found.withdrawn).toEqual(['/en/articles/gone/']);
    expect(found.problems.map(formatProblem)).toEqual([]);
    expect(withdrawnLinksNote(found.withdrawnLinks)).toBe(
      '2 links to withdrawn articles, marked "withdrawn" on the pages; take them out when there is time: content/articles/en/linking.mdx:8 (en/gone), content/articles/en/linking.mdx:13 (en/gone)',
    );
  });
});
