// A build fails in one of two ways when articles are broken, both in the
// content check, which reads every file before Astro does
// (src/check/contentCheck.ts): its own rules (the schema, the integrity check,
// the photo files: missing, no JPEG or PNG, or a camera's original; what the
// text holds), and, for what those let through, MDX's parser, as the content
// loader will parse the file. Both end with the
// build's one block (src/check/editorReport.ts), and both stop the build
// before Astro writes anything, so the last site built stays whole. One
// whole build per way proves that the message reaches the editor with the
// file, the line, the field and what was expected: the rules' build carries
// every fixture at once, since it lists every problem. The exact wording of every
// schema message is checked without a build (tests/unit/articleSchema.test.ts),
// a data file's schema error in tests/build/buildReport.test.ts, and a clean build in
// tests/build/searchIndexReuse.test.ts.
// The messages are printed for the README.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { listedProblems } from './buildMessage';
import { buildInIsolation, projectRoot } from './isolatedBuild';
import { queue } from './queue';
import { jpegSaying } from '../unit/photoBytes';

/** One mistake: a fixture added to the content, or a change to a copy of a real file. */
interface Mistake {
  /** What is wrong. */
  name: string;
  /** A file in tests/fixtures/broken/, added to content/articles/ as `as` (default en/<file>). */
  fixture?: string;
  as?: string;
  /** Or a change to a copy of a real file (path under content/): `find` becomes `replace`. */
  edit?: { file: string; find: string; replace: string };
  /** Files the fixture names, added to the content (path under content/, and bytes). */
  files?: Readonly<Record<string, string | Uint8Array>>;
}

const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const brief = 'what-kazakhstan-will-be-like-after-presidential-election';

/**
 * What one line of the block must hold: a text, or the file and what follows
 * its line number (`line N:` stands between them, where the line is known).
 */
type Said = string | readonly [file: string, what: string];
const holds = (line: string, said: Said) =>
  typeof said === 'string'
    ? line.includes(said)
    : line.startsWith(`${said[0]}: `) && line.includes(said[1]);

/**
 * What Astro lets through or only logs, refused by the integrity check
 * (src/check/articleIntegrity.ts). Each fixture breaks one rule; together they
 * must give exactly one problem each.
 */
const integrityMistakes: (Mistake & { says: Said })[] = [
  {
    // YAML reads 2019-02-30 as 2 March 2019 and Astro builds it so, silently:
    // the project's integrity check reads the date as typed.
    name: 'a date that is not in the calendar',
    fixture: 'date-not-in-calendar.mdx',
    says: [
      'content/articles/en/date-not-in-calendar.mdx',
      'published: 2019-02-30 is not a day of the calendar; expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    ],
  },
  {
    // Astro only logs "Invalid content reference: entry "en/unknown-author" ...
    // (field: authors[1])" and builds on; the integrity check fails the build.
    name: 'unknown author',
    fixture: 'unknown-author.mdx',
    says: [
      'content/articles/en/unknown-author.mdx',
      'authors[1]: no author "nobody-we-know" in authors.json (known: "bulletin-newsroom", "cabar-newsroom")',
    ],
  },
  {
    // As for authors: Astro logs, the integrity check fails the build.
    name: 'unknown topic',
    fixture: 'unknown-topic.mdx',
    says: [
      'content/articles/en/unknown-topic.mdx',
      'topics[0]: no topic "kazakstan" in topics.json (known: ',
    ],
  },
  {
    name: 'seeAlso to a missing article',
    fixture: 'see-also-missing.mdx',
    says: [
      'content/articles/en/see-also-missing.mdx',
      'seeAlso[0]: no article "no-such-article" in en (expected a file articles/en/no-such-article.mdx)',
    ],
  },
  {
    name: 'seeAlso to itself',
    fixture: 'see-also-itself.mdx',
    says: [
      'content/articles/en/see-also-itself.mdx',
      'seeAlso[0]: "see-also-itself" is this article itself',
    ],
  },
  {
    name: '<Photo> in the body, absent from frontmatter',
    fixture: 'photo-not-in-frontmatter.mdx',
    says: [
      'content/articles/en/photo-not-in-frontmatter.mdx',
      '<Photo> id="izbasarov": no such entry in frontmatter `photos` (it has none)',
    ],
  },
  {
    name: '<PullQuote> in the body, absent from frontmatter',
    fixture: 'quote-not-in-frontmatter.mdx',
    says: [
      'content/articles/en/quote-not-in-frontmatter.mdx',
      '<PullQuote> id="chebotarev-renewal": no such entry in frontmatter `quotes` (it has "kim-extremism")',
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
      `content/articles/en/What Do Protesting Moods in Kazakhstan Tell About.mdx`,
      `file name: expected lower-case words joined by hyphens (the name is the article's address); read as "${lead}" it is the same article as content/articles/en/${lead}.mdx: keep one of the files`,
    ],
  },
  {
    name: 'lang disagrees with the folder',
    fixture: 'lang-disagrees-with-folder.mdx',
    says: [
      'content/articles/en/lang-disagrees-with-folder.mdx',
      'lang: is "ru" but the file is in the "en" folder; move the file or correct lang',
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
      'content/articles/ru/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx',
      'seeAlso: has "detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next" but the en edition (content/articles/en/kazakhstan-from-a-marathon-banner-to-protest-consolidation.mdx) has none; both editions of an article link to the same articles: make them agree',
    ],
  },
  {
    // A mistake of one edition is said in its file only: compared with the
    // other edition, it used to be said a second time as a disagreement, in
    // the Russian file, whichever edition was wrong.
    name: 'a topic misspelt in the Russian edition only',
    edit: {
      file: `articles/ru/${brief}.mdx`,
      find: '  - elections\n',
      replace: '  - electoins\n',
    },
    says: [
      `content/articles/ru/${brief}.mdx`,
      'topics[1]: no topic "electoins" in topics.json (known: ',
    ],
  },
  {
    // Reported as the editions' disagreement, in the Russian file, until the
    // check named it.
    name: "a see-also to the article's own translation",
    edit: {
      file: `articles/en/${lead}.mdx`,
      find: `  - ${brief}\n`,
      replace: `  - ${brief}\n  - ru/${lead}\n`,
    },
    says: [
      `content/articles/en/${lead}.mdx`,
      `seeAlso[3]: "ru/${lead}" is this article's own Russian edition; readers reach it with the language switch: remove it`,
    ],
  },
  {
    name: 'quote speaker not in names.json',
    fixture: 'speaker-not-in-names.mdx',
    says: [
      'content/articles/en/speaker-not-in-names.mdx',
      'quotes[0].speaker: "Irena Kim" is not a person in names.json (en); add the name there or spell it as it is there',
    ],
  },
];

/**
 * One build for each way a build stops. Each mistake must give one line of
 * the build's message, and each of `says` must be in exactly one line.
 */
const stoppers: { name: string; mistakes: Mistake[]; says: Said[] }[] = [
  {
    // Every problem at once, one line each, before Astro reads anything:
    // the schema's, the integrity check's and the photo files'.
    name: 'the content check',
    mistakes: [
      { name: 'photo without alt text', fixture: 'photo-without-alt.mdx' },
      { name: 'photo file missing', fixture: 'photo-missing.mdx' },
      {
        // Astro stopped on it with "Could not process image metadata", naming no article.
        name: 'photo file that is no image',
        fixture: 'photo-not-an-image.mdx',
        files: { 'photos/not-a-photo.jpg': 'A note saved under a photo’s name.\n' },
      },
      {
        // Astro encoded it at full size into every card that showed it.
        name: 'photo file that is a camera original',
        fixture: 'photo-too-large.mdx',
        files: { 'photos/camera-original.jpg': await jpegSaying(9000, 6000, 26_100_000) },
      },
      ...integrityMistakes,
    ],
    says: [
      [
        'content/articles/en/photo-without-alt.mdx',
        'photos[0].alt: missing: expected what the image shows, for readers who cannot see it',
      ],
      [
        'content/articles/en/photo-missing.mdx',
        'photos[0].src: no file at "../../photos/no-such-photo.jpg" (looked for content/photos/no-such-photo.jpg); add the photo there or correct the path',
      ],
      [
        'content/articles/en/photo-not-an-image.mdx',
        'line 10: photos[0].src: content/photos/not-a-photo.jpg is not a JPEG or PNG image (it reads as text); export the photo again as JPEG',
      ],
      [
        'content/articles/en/photo-too-large.mdx',
        'line 10: photos[0].src: content/photos/camera-original.jpg is 9000 x 6000 px and 26.1 MB, more than the 4,000 px on a side and 8 MB a photo may have; export it again 2,400 px wide, as JPEG at quality 80 to 85: the site shows no photo wider than 1,440 px',
      ],
      ...integrityMistakes.map((mistake) => mistake.says),
    ],
  },
  {
    // What the content check's rules let through and MDX cannot read: the
    // parser's error, put in the same form, with its line.
    // Kept as .txt: Prettier cannot parse it.
    name: "MDX's parser",
    mistakes: [
      {
        name: 'a component that is not closed',
        fixture: 'unclosed-component.mdx.txt',
        as: 'en/unclosed-component.mdx',
      },
    ],
    says: [
      [
        'content/articles/en/unclosed-component.mdx',
        'line 13: Expected a closing tag for `<SeeAlso>`',
      ],
    ],
  },
];

/** Applies a mistake to a copy of the content; a change that no longer applies is an error. */
function arrange(mistake: Mistake, contentDir: string): void {
  if (mistake.fixture) {
    const target = join(contentDir, 'articles', mistake.as ?? `en/${mistake.fixture}`);
    cpSync(join(projectRoot, 'tests/fixtures/broken', mistake.fixture), target);
  }
  for (const [path, bytes] of Object.entries(mistake.files ?? {})) {
    writeFileSync(join(contentDir, path), bytes);
  }
  if (mistake.edit) {
    const file = join(contentDir, mistake.edit.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(mistake.edit.find)) {
      throw new Error(
        `${mistake.name}: content/${mistake.edit.file} no longer has ${mistake.edit.find}`,
      );
    }
    writeFileSync(file, text.replace(mistake.edit.find, mistake.edit.replace));
  }
}

// Whole-site builds are CPU-bound: one per core at a time.
const build = queue(availableParallelism());
const work = mkdtempSync(join(tmpdir(), 'broken-content-'));
const messages = new Map<string, string[]>();
const lastGood = '<!doctype html><title>The last good build</title>';

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  const lines = stoppers.flatMap((stopper) =>
    (messages.get(stopper.name) ?? ['(no result)']).map((line) => `  ${stopper.name}: ${line}`),
  );
  console.log(`What a broken build says, by what stopped it:\n${lines.join('\n')}`);
});

describe.concurrent('a build with broken content fails, saying where and what', () => {
  it.for(stoppers.map((stopper, index) => ({ ...stopper, index })))(
    'stopped by $name',
    { timeout: 300_000 },
    async (stopper, { expect }) => {
      const project = join(work, String(stopper.index));
      const { status, output } = await build(() =>
        buildInIsolation(project, (content) => {
          for (const mistake of stopper.mistakes) arrange(mistake, content);
          // The last good build, which a failed one leaves as it was.
          mkdirSync(join(project, 'dist'));
          writeFileSync(join(project, 'dist/index.html'), lastGood);
        }),
      );
      // The lines an editor reads must hold it all: file, field, what was expected.
      const listed = listedProblems(output);
      const said = listed.length > 0 ? listed : ['(no message found)'];
      messages.set(stopper.name, said);
      expect(status, output).not.toBe(0);
      // Stopped before Astro began to write the site (beside the last one, scripts/build.mjs).
      expect(existsSync(join(project, 'dist.building')), 'the site was begun').toBe(false);
      expect(readFileSync(join(project, 'dist/index.html'), 'utf8')).toBe(lastGood);
      expect(said, output).toHaveLength(stopper.mistakes.length);
      for (const part of stopper.says) {
        expect(
          said.filter((line) => holds(line, part)),
          String(part),
        ).toHaveLength(1);
      }
    },
  );
});
