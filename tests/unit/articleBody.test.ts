// An article body is rendered once, by the content loader: typeset by the
// project's rules, headings given ids, the body components left as markers,
// and everything else of MDX refused with its line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { bodyMarker, bodyParts } from '../../src/schemas/bodyMarkers';
import { formatProblem, type FileProblem, type Problem } from '../../src/check/articleSource';
import { placementProblems as placementsWrong } from '../../src/check/bodyProblems';
import { articleSchema } from '../../src/schemas/articleSchema';
import { typeset } from '../../src/i18n/typography';
import { readMdxFile as readFile } from '../../src/loaders/mdxFile';
import { localModuleGraph } from '../../src/loaders/pipelineDigest';
import { renderBody } from '../../src/loaders/renderBody';

/** Problems as the report says them: `<file>: line N: ...`, `line N: ...` without a file. */
const said = (problems: readonly (FileProblem | Problem)[]) =>
  problems.map((problem) => formatProblem({ file: '', ...problem }));

const components = ['Photo', 'PullQuote', 'SeeAlso'];
const rendered = (source: string, lang: 'en' | 'ru') => {
  const body = renderBody(source, { lang, components });
  return { ...body, problems: said(body.problems) };
};
const en = (source: string) => rendered(source, 'en');
const ru = (source: string) => rendered(source, 'ru');
const placementProblems = (...args: Parameters<typeof placementsWrong>) =>
  said(placementsWrong(...args));
/** readMdxFile, its problems as the report says them. */
const readMdxFile = async (...args: Parameters<typeof readFile>) => {
  const read = await readFile(...args);
  return 'failures' in read
    ? { failures: said(read.failures) }
    : { ...read, facts: { ...read.facts, problems: said(read.facts.problems) } };
};

describe('renderBody', () => {
  it('typesets each block by the shared rules, quotes paired across bold and links', () => {
    const text = 'He said "it was **the** [end](https://example.org)" - in 15 days...';
    const { html, problems } = en(text);
    expect(problems).toEqual([]);
    const plain = typeset('He said "it was the end" - in 15 days...', 'en');
    expect(html.replace(/<[^>]+>/g, '')).toBe(plain);
    expect(html).toBe(
      '<p>He said “it was <strong>the</strong> <a href="https://example.org">end</a>”\u00A0– in 15\u00A0days…</p>',
    );
  });

  it('typesets Russian by its rules: «ёлочки», dashes, short words and particles', () => {
    const { html } = ru('Он сказал "в 15 суток" - и всё же ушёл бы');
    expect(html).toBe(`<p>${typeset('Он сказал "в 15 суток" - и всё же ушёл бы', 'ru')}</p>`);
    expect(html).toContain('«в\u00A015\u00A0суток»\u00A0—');
  });

  it('leaves code as written', () => {
    expect(en('`"a" - b`\n\n```\n"c" - d\n```').html).toBe(
      '<p><code>"a" - b</code></p>\n<pre><code>"c" - d\n</code></pre>',
    );
  });

  it('gives headings the ids of their typeset text, numbered when repeated', () => {
    expect(en('## "Longing" for changes\n\n## "Longing" for changes').html).toBe(
      '<h2 id="longing-for-changes">“Longing” for changes</h2>\n' +
        '<h2 id="longing-for-changes-1">“Longing” for changes</h2>',
    );
  });

  it("reads remark-gfm's Markdown: tables, strikethrough, autolinks, task lists, footnotes", () => {
    const { html, problems } = en(
      '| a | b |\n| :- | -: |\n| ~~x~~ | www.example.org |\n\n- [x] done\n\nA note[^1].\n\n[^1]: Said.',
    );
    expect(problems).toEqual([]);
    // Aligned by attribute, not by a style the CSP would block (bodyTablesAndFootnotes.test.ts).
    expect(html).toContain('<th data-align="left">a</th>');
    expect(html).toContain('<td data-align="left"><del>x</del></td>');
    expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
    expect(html).toContain('<input type="checkbox" checked disabled> done');
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });

  it('leaves a marker where each body component stands, in a paragraph or on its own', () => {
    const { html, placements, problems } = en(
      'Text <Photo id="portrait" /> more.\n\n<PullQuote id="said" />\n\n<SeeAlso id="brief"></SeeAlso>',
    );
    expect(problems).toEqual([]);
    expect(html).toBe(
      `<p>Text ${bodyMarker('Photo', 'portrait')} more.</p>\n${bodyMarker('PullQuote', 'said')}\n${bodyMarker('SeeAlso', 'brief')}`,
    );
    expect(placements).toEqual([
      { component: 'Photo', id: 'portrait', line: 1 },
      { component: 'PullQuote', id: 'said', line: 3 },
      { component: 'SeeAlso', id: 'brief', line: 5 },
    ]);
  });

  it.each([
    [
      'another component',
      '<Chart id="x" />',
      'line 3: <Chart>: not something an article body can hold',
    ],
    [
      'an HTML tag',
      'Some <em>emphasis</em>.',
      'line 3: <em>: not something an article body can hold',
    ],
    [
      'an expression',
      'Two is {1 + 1}.',
      'line 3: {1 + 1}: an expression in curly braces is MDX code, not text',
    ],
    [
      'an import',
      'import Chart from "./chart"',
      'line 3: import Chart from "./chart": import and export',
    ],
    [
      'a computed id',
      '<Photo id={"a"} />',
      'line 3: <Photo>: expected <Photo id="..." /> naming an entry of the frontmatter, with the id in quotes',
    ],
    ['another attribute', '<Photo id="a" size="big" />', 'line 3: <Photo> id="a": expected'],
    ['content inside', '<SeeAlso id="a">Read on</SeeAlso>', 'line 3: <SeeAlso> id="a": expected'],
    [
      'a Markdown image',
      '![A map](../../photos/map.jpg)',
      'line 3: ![A map]: a picture in the body',
    ],
    ['malformed MDX', 'Text with <em>no end.', 'line 3: Expected a closing tag for `<em>`'],
  ])('refuses %s, by its line in the file', (_, body, expected) => {
    const { html, problems } = en(`---\nlang: en\n---\n${body}\n`.replace('---\n', '---\n'));
    expect(html).toBe('');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected.replace('line 3', 'line 4'));
  });

  it("shows nothing of an editor's note in {/* */}, in a paragraph or on its own", () => {
    const { html, problems } = renderBody(
      'Before.{/* check the date */}\n\n{/* ask the author\n   about the photo */}\n\nAfter.',
      { lang: 'en', components: [] },
    );
    expect(problems).toEqual([]);
    expect(html.replace(/\n+/g, '\n')).toBe('<p>Before.</p>\n<p>After.</p>');
  });

  it('lets a page without components hold none', () => {
    const { problems } = renderBody('<Photo id="a" />', { lang: 'en', components: [] });
    expect(said(problems)).toEqual([
      'line 1: <Photo>: not something an article body can hold; use Markdown for text',
    ]);
  });

  it('renders the real articles without a problem', () => {
    for (const lang of ['en', 'ru'] as const) {
      const file = `../../content/articles/${lang}/what-do-protesting-moods-in-kazakhstan-tell-about.mdx`;
      const body = renderBody(readFileSync(new URL(file, import.meta.url), 'utf8'), {
        lang,
        components,
      });
      expect(body.problems).toEqual([]);
      expect(body.placements.length).toBeGreaterThan(5);
    }
  });
});

describe('bodyParts', () => {
  it('splits a body at its markers, ids as placed, no empty parts', () => {
    const odd = 'an id --> with "quotes"';
    const html = `${bodyMarker('Photo', 'a')}<p>x</p>\n${bodyMarker('SeeAlso', odd)}`;
    expect(bodyParts(html)).toEqual([
      { component: 'Photo', id: 'a' },
      { html: '<p>x</p>\n' },
      { component: 'SeeAlso', id: odd },
    ]);
    expect(bodyParts('<p>only text</p>')).toEqual([{ html: '<p>only text</p>' }]);
  });
});

describe('placementProblems', () => {
  const fields = { Photo: 'photos', PullQuote: 'quotes', SeeAlso: 'seeAlso' };
  it('names a placed id the frontmatter list lacks, with its line and what the list has', () => {
    expect(
      placementProblems(
        [
          { component: 'Photo', id: 'b', line: 8 },
          { component: 'PullQuote', id: 'x', line: 5 },
          { component: 'Photo', id: 'a', line: 9 },
        ],
        fields,
        { photos: ['a'], quotes: [], seeAlso: [] },
      ),
    ).toEqual([
      'line 8: <Photo> id="b": no such entry in frontmatter `photos` (it has "a")',
      'line 5: <PullQuote> id="x": no such entry in frontmatter `quotes` (it has none)',
    ]);
  });
});

describe('readMdxFile', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // As in articleSchema.test.ts: image() and reference() stood in for by their input shape.
  const schema = articleSchema({
    image: () => z.string(),
    author: z.string(),
    topic: z.string(),
  });
  const options = (file: string) => ({
    file: `${root}content/articles/en/${file}`,
    root,
    components: { Photo: 'photos', PullQuote: 'quotes', SeeAlso: 'seeAlso' },
    parse: async (data: Record<string, unknown>) => schema.parse(data) as Record<string, unknown>,
  });
  const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about.mdx';
  const source = readFileSync(`${root}content/articles/en/${lead}`, 'utf8');

  it('reads a real article: its data, its body, its words, no problem', async () => {
    const read = await readMdxFile(source, options(lead));
    if ('failures' in read) throw new Error(read.failures.join('\n'));
    expect(read.facts.problems).toEqual([]);
    expect(read.facts.words).toBeGreaterThan(1000);
    expect(read.facts.photos).toEqual(['izbasarov', 'zhapsheva', 'chebotarev']);
    expect(read.data.headline).toBe('What Do Protesting Moods in Kazakhstan Tell About?');
    expect(read.html).toContain('<h2 id="longing-for-changes">Longing for changes</h2>');
  });

  it('keeps out a file that names a missing photo, saying where it looked', async () => {
    const broken = source.replace('../../photos/alimzhan-izbasarov.jpg', '../../photos/gone.jpg');
    const line = broken.split('\n').findIndex((text) => text.includes('gone.jpg')) + 1;
    expect(await readMdxFile(broken, options('x.mdx'))).toEqual({
      failures: [
        `content/articles/en/x.mdx: line ${line}: photos[0].src: no file at "../../photos/gone.jpg" (looked for content/photos/gone.jpg); add the photo there or correct the path`,
      ],
    });
  });

  it("keeps out a file whose frontmatter YAML cannot read, in the content check's words", async () => {
    const broken = source.replace(/^lead: true$/m, 'lead: true\n  topics: [youth]');
    const line = source.split('\n').findIndex((text) => text.startsWith('lead:')) + 2;
    expect(await readMdxFile(broken, options('x.mdx'))).toEqual({
      failures: [
        expect.stringMatching(
          new RegExp(
            `^content/articles/en/x\\.mdx: line ${line}: topics: the frontmatter cannot be read here \\(YAML says: bad indentation of a mapping entry\\)`,
          ),
        ),
      ],
    });
  });

  it('says a colon in an unquoted headline as the content check does: put the text in quotes', async () => {
    const broken = source.replace(/^headline: .*$/m, 'headline: Test: A Day');
    const line = source.split('\n').findIndex((text) => text.startsWith('headline:')) + 1;
    expect(await readMdxFile(broken, options('x.mdx'))).toEqual({
      failures: [
        `content/articles/en/x.mdx: line ${line}: headline: YAML reads ": " in a text as the start of another field; put the text in quotes: headline: "Test: A Day"`,
      ],
    });
  });

  it('keeps out a file whose fields are TOML, as the content check does', async () => {
    expect(await readMdxFile('+++\nlang = "en"\n+++\n\nText.\n', options('x.mdx'))).toEqual({
      failures: [
        expect.stringMatching(
          /^content\/articles\/en\/x\.mdx: line 1: the fields are written in TOML/,
        ),
      ],
    });
  });

  it("keeps the body's problems with the entry, naming the file", async () => {
    const broken = source.replace(
      '<PullQuote id="khasenov-threats" />',
      '<PullQuote id="nobody" />',
    );
    const read = await readMdxFile(broken, options('x.mdx'));
    if ('failures' in read) throw new Error(read.failures.join('\n'));
    expect(read.facts.problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/en\/x\.mdx: line \d+: <PullQuote> id="nobody": no such entry in frontmatter `quotes`/,
      ),
    ]);
  });
});

describe('localModuleGraph', () => {
  it("follows the content config's imports: schema, typography, loader and plugins", async () => {
    const config = fileURLToPath(new URL('../../src/content.config.ts', import.meta.url));
    const files = [...(await localModuleGraph(config)).keys()].map((path) =>
      path.slice(path.indexOf('/src/') + 1),
    );
    for (const file of [
      'src/content.config.ts',
      'src/schemas/articleSchema.ts',
      'src/i18n/typography.ts',
      'src/loaders/mdxLoader.ts',
      'src/loaders/renderBody.ts',
      'src/loaders/typographyPlugin.ts',
      'src/loaders/withdrawnMarkPlugin.ts',
      'src/check/bodyProblems.ts',
      'src/schemas/bodyComponents.ts',
    ]) {
      expect(files).toContain(file);
    }
  });
});
