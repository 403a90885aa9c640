// The note that tells a translation's readers that its original changed
// since: never on an edition that is no translation, and never dated after
// the day of the build.
import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/check/articleFacts';
import { articleIntegrityProblems } from '../../src/check/articleIntegrity';
import { formatProblem } from '../../src/check/articleSource';
import { storyProblems } from '../../src/check/storyProblems';
import { noteLanguage } from '../../src/lib/publication';
import { publicationDateSchema } from '../../src/schemas/publicationDate';
import { articleFacts, mdx } from './articleFacts';

const known = {
  authors: new Set(['newsroom']),
  topics: new Set(['kazakhstan']),
  people: { en: new Set<string>(), ru: new Set<string>() },
};
const updated = (day: string) => publicationDateSchema.parse(new Date(day));

/** An edition of the article "brief", in `lang`, its frontmatter lines as written. */
function edition(lang: 'en' | 'ru', frontmatter: string, facts: Partial<ArticleFacts> = {}) {
  const base = articleFacts('brief', { published: '2026-11-24' });
  return {
    ...base,
    id: `${lang}/brief`,
    filePath: `content/articles/${lang}/brief.mdx`,
    lang,
    text: mdx('\nText.\n', `lang: ${lang}\npublished: 2026-11-24\n${frontmatter}`),
    ...facts,
  };
}
const problems = (articles: ArticleFacts[]) =>
  articleIntegrityProblems(articles, known).map(formatProblem);

describe('noteLanguage', () => {
  it.each([
    ['a translation: the language it is translated from', 'ru', 'en', undefined, 'en'],
    ['an edition in another language than the first: the first', 'ru', undefined, undefined, 'en'],
    ['the first language’s edition: none', 'en', undefined, undefined, undefined],
    ['the original of a first-language translation: none', 'ru', undefined, 'ru', undefined],
  ] as const)('%s', (_, lang, from, firstFrom, expected) => {
    expect(noteLanguage<string>(lang, from, 'en', firstFrom)).toBe(expected);
  });
});

describe('the outdated-translation note', () => {
  const en = edition('en', 'updated: 2026-12-02', { updated: updated('2026-12-02') });

  it('is refused on an edition that is no translation, at its updated line', () => {
    const ru = edition('ru', 'updated: 2026-11-30', { updated: updated('2026-11-30') });
    expect(problems([en, ru])).toEqual([
      'content/articles/ru/brief.mdx: line 4: updated: its page would tell readers that the English original has a later update (2026-12-02) that this translation does not include yet, but this edition is no translation (it has no translation:); bring it up to date with content/articles/en/brief.mdx and give it updated: 2026-12-02 or later (or a correction of that day), or, if it is translated from the English edition, say so with translation: { from: en, by: [...] }',
    ]);
  });

  it('is refused at the published line of an edition that has no updated', () => {
    const corrected = edition('en', 'corrections: []', {
      corrections: [{ date: new Date('2026-12-03'), text: 'Corrected.' }],
    });
    expect(problems([corrected, edition('ru', '')])).toEqual([
      'content/articles/ru/brief.mdx: line 3: its page would tell readers that the English original has a later update (2026-12-03) that this translation does not include yet, but this edition is no translation (it has no translation:); bring it up to date with content/articles/en/brief.mdx and give it updated: 2026-12-03 or later (or a correction of that day), or, if it is translated from the English edition, say so with translation: { from: en, by: [...] }',
    ]);
  });

  it('is not refused on a translation, on an edition up to date, nor on the original of a translation', () => {
    const translation = edition('ru', 'translation: { from: en, by: [newsroom] }', {
      translation: { from: 'en', by: ['newsroom'] },
    });
    expect(problems([en, translation])).toEqual([]);
    const upToDate = edition('ru', 'updated: 2026-12-02', { updated: updated('2026-12-02') });
    expect(problems([en, upToDate])).toEqual([]);
    const englishTranslation = edition('en', 'updated: 2026-12-02', {
      updated: updated('2026-12-02'),
      translation: { from: 'ru', by: ['newsroom'] },
    });
    expect(problems([englishTranslation, edition('ru', '')])).toEqual([]);
  });

  it('is not judged on a draft, a withdrawn edition, or dates another check refuses', () => {
    expect(problems([en, edition('ru', 'draft: true', { draft: true })])).toEqual([]);
    expect(problems([{ ...en, draft: true }, edition('ru', '')])).toEqual([]);
    const withdrawn = { date: new Date('2026-12-04'), reason: 'Checked.' };
    expect(problems([{ ...en, withdrawn }, edition('ru', 'withdrawn: x', { withdrawn })])).toEqual(
      [],
    );
    const found = [{ file: en.filePath, field: 'updated', message: 'has not come yet' }];
    expect(articleIntegrityProblems([en, edition('ru', '')], known, found)).toEqual([]);
  });

  it('cannot be dated after the build: the original’s later update or correction is refused in its own file', () => {
    expect(storyProblems(en, '2026-12-01').map(formatProblem)).toEqual([
      "content/articles/en/brief.mdx: line 4: updated: 2026-12-02 has not come yet (the build's day is 2026-12-01); give the day the article was updated",
    ]);
  });
});
