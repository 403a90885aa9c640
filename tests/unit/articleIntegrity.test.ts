import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/check/articleFacts';
import { articleIntegrityProblems as integrityProblems } from '../../src/check/articleIntegrity';
import { formatProblem } from '../../src/check/articleSource';
import { articleFacts, bodyPlacingAll, factsFrom, mdx, type ArticleSpec } from './articleFacts';

const known = {
  authors: new Set(['newsroom', 'cabar']),
  topics: new Set(['kazakhstan', 'youth']),
  people: { en: new Set(['Irina Kim']), ru: new Set(['Ирина Ким']) },
};

const article = articleFacts;

/** The problems as the report says them. */
const articleIntegrityProblems = (articles: ArticleFacts[], ids: typeof known) =>
  integrityProblems(articles, ids).map(formatProblem);

describe('articleIntegrityProblems', () => {
  it('finds nothing wrong in consistent articles', () => {
    const lead = article('lead', {
      photos: ['portrait'],
      quotes: ['said'],
      seeAlso: ['brief'],
      source: mdx('<Photo id="portrait" />\n\n<PullQuote id="said" />\n\n<SeeAlso id="brief" />'),
    });
    const brief = article('brief', { basedOn: 'lead', topics: ['youth'] });
    expect(articleIntegrityProblems([lead, brief], known)).toEqual([]);
  });

  it('refuses a quote or photo that the text never places, which no reader would see', () => {
    const lead = article('lead', {
      photos: ['first', 'second'],
      quotes: ['said'],
      seeAlso: ['brief'],
      source: mdx('Text.'),
    });
    expect(articleIntegrityProblems([lead, article('brief')], known)).toEqual([
      'content/articles/en/lead.mdx: photos[1]: "second" is not placed in the text, so no reader would see it: place it with <Photo id="second" /> where it belongs, or remove it from photos',
      'content/articles/en/lead.mdx: quotes[0]: "said" is not placed in the text, so no reader would see it: place it with <PullQuote id="said" /> where it belongs, or remove it from quotes',
    ]);
  });

  it('lets the first photo stay out of the text (it is the picture of cards and previews), but not an unavailable one', () => {
    const shown = article('lead', { photos: ['first'], source: mdx('Text.') });
    expect(articleIntegrityProblems([shown], known)).toEqual([]);
    const unavailable = {
      ...shown,
      photos: shown.photos!.map((photo) => ({
        ...photo,
        alt: undefined,
        unavailable: true as const,
      })),
    };
    expect(articleIntegrityProblems([unavailable], known)).toEqual([
      'content/articles/en/lead.mdx: photos[0]: "first" is not placed in the text, so no reader would see it: place it with <Photo id="first" /> where it belongs, or remove it from photos',
    ]);
  });

  it('lets a draft list what it has not placed yet', () => {
    const draft = article('lead', { quotes: ['said'], draft: true, source: mdx('Text.') });
    expect(articleIntegrityProblems([draft], known)).toEqual([]);
  });

  it('takes a component written as code for text, as MDX does', () => {
    const lead = article('lead', {
      source: mdx('Place a photo with `<Photo id="name" />`.\n\n```\n<PullQuote id="q" />\n```'),
    });
    expect(articleIntegrityProblems([lead], known)).toEqual([]);
  });

  it.each([
    [
      'a seeAlso to a missing article',
      [article('lead', { seeAlso: ['gone'] })],
      'content/articles/en/lead.mdx: seeAlso[0]: no article "gone" in en (expected a file articles/en/gone.mdx)',
    ],
    [
      'a seeAlso with a slip in the name, naming the article meant',
      [article('lead', { seeAlso: ['brif'] }), article('brief')],
      'content/articles/en/lead.mdx: seeAlso[0]: no article "brif" in en (expected a file articles/en/brif.mdx); did you mean brief?',
    ],
    [
      'a basedOn with a slip in the name, naming the article meant',
      [article('brief', { basedOn: 'laed' }), article('lead')],
      'content/articles/en/brief.mdx: basedOn: no article "laed" in en (expected a file articles/en/laed.mdx); did you mean lead?',
    ],
    [
      'a seeAlso to itself',
      [article('lead', { seeAlso: ['lead'] })],
      'content/articles/en/lead.mdx: seeAlso[0]: "lead" is this article itself',
    ],
    [
      'a seeAlso to an article in another language only',
      [
        article('lead', { seeAlso: ['other'] }),
        { ...article('other'), id: 'ru/other', lang: 'ru' },
      ],
      'content/articles/en/lead.mdx: seeAlso[0]: no article "other" in en',
    ],
    [
      'an unknown author',
      [article('lead', { authors: ['newsroom', 'nobody'] })],
      'content/articles/en/lead.mdx: authors[1]: no author "nobody" in authors.json (known: "cabar", "newsroom")',
    ],
    [
      'an unknown topic',
      [article('lead', { topics: ['kazakstan'] })],
      'content/articles/en/lead.mdx: topics[0]: no topic "kazakstan" in topics.json',
    ],
    [
      'a basedOn to a missing article',
      [article('brief', { basedOn: 'lead' })],
      'content/articles/en/brief.mdx: basedOn: no article "lead" in en',
    ],
    [
      'a photo placed in the body but absent from frontmatter, by the line in the file',
      [article('lead', { photos: ['a'], source: mdx('\nText\n\n<Photo id="b" />') })],
      'content/articles/en/lead.mdx: line 8: <Photo> id="b": no such entry in frontmatter `photos` (it has "a")',
    ],
    [
      'a quote placed in the body but absent from frontmatter',
      [article('lead', { source: mdx("<PullQuote id='x' />") })],
      'content/articles/en/lead.mdx: line 5: <PullQuote> id="x": no such entry in frontmatter `quotes` (it has none)',
    ],
    [
      'a body SeeAlso not listed in frontmatter seeAlso',
      [article('lead', { source: mdx('<SeeAlso id="brief" />') }), article('brief')],
      'content/articles/en/lead.mdx: line 5: <SeeAlso> id="brief": no such entry in frontmatter `seeAlso`',
    ],
    [
      'a published date that is not a day of the calendar',
      [article('lead', { source: mdx('', 'lang: en\npublished: 2019-02-30 # typed by hand') })],
      'content/articles/en/lead.mdx: line 3: published: 2019-02-30 is not a day of the calendar; expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    ],
    [
      'an updated date in month 13',
      [article('lead', { source: mdx('', 'published: 2019-06\nupdated: 2019-13-01T10:00:00Z') })],
      'content/articles/en/lead.mdx: line 3: updated: 2019-13-01 is not a day of the calendar',
    ],
    [
      'a republished date that is not a day of the calendar',
      [article('lead', { source: mdx('', 'published: 2019-06\nrepublished: 2026-11-31') })],
      'content/articles/en/lead.mdx: line 3: republished: 2026-11-31 is not a day of the calendar',
    ],
    [
      'an events date that is not a day of the calendar',
      [article('brief', { source: mdx('', 'published: 2026-11-24\nevents: 2019-04-31') })],
      'content/articles/en/brief.mdx: line 3: events: 2019-04-31 is not a day of the calendar',
    ],
    [
      'a file name that is not an address',
      [article('Some_Story')],
      "content/articles/en/Some_Story.mdx: file name: expected lower-case words joined by hyphens (the name is the article's address); rename the file to some-story.mdx",
    ],
    [
      'two files that read as one address, naming both',
      [article('What Do Moods Tell'), article('what-do-moods-tell')],
      'content/articles/en/What Do Moods Tell.mdx: file name: expected lower-case words joined by hyphens (the name is the article\'s address); read as "what-do-moods-tell" it is the same article as content/articles/en/what-do-moods-tell.mdx: keep one of the files',
    ],
    [
      'two files that differ only in case',
      [article('Lead'), article('lead')],
      'content/articles/en/Lead.mdx: file name: expected lower-case words joined by hyphens (the name is the article\'s address); read as "lead" it is the same article as content/articles/en/lead.mdx',
    ],
    [
      'a photo id used twice',
      [article('lead', { photos: ['a', 'b', 'a'] })],
      'content/articles/en/lead.mdx: photos[2]: id "a" is used twice',
    ],
    [
      'a lang that disagrees with the folder',
      [article('lead', { lang: 'ru' })],
      'content/articles/en/lead.mdx: line 2: lang: is "ru" but the file is in the "en" folder',
    ],
  ])('reports %s, naming the file and the field', (_, articles, expected) => {
    const problems = articleIntegrityProblems(articles, known);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('accepts a translation from an edition that exists, by a known author', () => {
    const ru = { ...article('lead', { translation: { from: 'en', by: ['newsroom'] } }) };
    const translated = {
      ...ru,
      id: 'ru/lead',
      filePath: 'content/articles/ru/lead.mdx',
      lang: 'ru',
    };
    expect(articleIntegrityProblems([article('lead'), translated], known)).toEqual([]);
  });

  it('accepts speakers spelled as in names.json, in their language', () => {
    const en = article('lead', { quotes: ['q'], speakers: ['Irina Kim'] });
    const ru = {
      ...en,
      id: 'ru/lead',
      filePath: 'content/articles/ru/lead.mdx',
      lang: 'ru',
      ...factsFrom({ quotes: ['q'], speakers: ['Ирина Ким'] }),
    };
    expect(articleIntegrityProblems([en, ru], known)).toEqual([]);
  });

  it.each([
    [
      'a speaker missing from names.json',
      [article('lead', { quotes: ['q'], speakers: ['Irena Kim'] })],
      'content/articles/en/lead.mdx: quotes[0].speaker: "Irena Kim" is not a person in names.json (en)',
    ],
    [
      'a speaker one letter away from a person in names.json, naming the person',
      [article('lead', { quotes: ['q'], speakers: ['Irena Kim'] })],
      'content/articles/en/lead.mdx: quotes[0].speaker: "Irena Kim" is not a person in names.json (en); add the name there or spell it as it is there (did you mean "Irina Kim"?)',
    ],
    [
      'a speaker who is nobody in names.json',
      [article('lead', { quotes: ['q'], speakers: ['Someone Else'] })],
      'content/articles/en/lead.mdx: quotes[0].speaker: "Someone Else" is not a person in names.json (en); add the name there or spell it as it is there',
    ],
    [
      'a translation whose seeAlso names different articles',
      [
        article('lead', { seeAlso: ['brief'] }),
        article('brief'),
        {
          ...article('lead', { seeAlso: ['other'] }),
          id: 'ru/lead',
          filePath: 'content/articles/ru/lead.mdx',
          lang: 'ru',
        },
        { ...article('other'), id: 'ru/other', lang: 'ru' },
      ],
      'content/articles/ru/lead.mdx: seeAlso: has "other" but the en edition (content/articles/en/lead.mdx) has "brief"; both editions of an article link to the same articles: make them agree',
    ],
    [
      'a translator who is not in authors.json',
      [
        article('lead'),
        {
          ...article('lead', { translation: { from: 'en', by: ['newsroom', 'someone'] } }),
          id: 'ru/lead',
          filePath: 'content/articles/ru/lead.mdx',
          lang: 'ru',
        },
      ],
      'content/articles/ru/lead.mdx: translation.by[1]: no author "someone" in authors.json (known: "newsroom", "cabar")',
    ],
    [
      'a translation from an edition that does not exist',
      [
        {
          ...article('lead', { translation: { from: 'en', by: ['newsroom'] } }),
          id: 'ru/lead',
          filePath: 'content/articles/ru/lead.mdx',
          lang: 'ru',
        },
      ],
      'content/articles/ru/lead.mdx: translation.from: no en edition of this article (expected a file articles/en/lead.mdx)',
    ],
    [
      'a translation with other photos',
      [
        article('lead', { photos: ['a', 'b'] }),
        {
          ...article('lead', { photos: ['a'] }),
          id: 'ru/lead',
          filePath: 'content/articles/ru/lead.mdx',
          lang: 'ru',
        },
      ],
      'content/articles/ru/lead.mdx: photos: has "a" but the en edition (content/articles/en/lead.mdx) has "a", "b"',
    ],
  ])('reports %s', (_, articles, expected) => {
    const problems = articleIntegrityProblems(articles, known);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  /**
   * The Russian edition of an article: the same facts, in the ru folder; its
   * body places its own photos and quotes unless the spec gives its source.
   */
  const russian = (of: ArticleFacts, spec: ArticleSpec = {}, slug = of.id.slice(3)) => {
    const edition: ArticleFacts = {
      ...of,
      id: `ru/${slug}`,
      filePath: `content/articles/ru/${slug}.mdx`,
      lang: 'ru',
      ...factsFrom({
        // Its speakers speak the same quotes.
        ...(spec.speakers && { quotes: (of.quotes ?? []).map((quote) => quote.id) }),
        ...spec,
      }),
    };
    return spec.source === undefined ? { ...edition, ...bodyPlacingAll(edition) } : edition;
  };

  it.each([
    [
      'other topics',
      { topics: ['kazakhstan'] },
      'topics: has "kazakhstan" but the en edition (content/articles/en/lead.mdx) has "kazakhstan", "youth"; both editions of an article have the same topics: make them agree',
    ],
    [
      'no lead where the original leads',
      { lead: false },
      'lead: has none but the en edition (content/articles/en/lead.mdx) has true; both editions of an article lead the front page together: make them agree',
    ],
    [
      'another publication date',
      { published: '2026-11-20' },
      'line 3: published: has "2026-11-20" but the en edition (content/articles/en/lead.mdx) has "2026-11-24"; both editions of an article have the same publication date: make them agree',
    ],
    [
      'events dated otherwise',
      { events: '2019-04' },
      'events: has "2019-04" but the en edition (content/articles/en/lead.mdx) has "2019-05"; both editions of an article date the events alike: make them agree',
    ],
    [
      'other quotes',
      { quotes: [] },
      'quotes: has none but the en edition (content/articles/en/lead.mdx) has "q"; both editions of an article place the same quotes: make them agree',
    ],
    [
      'other authors',
      { authors: ['newsroom', 'cabar'] },
      'authors: has "newsroom", "cabar" but the en edition (content/articles/en/lead.mdx) has "newsroom"; both editions of an article have the same authors: make them agree',
    ],
  ])('reports a translation with %s', (_, facts, expected) => {
    const en = article('lead', {
      topics: ['kazakhstan', 'youth'],
      lead: true,
      published: '2026-11-24',
      events: '2019-05',
      quotes: ['q'],
    });
    expect(articleIntegrityProblems([en, russian(en, facts)], known)).toEqual([
      `content/articles/ru/lead.mdx: ${expected}`,
    ]);
  });

  it.each([
    [
      'a photo id used twice in the original',
      { photos: ['a', 'a'] },
      {},
      ['content/articles/en/lead.mdx: photos[1]: id "a" is used twice'],
    ],
    [
      'a photo id used twice in the translation',
      {},
      { photos: ['a', 'a'] },
      ['content/articles/ru/lead.mdx: photos[1]: id "a" is used twice'],
    ],
    [
      'an unknown topic in the translation',
      {},
      { topics: ['kazakstan'] },
      [
        'content/articles/ru/lead.mdx: topics[0]: no topic "kazakstan" in topics.json (known: "kazakhstan", "youth")',
      ],
    ],
    [
      "a see-also to the original's own translation",
      { seeAlso: ['brief', 'ru/lead'] },
      { seeAlso: ['brief'] },
      [
        'content/articles/en/lead.mdx: seeAlso[1]: "ru/lead" is this article\'s own Russian edition; readers reach it with the language switch: remove it',
      ],
    ],
    [
      'a see-also in the translation with a slip in the name',
      { seeAlso: ['brief'] },
      { seeAlso: ['brif'] },
      [
        'content/articles/ru/lead.mdx: seeAlso[0]: no article "brif" in ru (expected a file articles/ru/brif.mdx); did you mean brief?',
      ],
    ],
  ])(
    'reports %s in its own file only, not as a disagreement that blames the other edition',
    (_, enSpec, ruSpec, expected) => {
      const en = article('lead', { photos: ['a', 'b'], ...enSpec });
      const ru = russian(en, { photos: ['a', 'b'], ...ruSpec });
      const brief = article('brief');
      expect(articleIntegrityProblems([en, ru, brief, russian(brief)], known)).toEqual(expected);
    },
  );

  it('does not compare the editions on a field another check found a mistake in', () => {
    const en = article('lead', { published: '2026-11-24' });
    const ru = russian(en, { published: '2026-11-20', topics: ['youth'] });
    // The date as typed in the Russian edition was refused elsewhere (say, the calendar's check).
    const found = [{ file: ru.filePath, field: 'published', message: 'a mistake' }];
    expect(integrityProblems([en, ru], known, found).map(formatProblem)).toEqual([
      'content/articles/ru/lead.mdx: topics: has "youth" but the en edition (content/articles/en/lead.mdx) has "kazakhstan"; both editions of an article have the same topics: make them agree',
    ]);
  });

  it.each([
    [
      "the English edition's see-also to the Russian one",
      'en',
      ['ru/lead'],
      '<SeeAlso id="ru/lead" />',
      'content/articles/en/lead.mdx: seeAlso[0]: "ru/lead" is this article\'s own Russian edition; readers reach it with the language switch: remove it here and <SeeAlso id="ru/lead" /> from the text (line 5)',
    ],
    [
      "the Russian edition's see-also to the English one",
      'ru',
      ['en/lead'],
      '',
      'content/articles/ru/lead.mdx: seeAlso[0]: "en/lead" is this article\'s own English edition; readers reach it with the language switch: remove it',
    ],
    [
      'a see-also to a Russian edition not yet written',
      'only-en',
      ['ru/lead'],
      '',
      'content/articles/en/lead.mdx: seeAlso[0]: "ru/lead" is this article\'s own Russian edition, which is not written yet; readers will reach it with the language switch: remove it',
    ],
    [
      'a see-also to itself with its own language',
      'en',
      ['en/lead'],
      '',
      'content/articles/en/lead.mdx: seeAlso[0]: "en/lead" is this article itself',
    ],
  ])('names %s for what it is', (_, where, seeAlso, body, expected) => {
    const linking = { seeAlso, ...(body && { source: mdx(body) }) };
    const en = article('lead', where === 'ru' ? {} : linking);
    const ru = russian(article('lead'), where === 'ru' ? linking : {});
    const articles = where === 'only-en' ? [en] : [en, ru];
    expect(articleIntegrityProblems(articles, known)).toEqual([expected]);
  });

  it('says how to link to an article that exists only in the other language', () => {
    const ru = russian(article('only-russian'));
    expect(
      articleIntegrityProblems([article('lead', { seeAlso: ['only-russian'] }), ru], known),
    ).toEqual([
      'content/articles/en/lead.mdx: seeAlso[0]: no article "only-russian" in en, but there is one in ru (articles/ru/only-russian.mdx); to link to it (the link says which language it is in), write ru/only-russian here and in <SeeAlso id="ru/only-russian" />, or translate it first',
    ]);
  });

  it('accepts a link to the other language, which both editions make alike', () => {
    const lead = article('lead', {
      seeAlso: ['ru/only-russian'],
      source: mdx('<SeeAlso id="ru/only-russian" />'),
    });
    const leadRu = russian(lead, {
      seeAlso: ['only-russian'],
      source: mdx('<SeeAlso id="only-russian" />'),
    });
    const onlyRussian = russian(article('only-russian'));
    expect(articleIntegrityProblems([lead, leadRu, onlyRussian], known)).toEqual([]);
  });

  it.each([
    [
      ['ru/missing'],
      'seeAlso[0]: no article "missing" in ru (expected a file articles/ru/missing.mdx)',
    ],
    [['en/brief'], 'seeAlso[0]: "en/brief" is in this article\'s own language; write brief'],
  ])('refuses the other-language link %j', (seeAlso, expected) => {
    const problems = articleIntegrityProblems(
      [article('lead', { seeAlso }), article('brief')],
      known,
    );
    expect(problems).toEqual([`content/articles/en/lead.mdx: ${expected}`]);
  });

  it('says to rename a translation saved under another name than its original', () => {
    const en = article('lead', { published: '2026-11-24', quotes: ['q'], speakers: ['Irina Kim'] });
    const ru = russian(en, { speakers: ['Ирина Ким'] }, 'kakim-budet');
    expect(articleIntegrityProblems([en, ru], known)).toEqual([
      'content/articles/ru/kakim-budet.mdx: file name: no en edition has this name, but content/articles/en/lead.mdx has no ru edition and has the same date and quotes; if this is its translation, rename this file to lead.mdx (editions of an article share the file name)',
    ]);
  });

  it('accepts articles in one language only that are not alike', () => {
    const en = article('lead', { published: '2026-11-24', photos: ['a'] });
    const ru = russian(article('other', { published: '2026-11-24', photos: ['b'] }));
    const sameIdsOtherDay = russian(article('old', { published: '2019-06', photos: ['a'] }));
    expect(articleIntegrityProblems([en, ru, sameIdsOtherDay], known)).toEqual([]);
  });

  it('says to use Latin letters in a Cyrillic file name, and which name', () => {
    const ru = {
      ...russian(article('x')),
      id: 'ru/день-в-алматы',
      filePath: 'content/articles/ru/день-в-алматы.mdx',
    };
    expect(articleIntegrityProblems([ru], known)).toEqual([
      "content/articles/ru/день-в-алматы.mdx: file name: the name is the article's address and must be in Latin letters (lower-case words joined by hyphens), also for a Russian article; rename the file to den-v-almaty.mdx",
    ]);
  });

  it("names one file name only for a translation saved under a Cyrillic name: its original's", () => {
    const en = article('a-day-in-almaty', { published: '2026-11-24', photos: ['square'] });
    const ru = {
      ...russian(article('x', { published: '2026-11-24', photos: ['square'] })),
      id: 'ru/день-в-алматы',
      filePath: 'content/articles/ru/день-в-алматы.mdx',
    };
    expect(articleIntegrityProblems([en, ru], known)).toEqual([
      'content/articles/ru/день-в-алматы.mdx: file name: no en edition has this name, but content/articles/en/a-day-in-almaty.mdx has no ru edition and has the same date and photos; if this is its translation, rename this file to a-day-in-almaty.mdx (editions of an article share the file name)',
    ]);
  });

  it('reads dates and placements only where they are: frontmatter and body', () => {
    const source = mdx(
      'Text that mentions published: 2019-02-30\n\n```\ncode\n```',
      'lang: en\npublished: 2019-02-28\nupdated: 2020-02-29\nheadline: About <Photo id="x" />',
    );
    expect(articleIntegrityProblems([article('lead', { source })], known)).toEqual([]);
  });

  it('accepts a file with no frontmatter block as all body', () => {
    const source = '<Photo id="a" />';
    expect(articleIntegrityProblems([article('lead', { source, photos: ['a'] })], known)).toEqual(
      [],
    );
  });

  it('reports every problem, not only the first', () => {
    const problems = articleIntegrityProblems(
      [article('lead', { seeAlso: ['x', 'y'], authors: ['z'] })],
      known,
    );
    expect(problems).toHaveLength(3);
  });
});
