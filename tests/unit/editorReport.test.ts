// The block that ends a failed build, for each shape of error a build ends with.
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/check/contentError';
import { editorReport, problemsOf } from '../../src/check/editorReport';

const cwd = '/srv/site';

describe('problemsOf', () => {
  it("takes the content check's problems as they are", () => {
    const error = new ContentError([
      {
        file: 'content/articles/en/a.mdx',
        line: 3,
        field: 'headline',
        message: 'put it in quotes',
      },
    ]);
    expect(problemsOf(error, cwd)).toEqual([
      'content/articles/en/a.mdx: line 3: headline: put it in quotes',
    ]);
  });

  it('reads the problems listed in the message of an integrity check', () => {
    const error = Object.assign(
      new Error('2 problem(s) in the articles:\n  - a.mdx: x: y\n  - b.mdx: z: w'),
      {
        name: 'ContentError',
      },
    );
    expect(problemsOf(error, cwd)).toEqual(['a.mdx: x: y', 'b.mdx: z: w']);
  });

  it("puts Astro's schema error for a data file in the editor's form, with the entry's line", () => {
    const error = Object.assign(
      new Error(
        '**authors → cabar-newsroom** data does not match collection schema.\n\n  **kind**: Invalid option: expected one of "person"|"organization"',
      ),
      { name: 'InvalidContentEntryDataError', loc: { file: `${cwd}/content/authors.json` } },
    );
    const read = () => '[\n  {\n    "id": "cabar-newsroom",\n';
    expect(problemsOf(error, cwd, read)).toEqual([
      'content/authors.json: line 3: "cabar-newsroom": kind: Invalid option: expected one of "person"|"organization"',
    ]);
  });

  it("unwraps a bundler's errors and finds an MDX error's line in its reason", () => {
    const mdx = Object.assign(new Error('Expected a closing tag for `<SeeAlso>` (13:1-13:65)'), {
      name: 'MDXError',
      reason: 'Expected a closing tag for `<SeeAlso>` (13:1-13:65)',
      loc: { file: `${cwd}/content/articles/en/x.mdx` },
    });
    const [problem] = problemsOf(
      Object.assign(new Error('Build failed with 1 error'), { errors: [mdx] }),
      cwd,
    )!;
    expect(problem).toMatch(
      /^content\/articles\/en\/x\.mdx: line 13: Expected a closing tag for `<SeeAlso>` \(13:1-13:65\); MDX could not read the text here;/,
    );
  });

  it("gives a page's YAML error with its line and what to check", () => {
    const error = Object.assign(new Error('bad indentation of a mapping entry'), {
      name: 'YAMLException',
      loc: { file: `${cwd}/content/pages/en/about.mdx`, line: 3 },
    });
    expect(problemsOf(error, cwd)).toEqual([
      'content/pages/en/about.mdx: line 3: bad indentation of a mapping entry; check the indentation and the quotes on this line: a text with : # [ { or quotation marks in it goes in quotes',
    ]);
  });

  it('is undefined for an error that is no content mistake', () => {
    expect(problemsOf(new TypeError('x is undefined'), cwd)).toBeUndefined();
  });
});

describe('editorReport', () => {
  it('says how many problems, lists them and what to do, for a build and for the dev server', () => {
    const error = new ContentError([
      { file: 'a.mdx', message: 'one' },
      { file: 'b.mdx', message: 'two' },
    ]);
    expect(editorReport(error, cwd)).toBe(
      [
        'The site was not built: 2 problems in the content.',
        '',
        '  a.mdx: one',
        '  b.mdx: two',
        '',
        'Correct each in the file named (lines count from the top of the file, --- included),',
        'then build again. The README says more under "When something is wrong".',
      ].join('\n'),
    );
    expect(
      editorReport(new ContentError([{ file: 'a.mdx', message: 'one' }]), cwd, undefined, true),
    ).toMatch(/^The site cannot be shown: 1 problem in the content\.[\s\S]*then save it\./);
  });

  it('sends an error that is no content mistake to a developer, with where it happened', () => {
    const report = editorReport(new TypeError('Cannot read properties of undefined'), cwd);
    expect(report).toMatch(
      /^The site was not built, and not because of a mistake in the content that the build knows\.\nSend this to a developer:\n\n  TypeError: Cannot read properties of undefined\n\s+at /,
    );
  });
});
