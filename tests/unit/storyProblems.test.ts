import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/check/articleFacts';
import { formatProblem } from '../../src/check/articleSource';
import {
  languageLead,
  otherLanguage,
  quotedIn,
  storyProblems,
} from '../../src/check/storyProblems';
import { publicationDateSchema } from '../../src/schemas/publicationDate';

const english =
  'Young people in Kazakhstan have felt that change was possible, and they said so in the streets of the city.';
const russian =
  'Молодые люди в Казахстане почувствовали, что перемены возможны, и сказали об этом на улицах города.';

/** An English article's facts: its file as written, and the fields the schema read from it. */
function article(fields: Partial<ArticleFacts>, body = english, lang = 'en'): ArticleFacts {
  const text = `---\nlang: ${lang}\nheadline: A\nstandfirst: B\nupdated: 2026-12-01\nquotes:\n  - id: q\n    text: T\ncorrections:\n  - date: 2026-12-01\n    text: C\nsource:\n  name: X\n  url: U\n---\n\n${body}\n`;
  return { id: `${lang}/a`, filePath: `content/articles/${lang}/a.mdx`, text, lang, ...fields };
}
const problems = (facts: ArticleFacts, today?: string) =>
  storyProblems(facts, today).map(formatProblem);

describe('quotedIn', () => {
  it.each([
    ['the words as written', 'they said so in the streets'],
    ['other quotation marks, dashes and a capital', '"They said so in the streets"'],
    ['words left out with an ellipsis', 'Young people … said so in the streets.'],
    ['three dots for an ellipsis', 'Young people... the city'],
  ])('finds %s', (_, quote) => {
    expect(quotedIn(quote, english)).toBe(true);
  });

  it.each([
    ['words the text never reports', 'They will win the election.'],
    ['the parts of an ellipsis out of order', 'the city … Young people'],
  ])('does not find %s', (_, quote) => {
    expect(quotedIn(quote, english)).toBe(false);
  });

  it('reads Russian quotation marks and dashes as the text gives them', () => {
    expect(quotedIn('«Перемены возможны» — и сказали', 'что "перемены возможны" - и сказали')).toBe(
      true,
    );
  });
});

describe('otherLanguage', () => {
  it('tells a Russian text in the English edition, and the reverse', () => {
    expect(otherLanguage(russian, 'en')?.lang).toBe('ru');
    expect(otherLanguage(english, 'ru')?.lang).toBe('en');
  });

  it('takes a text with names and quotations in the other script as its own', () => {
    expect(otherLanguage(`${english} Тулесова said: «Мы здесь».`, 'en')).toBeUndefined();
    expect(otherLanguage(`${russian} Asiya Tulesova, CABAR.asia.`, 'ru')).toBeUndefined();
  });

  it('does not judge a text too short to tell', () => {
    expect(otherLanguage('Алматы', 'en')).toBeUndefined();
    // 24 letters are too few, whatever stands between them; 25 are judged.
    const letters = 'Мы были на площади вчера'.replaceAll(' ', ' — ');
    expect(letters.match(/\p{L}/gu)).toHaveLength(20);
    expect(languageLead(`${letters} ещё`, 'en')).toBeUndefined();
    expect(languageLead(`${letters} ещё, 1 д!`, 'en')).toBeUndefined();
    expect(languageLead(`${letters} ещё, 1 да!`, 'en')?.lang).toBe('ru');
  });
});

describe('storyProblems', () => {
  it('finds nothing wrong in a sound article', () => {
    expect(
      problems(
        article({
          headline: 'Young people in Kazakhstan',
          quotes: [{ id: 'q', text: 'They said so in the streets.', speaker: 'A' }],
        }),
        '2026-12-06',
      ),
    ).toEqual([]);
  });

  it('refuses a pull quote that the text of the edition does not report', () => {
    expect(
      problems(article({ quotes: [{ id: 'q', text: 'We will win the election.', speaker: 'A' }] })),
    ).toEqual([
      'content/articles/en/a.mdx: line 8: quotes[0].text: "q" is not in the text of this edition: a pull quote repeats words the article reports; copy the words from the text (an ellipsis … where words are left out), or report them in the text first',
    ]);
  });

  it('refuses an edition whose text or headline is in another language', () => {
    expect(
      problems(
        article({ headline: 'Молодёжь Казахстана почувствовала, что перемены возможны' }, russian),
      ),
    ).toEqual([
      'content/articles/en/a.mdx: line 3: headline: reads as Russian, in the English edition; write it in English, or move the file to articles/ru/',
      'content/articles/en/a.mdx: line 17: the text reads as Russian, in the English edition (articles/en/); put the English text here, or move the file to articles/ru/',
    ]);
  });

  it('refuses a body with nothing to read', () => {
    expect(problems(article({}, '<Photo id="square" />\n\n{/* a note */}'))).toEqual([
      'content/articles/en/a.mdx: line 17: the article has no text: only components, or nothing, below its fields; write its paragraphs below the closing ---',
    ]);
  });

  it('refuses, in a build, an update or a correction dated after the day of the build', () => {
    const facts = article({
      updated: publicationDateSchema.parse(new Date('2026-12-09')),
      corrections: [{ date: new Date('2026-12-08'), text: 'C' }],
    });
    expect(problems(facts)).toEqual([]);
    expect(problems(facts, '2026-12-06')).toEqual([
      "content/articles/en/a.mdx: line 5: updated: 2026-12-09 has not come yet (the build's day is 2026-12-06); give the day the article was updated",
      "content/articles/en/a.mdx: line 10: corrections[0].date: 2026-12-08 has not come yet (the build's day is 2026-12-06); give the day the correction was made",
    ]);
  });

  it('refuses links a reader cannot follow, and a source that is no web address', () => {
    const body = `${english} [One](javascript:alert(1)), [two](data:text/html,x), [three](file:///c/x), [fine](https://example.org), [mail](mailto:a@b.c), [here](../other/).`;
    expect(problems(article({ source: { name: 'X', url: 'ftp://example.org/a' } }, body))).toEqual([
      "content/articles/en/a.mdx: line 17: the link to javascript:alert(1 is a javascript: address, which a reader's browser does not follow; link to a web page (https://...), a mail address (mailto:...) or a page of this site",
      "content/articles/en/a.mdx: line 17: the link to data:text/html,x is a data: address, which a reader's browser does not follow; link to a web page (https://...), a mail address (mailto:...) or a page of this site",
      "content/articles/en/a.mdx: line 17: the link to file:///c/x is a file: address, which a reader's browser does not follow; link to a web page (https://...), a mail address (mailto:...) or a page of this site",
      'content/articles/en/a.mdx: line 14: source.url: ftp://example.org/a is not a web address; give the address of the original, https://...',
    ]);
  });

  it('refuses a headline and a standfirst longer than what shows them, with the count', () => {
    expect(problems(article({ headline: 'h'.repeat(111), standfirst: 's'.repeat(301) }))).toEqual([
      'content/articles/en/a.mdx: line 3: headline: 111 characters, more than the 110 a search result or card shows; shorten it',
      'content/articles/en/a.mdx: line 4: standfirst: 301 characters, more than the 300 a link preview shows; shorten it',
    ]);
  });
});
