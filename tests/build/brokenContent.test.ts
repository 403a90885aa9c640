// Each row breaks the real content in one way, by adding a small article from
// tests/fixtures/broken/ or by changing a copy of a real one, and builds the
// site from it in a project of its own. The build must fail with a message
// that names the file, the field and what was expected, and must leave the
// published dist/ alone. The messages are printed, one line per row, for
// release notes and the README.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildMessage } from './buildMessage';
import { buildInIsolation, projectRoot } from './isolatedBuild';
import { queue } from './queue';

interface BrokenContent {
  /** What is wrong, as the test is named. */
  name: string;
  /** A file in tests/fixtures/broken/, added to content/articles/ as `as` (default en/<file>). */
  fixture?: string;
  as?: string;
  /** Or a change to a copy of a real file (path under content/): `find` becomes `replace`. */
  edit?: { file: string; find: string; replace: string };
  /** Parts the build's message (see buildMessage.ts) must contain, each exactly as printed. */
  says: string[];
}

const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';

const rows: BrokenContent[] = [
  {
    // A field the schema does not know is refused (the schema is strict), so a
    // misspelling never vanishes from the page without a word.
    name: 'a misspelt field',
    fixture: 'misspelt-field.mdx',
    says: [
      'content/articles/en/misspelt-field.mdx',
      'seealso: not a field of an article: check its spelling against the README',
    ],
  },
  {
    // Astro's schema error: "articles → en/missing-headline data does not match
    // collection schema.", one line per field, and the file under "Location:".
    // The field messages are the schema's own (articleSchema.ts): Astro's
    // default for a missing field is "Required", with the field name twice.
    name: 'missing headline',
    fixture: 'missing-headline.mdx',
    says: ['content/articles/en/missing-headline.mdx', 'headline: missing: expected the headline'],
  },
  {
    name: 'empty standfirst',
    fixture: 'empty-standfirst.mdx',
    says: [
      'content/articles/en/empty-standfirst.mdx',
      'standfirst: must not be empty: expected one or two sentences that say what the story is',
    ],
  },
  {
    name: 'a date that is not a date',
    fixture: 'date-not-a-date.mdx',
    says: [
      'content/articles/en/date-not-a-date.mdx',
      'published: expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    ],
  },
  {
    // YAML reads 2019-02-30 as 2 March 2019 and Astro builds it so, silently:
    // the project's integrity check reads the date as typed.
    name: 'a date that is not in the calendar',
    fixture: 'date-not-in-calendar.mdx',
    says: [
      'content/articles/en/date-not-in-calendar.mdx: published: 2019-02-30 is not a day of the calendar; expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    ],
  },
  {
    // Astro only logs "Invalid content reference: entry "en/unknown-author" ...
    // (field: authors[1])" and builds on; the integrity check fails the build.
    name: 'unknown author',
    fixture: 'unknown-author.mdx',
    says: [
      'content/articles/en/unknown-author.mdx: authors[1]: no author "nobody-we-know" in authors.json (known: "bulletin-newsroom", "cabar-newsroom")',
    ],
  },
  {
    // As for authors: Astro logs, the integrity check fails the build.
    name: 'unknown topic',
    fixture: 'unknown-topic.mdx',
    says: [
      'content/articles/en/unknown-topic.mdx: topics[0]: no topic "kazakstan" in topics.json (known: ',
    ],
  },
  {
    name: 'seeAlso to a missing article',
    fixture: 'see-also-missing.mdx',
    says: [
      'content/articles/en/see-also-missing.mdx: seeAlso[0]: no article "no-such-article" in en (expected a file articles/en/no-such-article.mdx)',
    ],
  },
  {
    name: 'seeAlso to itself',
    fixture: 'see-also-itself.mdx',
    says: [
      'content/articles/en/see-also-itself.mdx: seeAlso[0]: "see-also-itself" is this article itself',
    ],
  },
  {
    // Astro's own error names only the image path; the early check in
    // src/integrations/checkPhotoFiles.ts names the article and the field.
    name: 'photo file missing',
    fixture: 'photo-missing.mdx',
    says: [
      'content/articles/en/photo-missing.mdx: photos[0].src: no file at "../../photos/no-such-photo.jpg" (looked for content/photos/no-such-photo.jpg); add the photo there or correct the path',
    ],
  },
  {
    name: 'photo without alt text',
    fixture: 'photo-without-alt.mdx',
    says: [
      'content/articles/en/photo-without-alt.mdx',
      'photos.0.alt: missing: expected what the image shows, for readers who cannot see it',
    ],
  },
  {
    name: '<Photo> in the body, absent from frontmatter',
    fixture: 'photo-not-in-frontmatter.mdx',
    says: [
      'content/articles/en/photo-not-in-frontmatter.mdx: line 12: <Photo> id="izbasarov": no such entry in frontmatter `photos` (it has none)',
    ],
  },
  {
    name: '<PullQuote> in the body, absent from frontmatter',
    fixture: 'quote-not-in-frontmatter.mdx',
    says: [
      'content/articles/en/quote-not-in-frontmatter.mdx: line 18: <PullQuote> id="chebotarev-renewal": no such entry in frontmatter `quotes` (it has "kim-extremism")',
    ],
  },
  {
    // Astro's default ids lower-case the file name and turn spaces into
    // hyphens: this file and the real one got one id, and Astro only warned
    // ("multiple entries with the same slug") and built one of the two. Ids
    // are now the path as written (content.config.ts), and the integrity
    // check refuses the name, naming both files.
    name: 'duplicate slug, by a second file whose name reads as the same address',
    fixture: 'duplicate-slug-file-name.mdx',
    as: 'en/What Do Protesting Moods in Kazakhstan Tell About.mdx',
    says: [
      `content/articles/en/What Do Protesting Moods in Kazakhstan Tell About.mdx: file name: expected lower-case words joined by hyphens (the name is the article's address); read as "${lead}" it is the same article as content/articles/en/${lead}.mdx: keep one of the files`,
    ],
  },
  {
    // A frontmatter slug used to override the id, with the same warning and
    // the same lost article; the schema now refuses the field.
    name: 'duplicate slug, by a frontmatter slug claiming another article',
    fixture: 'duplicate-slug-frontmatter.mdx',
    says: [
      'content/articles/en/duplicate-slug-frontmatter.mdx',
      'slug: expected no slug: the address is the file name; rename the file instead',
    ],
  },
  {
    name: 'lang disagrees with the folder',
    fixture: 'lang-disagrees-with-folder.mdx',
    says: [
      'content/articles/en/lang-disagrees-with-folder.mdx: lang: is "ru" but the file is in the "en" folder; move the file or correct lang',
    ],
  },
  {
    name: 'a translation whose seeAlso differs from the English',
    edit: {
      file: 'articles/ru/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx',
      find: `basedOn: ${lead}\n`,
      replace: `basedOn: ${lead}\nseeAlso: [detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next]\n`,
    },
    says: [
      'content/articles/ru/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx: seeAlso: names "detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next" but the en edition (content/articles/en/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx) names none; translations link to the same articles',
    ],
  },
  {
    // Astro's MDX error gives the message with line:column and the file with
    // its line under "Location:". Kept as .txt: Prettier cannot parse it.
    name: 'malformed MDX (an unclosed tag)',
    fixture: 'unclosed-tag.mdx.txt',
    as: 'en/unclosed-tag.mdx',
    says: [
      'Expected a closing tag for `<em>` (12:23-12:27) before the end of `paragraph`',
      'content/articles/en/unclosed-tag.mdx:12:',
    ],
  },
  {
    name: 'quote speaker not in names.json',
    fixture: 'speaker-not-in-names.mdx',
    says: [
      'content/articles/en/speaker-not-in-names.mdx: quotes[0].speaker: "Irena Kim" is not a person in names.json (en); add the name there or spell it as it is there',
    ],
  },
];

/** Applies a row to a copy of the content; a change that no longer applies is an error. */
function arrange(row: BrokenContent, contentDir: string): void {
  if (row.fixture) {
    const target = join(contentDir, 'articles', row.as ?? `en/${row.fixture}`);
    cpSync(join(projectRoot, 'tests/fixtures/broken', row.fixture), target);
  }
  if (row.edit) {
    const file = join(contentDir, row.edit.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(row.edit.find)) {
      throw new Error(`${row.name}: content/${row.edit.file} no longer has ${row.edit.find}`);
    }
    writeFileSync(file, text.replace(row.edit.find, row.edit.replace));
  }
}

// Two builds at once, one per core; each prints its message once all are done.
const build = queue(2);
const work = mkdtempSync(join(tmpdir(), 'broken-content-'));
const messages = new Map<string, string>();
const publishedDist = join(projectRoot, 'dist');
const distStamp = () => (existsSync(publishedDist) ? statSync(publishedDist).mtimeMs : 'absent');
let started = 0;

beforeAll(() => {
  started = performance.now();
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = rows.map((row) => `  ${row.name}: ${messages.get(row.name) ?? '(no result)'}`);
  console.log(
    `${rows.length} broken-content builds, two at a time, in ${seconds} s:\n${lines.join('\n')}`,
  );
});

describe.concurrent('a build with broken content fails, saying where and what', () => {
  it.for(rows.map((row, index) => ({ ...row, index })))(
    '$name',
    { timeout: 300_000 },
    async (row, { expect }) => {
      const before = distStamp();
      const { status, output } = await build(() =>
        buildInIsolation(join(work, String(row.index)), (content) => arrange(row, content)),
      );
      const message = buildMessage(output);
      messages.set(row.name, message ?? '(no message found)');
      expect(status, output).not.toBe(0);
      // The one line an editor reads must hold it all: file, field, what was expected.
      expect(message, output).toBeDefined();
      for (const part of row.says) expect(message).toContain(part);
      expect(distStamp()).toEqual(before);
    },
  );
});
