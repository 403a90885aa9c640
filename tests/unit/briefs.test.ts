// A brief written years after the events it reports must not read as this
// week's news: it says when its events happened (frontmatter `events`, shown
// as its dateline) and names their year in its own words.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';

const articlesDir = new URL('../../content/articles/', import.meta.url);
const briefs = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, ...parseFrontmatter(readFileSync(new URL(file, articlesDir), 'utf8')) }))
  .filter(({ frontmatter }) => frontmatter.basedOn !== undefined);

/** The year of a frontmatter date as YAML read it: "2019-05" or a Date. */
const yearOf = (value: unknown) =>
  value instanceof Date ? String(value.getUTCFullYear()) : String(value).slice(0, 4);

describe('briefs', () => {
  it('are found in both editions', () => {
    expect(briefs.filter(({ file }) => file.startsWith('en/')).length).toBeGreaterThanOrEqual(3);
    expect(briefs.filter(({ file }) => file.startsWith('ru/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(briefs.map((brief) => [brief.file, brief]))(
    '%s says when its events happened and names their year in its text',
    (_, { frontmatter, content }) => {
      expect(frontmatter.events, 'frontmatter events').toBeDefined();
      const year = yearOf(frontmatter.events);
      expect(year).toMatch(/^\d{4}$/);
      expect(yearOf(frontmatter.published) >= year, 'events come before the brief').toBe(true);
      expect(frontmatter.standfirst).toContain(year);
      expect(content).toContain(year);
    },
  );
});
