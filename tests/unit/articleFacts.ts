import type { ArticleFacts } from '../../src/check/articleFacts';
import { readBody } from '../../src/check/bodySyntax';
import { publicationDateSchema } from '../../src/schemas/publicationDate';

/** A file as an editor writes it: four lines of frontmatter, then the body. */
export const mdx = (body: string, frontmatter = 'lang: en\npublished: 2019-06'): string =>
  `---\n${frontmatter}\n---\n${body}`;

/** An article's facts as a test writes them: lists as ids, dates as typed. */
export interface ArticleSpec {
  lang?: string;
  authors?: string[];
  topics?: string[];
  photos?: string[];
  quotes?: string[];
  /** The speakers of `quotes`, in order (none checked when left out). */
  speakers?: string[];
  seeAlso?: string[];
  basedOn?: string;
  translation?: { from: 'en' | 'ru'; by: string[] };
  published?: string;
  /** The day this site published an edition first published elsewhere, YYYY-MM-DD. */
  republished?: string;
  events?: string;
  lead?: boolean;
  draft?: boolean;
  withdrawn?: boolean;
  renamedFrom?: string[];
  /** The file as written; its placements are read from its body. */
  source?: string;
}

const date = (typed: string) =>
  publicationDateSchema.parse(/^\d{4}-\d{2}$/.test(typed) ? typed : new Date(typed));

/** The facts a spec gives, as the content check reads them; only the keys it has. */
export function factsFrom(spec: ArticleSpec): Partial<ArticleFacts> {
  const { photos, quotes, speakers, published, republished, events, withdrawn, source, ...rest } =
    spec;
  return {
    ...rest,
    ...(photos && {
      photos: photos.map((id) => ({ id, src: `../../photos/${id}.jpg`, alt: id, credit: 'x' })),
    }),
    ...(quotes && {
      quotes: quotes.map((id, index) => ({
        id,
        text: 'Words.',
        // A speaker not given is not checked (it stands as no text).
        speaker: speakers?.[index] as string,
      })),
    }),
    ...(published !== undefined && { published: date(published) }),
    ...(republished !== undefined && { republished: new Date(republished) }),
    ...(events !== undefined && { events: date(events) }),
    ...(withdrawn !== undefined && {
      withdrawn: withdrawn ? { date: new Date('2026-12-01'), reason: 'Checked.' } : undefined,
    }),
    ...(source !== undefined && { text: source, placements: readBody(source).placements }),
  };
}

/** A body that places every photo and quote a spec lists, as a finished article does. */
export const placingAll = ({ photos = [], quotes = [] }: ArticleSpec): string =>
  [
    ...photos.map((id) => `<Photo id="${id}" />`),
    ...quotes.map((id) => `<PullQuote id="${id}" />`),
  ].join('\n\n');

/**
 * What the integrity checks know of an English article file, as `spec`
 * changes it; without a `source`, its body places all its photos and quotes.
 */
export function articleFacts(slug: string, spec: ArticleSpec = {}): ArticleFacts {
  const text = mdx(placingAll(spec));
  return {
    id: `en/${slug}`,
    filePath: `content/articles/en/${slug}.mdx`,
    text,
    lang: 'en',
    placements: readBody(text).placements,
    ...factsFrom({
      authors: ['newsroom'],
      topics: ['kazakhstan'],
      photos: [],
      quotes: [],
      seeAlso: [],
    }),
    ...factsFrom(spec),
  };
}

/** The file of an edition whose body places all its photos and quotes. */
export function bodyPlacingAll(facts: ArticleFacts): Pick<ArticleFacts, 'text' | 'placements'> {
  const text = mdx(
    placingAll({
      photos: (facts.photos ?? []).map(({ id }) => id),
      quotes: (facts.quotes ?? []).map(({ id }) => id),
    }),
  );
  return { text, placements: readBody(text).placements };
}
