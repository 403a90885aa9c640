import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/check/articleFacts';
import { formatProblem } from '../../src/check/articleSource';
import { doubtMargin, languageDoubts } from '../../src/check/languageDoubt';
import { languageLead, languageMargin } from '../../src/check/storyProblems';

const russian =
  'Почти 80 человек задержали 1 мая 2019 года на мирной акции протеста за честные выборы и освобождение политических заключённых.';
const english =
  'One of the protesters, civic activist Alimzhan Izbasarov, was sentenced to 15 days in prison and then received his call-up papers.';
/** A standfirst half translated: its first sentence in Russian, its second still in English. */
const half = `${russian} ${english}`;

/** A Russian edition's facts: its file as written, and the fields the schema read from it. */
function edition(fields: Partial<ArticleFacts>, body = `${russian} ${russian}`): ArticleFacts {
  const text = `---\nlang: ru\nheadline: H\nstandfirst: S\nphotos:\n  - id: p\n    caption: C\n---\n\n${body}\n`;
  return { id: 'ru/a', filePath: 'content/articles/ru/a.mdx', text, lang: 'ru', ...fields };
}
const doubts = (facts: ArticleFacts) => languageDoubts(facts).map(formatProblem);

describe('languageDoubts', () => {
  it('lies between a text taken as its edition’s and one the build refuses', () => {
    const lead = languageLead(half, 'ru')!;
    expect(lead.lang).toBe('en');
    // English leads, by less than the build refuses.
    expect(lead.margin).toBeGreaterThan(0);
    expect(lead.margin).toBeLessThanOrEqual(languageMargin);
    expect(-languageLead(russian, 'ru')!.margin).toBeGreaterThanOrEqual(doubtMargin);
  });

  it('names each text in doubt: its line, its field, both scores and what to check', () => {
    expect(
      doubts(
        edition(
          { headline: half, standfirst: russian, photos: [{ caption: half } as never] },
          `${russian}\n\n${english}`,
        ),
      ),
    ).toEqual([
      'content/articles/ru/a.mdx: line 3: headline: scores 0.54 as Russian and 0.67 as English, too close to tell which it is in (a text in Russian scores 0.5 or more above English); check that this text is in Russian',
      'content/articles/ru/a.mdx: line 7: photos[0].caption: scores 0.54 as Russian and 0.67 as English, too close to tell which it is in (a text in Russian scores 0.5 or more above English); check that this text is in Russian',
      'content/articles/ru/a.mdx: line 10: body: scores 0.54 as Russian and 0.67 as English, too close to tell which it is in (a text in Russian scores 0.5 or more above English); check that this text is in Russian',
    ]);
  });

  it('leaves out a text in its language, a text the build refuses, a short one, and a draft', () => {
    expect(doubts(edition({ headline: russian, standfirst: english }))).toEqual([]);
    expect(doubts(edition({ headline: 'Alimzhan Izbasarov' }))).toEqual([]);
    expect(doubts(edition({ headline: half, draft: true }))).toEqual([]);
  });

  it('judges no text of an edition whose lang disagrees with its folder', () => {
    expect(doubts(edition({ headline: half, lang: 'en' }))).toEqual([]);
  });
});
