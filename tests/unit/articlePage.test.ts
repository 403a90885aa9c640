// The article route's and the lists' queries, on a small set of entries held
// in memory: no build, no content store (astro:content stands in, as
// Starlight's tests mock it).
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/data/articles';
import { articlePagePaths, articleRelations } from '../../src/data/articlePage';
import { cardsOf } from '../../src/data/cards';
import { publicationDateSchema } from '../../src/schemas/publicationDate';

vi.mock('astro:content', () => ({ getCollection: vi.fn(async () => []) }));

const ref = <Collection extends string>(collection: Collection, id: string) => ({
  collection,
  id,
});
const topic = (id: string) => ({
  id,
  collection: 'topics' as const,
  data: { name: { en: id, ru: id } },
});
const author = {
  id: 'newsroom',
  collection: 'authors' as const,
  data: { kind: 'organization' as const, name: { en: 'Newsroom', ru: 'Редакция' } },
};
const topics = [topic('kazakhstan'), topic('youth'), topic('elections')];

/** An article entry as the content layer gives it, as `data` changes it. */
function entry(id: string, data: Partial<Article['data']> = {}, digest = id): Article {
  return {
    id,
    collection: 'articles',
    digest,
    data: {
      lang: id.slice(0, 2) as 'en' | 'ru',
      headline: `Headline of ${id}`,
      standfirst: 'What it is.',
      published: publicationDateSchema.parse(new Date('2026-11-24')),
      authors: [ref('authors', 'newsroom')],
      topics: [ref('topics', 'kazakhstan')],
      photos: [],
      quotes: [],
      seeAlso: [],
      lead: false,
      draft: false,
      corrections: [],
      renamedFrom: [],
      ...data,
    },
  } as Article;
}

const lead = entry('en/lead', { seeAlso: ['brief'], topics: [ref('topics', 'youth')] });
const leadRu = entry('ru/lead', {
  seeAlso: ['brief'],
  topics: [ref('topics', 'youth')],
  translation: { from: 'en', by: [ref('authors', 'newsroom')] },
});
const brief = entry('en/brief', { basedOn: 'lead' });
const other = entry('en/other', { topics: [ref('topics', 'elections')] });
const all = [lead, leadRu, brief, other];

describe('articlePagePaths', () => {
  const paths = articlePagePaths(all, [author], topics);
  const path = (id: string) => paths.find((each) => each.props.article.id === id)!;

  it('makes one page per article, in its language, at its slug', () => {
    expect(paths.map((each) => each.params)).toEqual([
      { lang: 'en', slug: 'lead' },
      { lang: 'ru', slug: 'lead' },
      { lang: 'en', slug: 'brief' },
      { lang: 'en', slug: 'other' },
    ]);
  });

  it('leads the language switch to the other edition, or to its front page', () => {
    expect(path('en/lead').props.counterparts.ru).toEqual({
      lang: 'ru',
      path: '/ru/articles/lead/',
      match: 'same',
    });
    expect(path('en/brief').props.counterparts.ru).toEqual({
      lang: 'ru',
      path: '/ru/',
      match: 'untranslated',
    });
  });

  it('offers the "see also" first under "Read next", each card with its kicker', () => {
    const [first] = path('en/lead').props.related;
    expect(first?.article.id).toBe('en/brief');
    expect(first?.kicker?.id).toBe('kazakhstan');
  });

  it('leaves a withdrawn article out of "Read next", even one the article links to', () => {
    const linking = entry('en/lead', {
      seeAlso: ['gone', 'brief'],
      topics: [ref('topics', 'youth')],
    });
    const readNext = (gone: Article) =>
      articlePagePaths([linking, gone, brief, other], [author], topics)
        .find((each) => each.props.article.id === 'en/lead')!
        .props.related.map((card) => card.article.id);
    const gone = entry('en/gone', { topics: [ref('topics', 'youth')] });
    expect(readNext(gone)).toEqual(['en/gone', 'en/brief']);
    const withdrawn = { date: new Date('2026-12-01'), reason: 'Checked.' };
    expect(readNext(entry('en/gone', { ...gone.data, withdrawn }))).toEqual(['en/brief']);
  });

  it('keys a page by what it shows: a linked article changed, the page is made again', () => {
    const changedBrief = entry('en/brief', { basedOn: 'lead' }, 'edited');
    const again = articlePagePaths([lead, leadRu, changedBrief, other], [author], topics);
    const key = (list: typeof paths, id: string) =>
      list.find((each) => each.props.article.id === id)!.cacheKey;
    expect(key(again, 'en/lead')).not.toBe(key(paths, 'en/lead'));
    expect(key(again, 'en/other')).toBe(key(paths, 'en/other'));
  });
});

describe('articleRelations', () => {
  it('names the translations of an original, and the source of a brief', () => {
    expect(articleRelations(lead, all).translations).toEqual(['ru']);
    expect(articleRelations(brief, all).basedOn).toEqual({
      headline: 'Headline of en/lead',
      href: '/en/articles/lead/',
      published: lead.data.published,
    });
    expect(articleRelations(leadRu, all).basedOn).toBeUndefined();
  });

  it('tells a translation behind its original since when, and one up to date nothing', () => {
    const corrected = entry('en/lead', {
      corrections: [{ date: new Date('2026-12-02'), text: 'Corrected.' }],
    });
    expect(articleRelations(leadRu, [corrected, leadRu]).outdated).toEqual({
      from: 'en',
      since: '2026-12-02',
    });
    expect(articleRelations(leadRu, all).outdated).toBeUndefined();
    expect(articleRelations(lead, all).outdated).toBeUndefined();
  });

  it('tells the original of an English translation nothing, and the translation its original', () => {
    const original = entry('ru/lead');
    const translated = entry('en/lead', {
      translation: { from: 'ru', by: [ref('authors', 'newsroom')] },
      corrections: [{ date: new Date('2026-12-02'), text: 'Corrected.' }],
    });
    expect(articleRelations(original, [translated, original]).outdated).toBeUndefined();
    const updated = entry('ru/lead', {
      updated: publicationDateSchema.parse(new Date('2026-12-03')),
    });
    expect(articleRelations(translated, [translated, updated]).outdated).toEqual({
      from: 'ru',
      since: '2026-12-03',
    });
  });
});

describe('cardsOf', () => {
  it("gives each article its first topic as its kicker, in the articles' order", () => {
    expect(cardsOf([other, lead], topics).map((card) => card.kicker?.id)).toEqual([
      'elections',
      'youth',
    ]);
  });
});

describe('paginatedLists', () => {
  it("lists a topic's articles, as cards, in every language, each page with its counterparts", async () => {
    const { getCollection } = await import('astro:content');
    vi.mocked(getCollection).mockImplementation((async (name: string) =>
      name === 'topics' ? topics : all) as typeof getCollection);
    const { inTopic, paginatedLists } = await import('../../src/data/articleLists');
    // Astro's paginate, as far as the lists read it: one page of up to `pageSize`.
    const paginate = ((data: unknown[], { params, props }: { params: object; props: object }) => [
      {
        params,
        props: {
          ...props,
          page: { data, currentPage: 1, url: { current: `/${JSON.stringify(params)}/` } },
        },
      },
    ]) as unknown as Parameters<typeof paginatedLists>[0];
    const paths = await paginatedLists(paginate, [topics[0]!], 'topic', inTopic);
    const [en, ru] = paths;
    expect(en?.params).toEqual({ lang: 'en', topic: 'kazakhstan' });
    expect(en?.props.page.data.map((card) => card.article.id)).toEqual(['en/brief']);
    // The topic has no Russian article: its list there is empty, still a page.
    expect(ru?.props.page.data).toEqual([]);
    expect(en?.props.counterparts.ru.match).toBe('same');
  });
});
