import { describe, expect, it } from 'vitest';
import { articleIntegrityProblems, type ArticleFacts } from '../../src/lib/articleIntegrity';

const known = {
  authors: new Set(['newsroom']),
  topics: new Set(['kazakhstan', 'youth']),
  people: { en: new Set(['Irina Kim']), ru: new Set(['Ирина Ким']) },
};

function article(slug: string, facts: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    id: `en/${slug}`,
    filePath: `content/articles/en/${slug}.mdx`,
    body: '',
    lang: 'en',
    authors: ['newsroom'],
    topics: ['kazakhstan'],
    photos: [],
    quotes: [],
    seeAlso: [],
    speakers: [],
    ...facts,
  };
}

describe('articleIntegrityProblems', () => {
  it('finds nothing wrong in consistent articles', () => {
    const lead = article('lead', {
      photos: ['portrait'],
      quotes: ['said'],
      seeAlso: ['brief'],
      body: '<Photo id="portrait" />\n\n<PullQuote id="said" />\n\n<SeeAlso id="brief" />',
    });
    const brief = article('brief', { basedOn: 'lead', topics: ['youth'] });
    expect(articleIntegrityProblems([lead, brief], known)).toEqual([]);
  });

  it.each([
    [
      'a seeAlso to a missing article',
      [article('lead', { seeAlso: ['gone'] })],
      'content/articles/en/lead.mdx: seeAlso[0]: no article "gone" in en (expected a file articles/en/gone.mdx)',
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
      'content/articles/en/lead.mdx: authors[1]: no author "nobody" in authors.json (known: "newsroom")',
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
      'a photo placed in the body but absent from frontmatter',
      [article('lead', { photos: ['a'], body: 'Text\n\n<Photo id="b" />' })],
      'content/articles/en/lead.mdx: body line 3: <Photo> id="b": no such entry in frontmatter `photos` (it has "a")',
    ],
    [
      'a quote placed in the body but absent from frontmatter',
      [article('lead', { body: "<PullQuote id='x' />" })],
      'content/articles/en/lead.mdx: body line 1: <PullQuote> id="x": no such entry in frontmatter `quotes` (it has none)',
    ],
    [
      'a body SeeAlso not listed in frontmatter seeAlso',
      [article('lead', { body: '<SeeAlso id="brief" />' }), article('brief')],
      'content/articles/en/lead.mdx: body line 1: <SeeAlso> id="brief": no such entry in frontmatter `seeAlso`',
    ],
    [
      'a body component with a computed id',
      [article('lead', { photos: ['a'], body: '<Photo id={"a"} />' })],
      'content/articles/en/lead.mdx: body line 1: <Photo>: expected a plain id="..." naming an entry of `photos`',
    ],
    [
      'a photo id used twice',
      [article('lead', { photos: ['a', 'b', 'a'] })],
      'content/articles/en/lead.mdx: photos[2]: id "a" is used twice',
    ],
    [
      'a lang that disagrees with the folder',
      [article('lead', { lang: 'ru' })],
      'content/articles/en/lead.mdx: lang: is "ru" but the file is in the "en" folder',
    ],
  ])('reports %s, naming the file and the field', (_, articles, expected) => {
    const problems = articleIntegrityProblems(articles, known);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('accepts speakers spelled as in names.json, in their language', () => {
    const en = article('lead', { quotes: ['q'], speakers: ['Irina Kim'] });
    const ru = {
      ...en,
      id: 'ru/lead',
      filePath: 'content/articles/ru/lead.mdx',
      lang: 'ru',
      speakers: ['Ирина Ким'],
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
      'content/articles/ru/lead.mdx: seeAlso: names "other" but the en edition (content/articles/en/lead.mdx) names "brief"',
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

  it('reports every problem, not only the first', () => {
    const problems = articleIntegrityProblems(
      [article('lead', { seeAlso: ['x', 'y'], authors: ['z'] })],
      known,
    );
    expect(problems).toHaveLength(3);
  });
});
