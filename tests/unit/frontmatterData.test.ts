// The one reader of frontmatter, shared by the content check and the
// content loader: it must read what Astro reads, and refuse the same files
// for both.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { frontmatterData } from '../../src/check/frontmatterData';

const contentDir = new URL('../../content/', import.meta.url);
const mdxFiles = ['articles', 'pages'].flatMap((folder) =>
  readdirSync(new URL(folder, contentDir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${folder}/${file}`),
);

describe('frontmatterData', () => {
  it("reads every content file's fields as Astro's parseFrontmatter does", () => {
    expect(mdxFiles).not.toHaveLength(0);
    for (const file of mdxFiles) {
      const source = readFileSync(new URL(file, contentDir), 'utf8');
      const read = frontmatterData(source);
      expect(read.problem, file).toBeUndefined();
      expect(read.data, file).toEqual(parseFrontmatter(source).frontmatter);
    }
  });

  it('reads dates as dates, and gives the body after the closing ---', () => {
    expect(frontmatterData('---\nlang: en\npublished: 2019-06-05\n---\n\nBody.\n')).toEqual({
      data: { lang: 'en', published: new Date('2019-06-05') },
      body: '\n\nBody.\n',
    });
  });

  it('takes an empty block as no fields', () => {
    expect(frontmatterData('---\n---\nBody.')).toEqual({ data: {}, body: '\nBody.' });
  });

  it('names the line and the field where YAML breaks, in plain words', () => {
    expect(
      frontmatterData('---\nlang: en\nheadline: a: b\nstandfirst: x\n---\nBody').problem,
    ).toEqual({
      line: 3,
      field: 'headline',
      message: expect.stringMatching(
        /^the frontmatter cannot be read here \(YAML says: bad indentation of a mapping entry\); check the indentation/,
      ),
    });
    expect(frontmatterData('---\nlang: en\nlang: ru\n---\n').problem).toEqual({
      line: 3,
      field: 'lang',
      message: 'the field is given twice; keep one',
    });
  });

  it('refuses TOML between +++ lines, which Astro would read, saying what to write', () => {
    expect(frontmatterData('+++\nlang = "en"\n+++\n\nText.\n').problem).toEqual({
      line: 1,
      message:
        'the fields are written in TOML, between +++ lines; this site reads YAML: put them between --- lines and write each as field: value (see the README)',
    });
    // Astro's reader would end the block at a line that begins with +++; this one does not.
    const source = '---\nstandfirst: "One\n+++ two"\nlang: en\n---\n';
    expect(frontmatterData(source).data).toEqual({ standfirst: 'One +++ two', lang: 'en' });
  });

  it('says when the file does not begin with its fields', () => {
    expect(frontmatterData('Some text\n---\nlang: en\n---\n').problem).toEqual({
      line: 1,
      message:
        'the file does not begin with its fields; its first line must be --- and the fields end with another --- line (see the README)',
    });
  });
});
