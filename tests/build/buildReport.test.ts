// Real builds, one per way a build reports: the content check (many kinds of
// mistakes, all in one block) and Astro's schema error for a data file (a
// clean build, which is quiet, is the first of tests/build/searchIndexReuse.test.ts). The exact messages are the unit tests' (see
// tests/unit/contentCheck.test.ts and the checks' own tests); these prove
// that `npm run build` ends with them, as the editor sees it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listedProblems } from './buildMessage';
import { buildInIsolation } from './isolatedBuild';
import { queue } from './queue';

const build = queue(2);
const work = mkdtempSync(join(tmpdir(), 'build-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lead = 'articles/en/what-do-protesting-moods-in-kazakhstan-tell-about.mdx';
const brief = 'articles/en/what-kazakhstan-will-be-like-after-presidential-election.mdx';
const briefRu = 'articles/ru/what-kazakhstan-will-be-like-after-presidential-election.mdx';

/** Changes a file of the copied content; a change that no longer applies is an error. */
function edit(content: string, file: string, change: (text: string) => string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`${file}: the change no longer applies`);
  writeFileSync(path, changed);
}

describe.concurrent('npm run build', () => {
  it('lists every mistake of the content in one block, with files and lines', async () => {
    const { status, output } = await build(() =>
      buildInIsolation(join(work, 'mistakes'), (content) => {
        edit(content, brief, (text) =>
          text
            .replace(/^headline: .*$/m, 'headline: Test: A Day in Almaty')
            .concat(
              '\nIn {2019} turnout was <50 percent.\n',
              '\n<iframe src="https://www.youtube.com/embed/xyz"></iframe>\n',
              '\nRead [it](https://steppe-bulletin.example/en/articles/no-such-story/).\n',
            ),
        );
        edit(content, lead, (text) =>
          text
            .replace('    caption: Alimzhan Izbasarov', '    captoin: Alimzhan Izbasarov')
            .replace('published: 2019-06', 'published: 2019-06\nupdated: 2019-05-30')
            // A pull quote the text does not report.
            .replace('text: My parents were threatened', 'text: My parents were never threatened'),
        );
        // A Russian edition saved in Windows-1251 and under a Cyrillic name.
        const ru = readFileSync(join(content, briefRu), 'utf8');
        renameSync(join(content, briefRu), join(content, 'articles/ru/день-в-алматы.mdx'));
        writeFileSync(
          join(content, 'articles/ru/день-в-алматы.mdx'),
          Uint8Array.from([...ru], (char) => {
            const code = char.codePointAt(0)!;
            return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code < 0x80 ? code : 0x3f;
          }),
        );
      }),
    );
    expect(status, output).toBe(1);
    const problems = listedProblems(output);
    expect(problems, output).toBeDefined();
    // Lines as they stand in the copy the build read.
    const lineOf = (file: string, text: string) =>
      readFileSync(join(work, 'mistakes/content', file), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(text)) + 1;
    const at = (text: string) => lineOf(brief, text);
    const [, , briefFile] = [lead, briefRu, brief].map((file) => `content/${file}`);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/${lead}: line ${lineOf(lead, 'captoin')}: photos\\[0\\]\\.captoin: not a field of a photo; did you mean caption\\?$`,
        ),
      ),
      expect.stringMatching(
        /^content\/articles\/en\/what-do-protesting.*: line \d+: updated: 2019-05-30 is before the publication date 2019-06/,
      ),
      expect.stringMatching(
        new RegExp(
          `^content/${lead}: line ${lineOf(lead, 'never threatened')}: quotes\\[0\\]\\.text: "khasenov-threats" is not in the text of this edition`,
        ),
      ),
      `${briefFile}: line 3: headline: YAML reads ": " in a text as the start of another field; put the text in quotes: headline: "Test: A Day in Almaty"`,
      expect.stringMatching(
        new RegExp(`^${briefFile}: line ${at('{2019}')}: MDX reads \\{ \\} as code`),
      ),
      expect.stringMatching(
        new RegExp(`^${briefFile}: line ${at('{2019}')}: MDX reads < as the start of a tag`),
      ),
      expect.stringMatching(
        new RegExp(`^${briefFile}: line ${at('<iframe')}: <iframe>: an embedded frame`),
      ),
      expect.stringMatching(
        new RegExp(
          `^${briefFile}: line ${at('no-such-story')}: the link to https://steppe-bulletin.example/en/articles/no-such-story/ leads to no page of this site`,
        ),
      ),
      expect.stringMatching(
        /^content\/articles\/ru\/день-в-алматы\.mdx: line \d+: the file is not saved as UTF-8 \(it looks like Windows-1251/,
      ),
    ]);
    // The editor's block, and no stack trace.
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('puts a schema mistake in a data file in the same form, with its line', async () => {
    const { status, output } = await build(() =>
      buildInIsolation(join(work, 'data'), (content) =>
        edit(content, 'authors.json', (text) => text.replace('"kind": "organization",', '')),
      ),
    );
    expect(status, output).toBe(1);
    expect(listedProblems(output)).toEqual([
      'content/authors.json: line 3: "cabar-newsroom": kind: Invalid option: expected one of "person"|"organization"',
    ]);
  });
});
