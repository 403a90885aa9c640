import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, lineOfField, splitArticleSource } from '../../src/check/articleSource';
import { frontmatterSyntaxProblems, quoted } from '../../src/check/frontmatterSyntax';

const articlesDir = new URL('../../content/articles/', import.meta.url);
const realFiles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.mdx'),
);

/** A file whose frontmatter holds these lines after `lang: en`. */
const file = (...lines: string[]) =>
  ['---', 'lang: en', ...lines, '---', '', 'Body.', ''].join('\n');

/** The problems, as the build prints them for a file x.mdx. */
const problems = (source: string): string[] =>
  frontmatterSyntaxProblems(source).map((problem) => formatProblem({ file: 'x.mdx', ...problem }));

describe('splitArticleSource', () => {
  it('keeps the file line numbers of frontmatter and body', () => {
    const source = '\n\n---\nlang: en\nheadline: H\n---\nBody\n';
    const { frontmatter, frontmatterLine, body, bodyLine } = splitArticleSource(source);
    expect(frontmatterLine).toBe(3);
    expect(frontmatter!.split('\n')[1]).toBe('lang: en');
    expect(bodyLine).toBe(6);
    expect(body).toBe('\nBody\n');
  });

  it('says when there is no frontmatter', () => {
    expect(splitArticleSource('Body only').frontmatter).toBeUndefined();
  });
});

describe('frontmatter as typed', () => {
  it.each(realFiles)('accepts %s', (name) => {
    expect(problems(readFileSync(new URL(name, articlesDir), 'utf8'))).toEqual([]);
  });

  it('accepts comments after ids and dates, and on lines of their own', () => {
    const source = file(
      '# The headline.',
      'headline: A Day in Almaty',
      'published: 2019-06 # the month only',
      'photos:',
      '  - id: square # how the body refers to it',
      '    src: ../../photos/square.jpg # relative to this file',
      '    caption: "The square #1"',
      '    credit: \'Asem Zhapsheva: "Facebook"\'',
    );
    expect(problems(source)).toEqual([]);
  });

  it('says to quote a headline with a colon, with its line', () => {
    expect(problems(file('headline: Test: A Day in Almaty'))).toEqual([
      'x.mdx: line 3: headline: YAML reads ": " in a text as the start of another field; put the text in quotes: headline: "Test: A Day in Almaty"',
    ]);
  });

  it('says that a caption is cut at #, and names the field in its list', () => {
    const source = file(
      'photos:',
      '  - id: one',
      '    caption: First',
      '  - id: two',
      '    caption: Almaty #protest',
    );
    expect(problems(source)).toEqual([
      'x.mdx: line 7: photos[1].caption: YAML reads " #" as the start of a note and drops the rest of the text ("#protest"); put the text in quotes: caption: "Almaty #protest", or if it is a note for editors, put it on a line of its own',
    ]);
  });

  it('quotes with single quotes a text that has double ones', () => {
    expect(quoted('He said "no": twice')).toBe(`'He said "no": twice'`);
    expect(quoted("It's: fine")).toBe(`"It's: fine"`);
  });

  it('says to quote a text that YAML would read as a list', () => {
    expect(problems(file('headline: [Updated] Protests in Almaty'))).toEqual([
      'x.mdx: line 3: headline: YAML reads a text that starts with "[" as something other than text; put the text in quotes: headline: "[Updated] Protests in Almaty"',
    ]);
  });

  it('says when quoted text goes on after its closing quote', () => {
    expect(problems(file('headline: "Protests" in Almaty'))[0]).toBe(
      `x.mdx: line 3: headline: the text goes on after its closing quotation mark (in Almaty); put the whole text in quotes, and use ' for quotation marks inside it (or type them as “ ”)`,
    );
  });

  it('says when an unclosed quote swallows the next fields', () => {
    expect(problems(file('headline: "Protests in Almaty', 'standfirst: Text.'))).toEqual([
      'x.mdx: line 3: headline: the quotation mark " that opens the text is not closed on this line, so YAML reads the next fields as part of the text; end the text with "',
    ]);
  });

  it('accepts quoted text that goes on over several lines', () => {
    expect(problems(file('standfirst: "One sentence', '  and the next."'))).toEqual([]);
  });

  it('says to indent with spaces', () => {
    expect(problems(file('photos:', '\t- id: one'))).toEqual([
      'x.mdx: line 4: a tab character; indent with spaces only',
    ]);
  });

  it('says when a field is given twice', () => {
    expect(problems(file('headline: One', 'headline: Two'))).toEqual([
      'x.mdx: line 4: headline: the field is given twice; keep one',
    ]);
  });

  it('gives what YAML says, with the line, for what it cannot read otherwise', () => {
    const [problem] = problems(file('photos:', '  - id: one', ' caption: Two'));
    expect(problem).toMatch(
      /^x\.mdx: line 5: caption: the frontmatter cannot be read here \(YAML says: .+\); check the indentation/,
    );
  });

  it('says when the file does not begin with its fields', () => {
    expect(problems('Some text\n---\nlang: en\n---\n')).toEqual([
      'x.mdx: line 1: the file does not begin with its fields; its first line must be --- and the fields end with another --- line (see the README)',
    ]);
  });

  const notClosed =
    'the fields are not closed: the --- line that ends them is missing; write --- on a line of its own after the last field, before the text';
  /** A file whose fields lack their closing `---`: these lines, then `text`. */
  const unclosed = (...text: string[]) =>
    ['---', 'lang: en', '# A note.', 'photos:', '  - id: a', '    caption: "A: b"', ...text].join(
      '\n',
    );

  it.each([
    ['the text after an empty line, at the empty line', ['', '', 'Body text.', ''], 7],
    ['the text right after the fields, at the text', ['Body text.', ''], 7],
    ['a component after an empty line', ['', '<Photo id="a" />', ''], 7],
    ['a comment in braces after an empty line', ['', '{/* A note for editors. */}', ''], 7],
    ['no text at all, after the last field', ['', ''], 7],
    ['a --- rule in the text, which ended the fields too late', ['', 'One.', '', '---', ''], 7],
  ])('says that fields are not closed, where they end: %s', (_, text, line) => {
    expect(problems(unclosed(...text))).toEqual([`x.mdx: line ${line}: ${notClosed}`]);
  });

  it("gives YAML's own line for text pasted among the fields, which fields follow", () => {
    const [problem] = problems(
      ['---', 'lang: en', '', 'Pasted text.', 'headline: H', '---', ''].join('\n'),
    );
    expect(problem).toMatch(/^x\.mdx: line 5: headline: the frontmatter cannot be read here/);
  });

  it.each([
    ['“headline”: A Day in Almaty', 'line 3: “headline”', 'headline: A Day in Almaty'],
    ['«headline»: A Day in Almaty', 'line 3: «headline»', 'headline: A Day in Almaty'],
    ['„headline“: A Day in Almaty', 'line 3: „headline“', 'headline: A Day in Almaty'],
    ['«photos»:', 'line 3: «photos»', 'photos:'],
  ])('says to write the name %s without quotation marks', (line, where, write) => {
    expect(problems(file(line, 'standfirst: S'))).toEqual([
      `x.mdx: ${where}: write the field's name without quotation marks: ${write}`,
    ]);
  });

  it('names a quoted name inside a list by its path, and what else is wrong on the line', () => {
    expect(problems(file('photos:', '  - id: a', '    “caption”: Almaty: the square'))).toEqual([
      "x.mdx: line 5: photos[0].“caption”: write the field's name without quotation marks: caption: Almaty: the square",
      'x.mdx: line 5: photos[0].caption: YAML reads ": " in a text as the start of another field; put the text in quotes: caption: "Almaty: the square"',
    ]);
  });
});

describe('lineOfField', () => {
  const source = [
    '---', // 1
    'lang: en', // 2
    'headline: H', // 3
    'photos:', // 4
    '  - id: one', // 5
    '    alt: First', // 6
    '  - id: two', // 7
    '    src: ../../photos/two.jpg', // 8
    '    alt: Second', // 9
    'quotes:', // 10
    '  - id: q', // 11
    '    text: Words', // 12
    'seeAlso: [a, b]', // 13
    '---',
    'Body',
  ].join('\n');

  it.each([
    [['headline'], 3],
    [['photos', 1, 'alt'], 9],
    [['photos', 0, 'alt'], 6],
    [['photos', 1, 'credit'], 7],
    [['photos', 0], 5],
    [['quotes', 0, 'text'], 12],
    [['quotes', 0, 'speaker'], 11],
    [['seeAlso', 1], 13],
    [['standfirst'], undefined],
  ] as const)('%j is on line %s', (path, line) => {
    expect(lineOfField(source, path)).toBe(line);
  });
});

describe('frontmatter as typed, for fields the schema judges', () => {
  it('leaves a whole [list] to the schema, even under a misspelt name', () => {
    expect(problems(file('seealso: [other-story]', 'headline: [Updated]'))).toEqual([]);
  });
});
