// names.json spells every person and place in both languages; each edition
// of an article must use those spellings, so a reader meets the same people
// under the same names everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const contentDir = new URL('../../content/', import.meta.url);
const names: {
  id: string;
  kind: string;
  en: string;
  ru: string;
  nameOf?: string;
  inUse?: { from: string; until?: string };
}[] = JSON.parse(readFileSync(new URL('names.json', contentDir), 'utf8'));
const articlesDir = new URL('articles/', contentDir);
const editions = (lang: string) =>
  new Map(
    readdirSync(new URL(`${lang}/`, articlesDir))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => [file, readFileSync(new URL(`${lang}/${file}`, articlesDir), 'utf8')]),
  );
const english = editions('en');
const russian = editions('ru');

/** Russian inflects names; a word's stem is all but its last two letters (at least three). */
const stems = (name: string) =>
  name.split(/[\s]+/).map((word) => word.slice(0, Math.max(3, word.length - 2)));
const mentionsRu = (text: string, name: string) => stems(name).every((stem) => text.includes(stem));

describe('names.json', () => {
  it('has unique ids', () => {
    const ids = names.map((name) => name.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links each name a place bore for a time to the entry of that place', () => {
    const byId = new Map(names.map((name) => [name.id, name]));
    for (const name of names.filter((entry) => entry.nameOf !== undefined)) {
      expect(byId.get(name.nameOf!)?.kind, `${name.id}: nameOf "${name.nameOf}"`).toBe(name.kind);
      expect(name.inUse, `${name.id}: inUse`).toBeDefined();
    }
    expect(byId.get('nur-sultan')?.nameOf).toBe('astana');
  });

  it.each(names.map((name) => [name.en, name]))(
    '"%s" is used in the English articles',
    (_, name) => {
      expect([...english.values()].some((text) => text.includes(name.en))).toBe(true);
    },
  );
});

describe.each([...english.keys()])('the Russian edition of %s', (file) => {
  it('exists', () => {
    expect(russian.has(file)).toBe(true);
  });

  const mentioned = names.filter((name) => english.get(file)!.includes(name.en));
  it.each(mentioned.map((name) => [name.en, name.ru]))('names %s as %s', (_, ru) => {
    expect(mentionsRu(russian.get(file) ?? '', ru)).toBe(true);
  });
});
