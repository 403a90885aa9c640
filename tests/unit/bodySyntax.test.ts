import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import { readBody, withoutCode } from '../../src/check/bodySyntax';

const articlesDir = new URL('../../content/articles/', import.meta.url);
const realFiles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.mdx'),
);

/** A file whose body (from line 5) is these lines. */
const file = (...lines: string[]) => ['---', 'lang: en', '---', '', ...lines, ''].join('\n');

const problems = (source: string) =>
  readBody(source).problems.map((problem) => formatProblem({ file: 'x.mdx', ...problem }));

describe('body syntax', () => {
  it.each(realFiles)('accepts %s', (name) => {
    expect(problems(readFileSync(new URL(name, articlesDir), 'utf8'))).toEqual([]);
  });

  it('accepts what MDX reads as written', () => {
    const source = file(
      'Prices rose by 5 % - from 3 < 4 to a -> b. Import duties } stayed.',
      '',
      '<Photo id="square" />',
      '',
      'Escaped: \\{2019\\} and \\<5, and `{code}` and `<tag>`.',
      '',
      '{/* a note for editors */}',
      '',
      '```',
      '{"json": "<b>"}',
      '```',
      '',
      '<SeeAlso id="other" />',
    );
    expect(problems(source)).toEqual([]);
  });

  it('says what to write instead of { }, with the line', () => {
    expect(problems(file('First.', '', 'In {2019} seven candidates stood.'))).toEqual([
      'x.mdx: line 7: MDX reads { } as code ("In {2019} seven"): "{2019}" would show as 2019 and other text fails the build; to show a brace, write \\{ (a backslash before it), or use ( ) instead',
    ]);
  });

  it.each([
    ['Turnout was <50 percent.', 'Turnout was <50 percent.'],
    ['I <3 Almaty', 'I <3 Almaty'],
    ['a <= b', 'a <= b'],
  ])('says what to write instead of < in "%s"', (line, shown) => {
    expect(problems(file(line))).toEqual([
      `x.mdx: line 5: MDX reads < as the start of a tag ("${shown}"); to show the sign, write \\< (a backslash before it), or write it out`,
    ]);
  });

  it('refuses a pasted video frame and offers a link to it', () => {
    const source = file(
      'Text.',
      '',
      '<iframe src="https://www.youtube.com/embed/xyz" width="560"></iframe>',
    );
    expect(problems(source)).toEqual([
      'x.mdx: line 7: <iframe>: an embedded frame, player or script would not show for readers (the site loads nothing from other hosts, and its security policy blocks it); link to it instead: [what it shows](https://www.youtube.com/embed/xyz), and for a photo use <Photo> (see the README)',
    ]);
  });

  it.each([
    [
      '<script src="https://platform.twitter.com/widgets.js"></script>',
      '<script>',
      'https://...), with the address of the post or video itself',
    ],
    [
      '<script>alert(1)</script>',
      '<script>',
      'https://...), with the address of the post or video itself',
    ],
    ['<img src="https://example.org/a.jpg">', '<img>', 'https://example.org/a.jpg'],
  ])('refuses %s', (html, tag, address) => {
    const [problem] = problems(file(html));
    expect(problem).toContain(`line 5: ${tag}: an embedded frame, player or script`);
    expect(problem).toContain(`[what it shows](${address}`);
  });

  it('refuses other HTML, saying to use Markdown', () => {
    expect(problems(file('Some <b>bold</b> text.'))).toEqual([
      "x.mdx: line 5: <b>: HTML is not part of an article's text; write Markdown instead (**bold**, _italic_, [text](https://...)), and if you meant the sign <, write \\<",
    ]);
    expect(problems(file('One<br>two'))[0]).toContain('<br>: HTML is not part');
  });

  it('names the component meant by a misspelt one', () => {
    expect(problems(file('<Pullquote id="kim" />'))).toEqual([
      'x.mdx: line 5: <Pullquote>: there is no such component (did you mean <PullQuote>?); the body can place <Photo id="..." />, <PullQuote id="..." />, <SeeAlso id="..." />',
    ]);
    expect(problems(file('<Tweet id="1" />'))[0]).toContain('<Tweet>: there is no such component;');
  });

  it('says how to write an address and a note', () => {
    expect(
      problems(file('See <https://cabar.asia/en> now.', '', '<!-- check the date -->')),
    ).toEqual([
      'x.mdx: line 5: an address in < > breaks MDX; write it as a link, [what it is](https://cabar.asia/en), or the address alone without < >',
      'x.mdx: line 7: an HTML comment (<!-- -->) breaks MDX; for a note that readers do not see, write {/* your note */}',
    ]);
  });

  it('says that a line must not begin with import or export', () => {
    expect(problems(file('Grain prices rose as', 'export duties fell.'))).toEqual([
      'x.mdx: line 6: MDX reads a line that begins with "export " as code; rewrap the paragraph so that this line does not begin with that word (or capitalise it)',
    ]);
  });

  it('refuses a Markdown image before the site is written, as the loader would', () => {
    const source = file(
      'A map:',
      '',
      '![Map of Almaty](../../photos/map.jpg)',
      '',
      'Not \\![an image](x).',
    );
    expect(problems(source)).toEqual([
      'x.mdx: line 7: ![Map of Almaty]: a picture in the body is a photo of the frontmatter (with its alt text and credit), placed with <Photo id="..." />',
    ]);
    expect(problems(file('![Map][map]', '', '[map]: ../../photos/map.jpg'))).toHaveLength(1);
  });

  it('gives what MDX says of a mistake the rules above do not name, with its line', () => {
    expect(problems(file('Text.', '', '<PullQuote id="x"'))).toEqual([
      'x.mdx: line 7: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`); MDX could not read the text here; look on this line for a { or < (write \\{ or \\< to show them), or a component that is not closed: <Photo id="..." />',
    ]);
  });

  it('counts lines from the top of the file, frontmatter included', () => {
    const source = ['---', 'lang: en', 'headline: H', 'standfirst: S', '---', 'a {b}'].join('\n');
    expect(problems(source)[0]).toMatch(/^x\.mdx: line 6: /);
  });
});

describe('withoutCode', () => {
  it('blanks fenced code and code spans, keeping lines', () => {
    const body = 'a `{x}` b\n```js\n{y}\n```\nc {z}';
    const masked = withoutCode(body);
    expect(masked.split('\n')).toHaveLength(5);
    expect(masked).not.toContain('{x}');
    expect(masked).not.toContain('{y}');
    expect(masked).toContain('c {z}');
  });

  it('blanks a fence left open to the end', () => {
    expect(withoutCode('```\n{y}\n<b>')).not.toMatch(/[{<]/);
  });
});

describe('readBody', () => {
  it('gives the components placed, from the parsed body, with their lines; code is text', () => {
    const source = file(
      '<Photo id="a" />',
      '',
      'Text `<PullQuote id="q" />`.',
      '',
      '<SeeAlso id="b" />',
    );
    expect(readBody(source).placements).toEqual([
      { component: 'Photo', id: 'a', line: 5 },
      { component: 'SeeAlso', id: 'b', line: 9 },
    ]);
  });

  it('refuses a component with a computed id or none, as the loader does, by its line', () => {
    expect(problems(file('<Photo id={"a"} />', '', '<Photo />'))).toEqual([
      'x.mdx: line 5: <Photo>: expected <Photo id="..." /> naming an entry of the frontmatter, with the id in quotes',
      'x.mdx: line 7: <Photo>: expected <Photo id="..." /> naming an entry of the frontmatter, with the id in quotes',
    ]);
  });

  it('lets a page, which places no component, hold none', () => {
    expect(
      readBody(file('<Photo id="a" />'), []).problems.map((problem) => problem.message),
    ).toEqual(['<Photo>: not something an article body can hold; use Markdown for text']);
  });
});
