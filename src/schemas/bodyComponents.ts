/**
 * The components an article body may place, each by an `id` naming an entry
 * of a frontmatter list: the one table that the article schema, the content
 * loader, the content check, the integrity check, the body's renderer
 * (components/mdx/ArticleBody.astro, which finds `<Name>.astro` beside it),
 * the body components' context and `npm run new`'s template derive from. A
 * new body component is its row here, its `.astro` file in
 * src/components/mdx/ (with its styles) and its UI strings (see README:
 * Adding a body component).
 */
import { z } from 'astro/zod';
import { seeAlsoPattern } from '../lib/slugs';
import { fieldsOf, text } from './fields';
import { slugSchema as slug } from './slug';

/** What a list's schema needs from Astro: `image()`, a file path checked to exist. */
export interface ListHelpers<Image extends z.ZodType> {
  image: () => Image;
}

/** What the code knows of one body component. */
export interface BodyComponentRow {
  /** The frontmatter list whose entry its `id` names. */
  list: string;
  /**
   * What an entry is: `entry`, an object with an `id` (a photo, a quote); or
   * `article`, an article named by its slug (`ru/<slug>` for one only in
   * another language), which the link is made of.
   */
  refersTo: 'entry' | 'article';
  /** The schema of one entry of the list. */
  item: z.ZodType;
  /** The fields of an entry that readers read: typeset by the edition's language. */
  texts: readonly string[];
  /** Fields that name a file relative to the article, which must exist, with what the file is. */
  files?: Readonly<Record<string, string>>;
  /** Fields that name a person, spelled as in names.json in the edition's language. */
  people?: readonly string[];
  /** What both editions of an article must do alike, as the check tells an editor. */
  shared: string;
  /**
   * Which entries the text may leave unplaced: `all` (readers meet them
   * elsewhere on the page), `first` (the first entry, where it is shown
   * elsewhere), or `none`: an entry no reader would see is refused.
   */
  unplaced: 'all' | 'first' | 'none';
  /** The list in `npm run new`'s template, as comment lines (without the `# `). */
  example: readonly string[];
}

/** A shown photo has alt text; an unavailable one (never shown) has none. */
function altOrUnavailable(
  photo: { alt?: string | undefined; unavailable?: true | undefined },
  context: z.RefinementCtx,
): void {
  if (!photo.unavailable && photo.alt === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['alt'],
      message: 'missing: expected what the image shows, for readers who cannot see it',
    });
  }
  if (photo.unavailable && photo.alt !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['unavailable'],
      message:
        'an unavailable photo is not shown, so it has no alt text: remove alt, or remove this line once the photograph is in place',
    });
  }
}

/**
 * Every body component, by the name it is written with: `<Photo id="..." />`.
 * A function of Astro's `image()`, which the article schema's photos need;
 * what else the code asks of the table is `bodyComponents` below.
 */
export function bodyComponentRows<Image extends z.ZodType>({ image }: ListHelpers<Image>) {
  return {
    Photo: {
      list: 'photos',
      refersTo: 'entry',
      item: fieldsOf('a photo', {
        /** How the body refers to the photo. */
        id: slug,
        /** The image file, relative to this MDX file (e.g. ../../photos/name.jpg). */
        src: image(),
        /**
         * What the image shows, for readers who cannot see it. Left out of
         * an unavailable photo, which is never shown.
         */
        alt: text('what the image shows, for readers who cannot see it').optional(),
        /**
         * The photograph is not available: the page gives its caption and
         * credit and says so, and no card or link preview uses the file
         * (a stand-in). When the photograph is in place, put it in the file
         * and replace this line with its `alt`. `false` (as the editing page
         * writes a switch left off) is a photo shown.
         */
        unavailable: z
          .boolean({ error: 'expected true or false, or no such line' })
          .transform((unavailable) => unavailable || undefined)
          .optional(),
        /** What the photo is of, shown under it; leave out when there is none. */
        caption: text('what the photo is of').optional(),
        /** Who took or supplied the photo. */
        credit: text('who took or supplied the photo'),
      }).superRefine(altOrUnavailable),
      texts: ['alt', 'caption', 'credit'],
      files: { src: 'photo' },
      shared: 'show the same photos',
      // The first photo, when available, is the article's picture on its card,
      // the front page and link previews, placed in the text or not.
      unplaced: 'first',
      example: [
        'Photos: put the files in content/photos/ (JPEG, at least 1,600 px wide), then',
        'list them here and place each in the text with <Photo id="..." />:',
        'photos:',
        '  - id: square',
        '    src: ../../photos/square.jpg',
        '    alt: "What the image shows, for readers who cannot see it."',
        '    caption: "What the photo is of (optional)."',
        '    credit: "Who took or supplied it"',
      ],
    },
    PullQuote: {
      list: 'quotes',
      refersTo: 'entry',
      item: fieldsOf('a quote', {
        /** How the body refers to the quote. */
        id: slug,
        /** The speaker's words exactly as reported. */
        text: text("the speaker's words"),
        /** Who said it. */
        speaker: text('who said it, spelled as in names.json'),
        /** What the speaker is, as the article states it. */
        role: text('what the speaker is').optional(),
      }),
      texts: ['text', 'role'],
      people: ['speaker'],
      shared: 'place the same quotes',
      // A pull quote shows only where the text places it.
      unplaced: 'none',
      example: [
        'Quotes, verbatim, placed with <PullQuote id="..." />; speakers as in content/names.json:',
        'quotes:',
        '  - id: speaker-said',
        '    text: "The words, exactly as said."',
        '    speaker: "Name as in names.json"',
        '    role: "What the speaker is (optional)"',
      ],
    },
    SeeAlso: {
      list: 'seeAlso',
      refersTo: 'article',
      /**
       * Related articles: slugs of articles in the same language, or
       * `ru/<slug>` (`en/<slug>`) for one that exists only in the other language.
       */
      item: z.string().regex(seeAlsoPattern, {
        message:
          'expected the slug of an article (lower-case words joined by hyphens), or en/<slug> or ru/<slug> for an article in the other language',
      }),
      texts: [],
      shared: 'link to the same articles',
      // Every "see also" leads the article's "Read next" list, placed or not.
      unplaced: 'all',
      example: [
        'Related articles (their file names), placed with <SeeAlso id="..." />:',
        'seeAlso: [other-article]',
      ],
    },
  } as const satisfies Record<string, BodyComponentRow>;
}

/** The table, for what does not depend on Astro's image(): names, lists, texts. */
export const bodyComponents = bodyComponentRows({ image: () => z.string() });

/** One of the body components. */
export type BodyComponent = keyof typeof bodyComponents;

/** The body components' names. */
export const bodyComponentNames = Object.keys(bodyComponents) as BodyComponent[];

/** The frontmatter list of each body component: `{ Photo: 'photos', ... }`. */
export const bodyComponentLists = Object.fromEntries(
  bodyComponentNames.map((name) => [name, bodyComponents[name].list]),
) as { [Name in BodyComponent]: (typeof bodyComponents)[Name]['list'] };

/** A frontmatter list a body component draws from. */
export type BodyList = (typeof bodyComponents)[BodyComponent]['list'];

/** The table as a function of Astro's image() makes it. */
type Rows<Image extends z.ZodType> = ReturnType<typeof bodyComponentRows<Image>>;

/** The schema of each body list, as fields of the article schema. */
export type BodyListShape<Image extends z.ZodType> = {
  [Name in BodyComponent as Rows<Image>[Name]['list']]: z.ZodDefault<
    z.ZodArray<Rows<Image>[Name]['item']>
  >;
};

/** Each body component's list, as fields of the article schema (empty when left out). */
export function bodyListShape<Image extends z.ZodType>(
  helpers: ListHelpers<Image>,
): BodyListShape<Image> {
  const rows: Record<string, BodyComponentRow> = bodyComponentRows(helpers);
  return Object.fromEntries(
    bodyComponentNames.map((name) => {
      const { list, item } = rows[name]!;
      return [list, z.array(item).default([])];
    }),
  ) as unknown as BodyListShape<Image>;
}

/** An entry with each of its reader's texts typeset (see BodyComponentRow.texts). */
function typesetEntry<Entry>(entry: Entry, texts: readonly string[], ts: (text: string) => string) {
  if (texts.length === 0 || typeof entry !== 'object' || entry === null) return entry;
  const typeset: Record<string, unknown> = { ...(entry as object) };
  for (const key of texts) {
    const value = typeset[key];
    if (typeof value === 'string') typeset[key] = ts(value);
  }
  return typeset as Entry;
}

/** An article's body lists, every text readers read in their entries typeset by `ts`. */
export function typesetLists<Data extends Record<BodyList, readonly unknown[]>>(
  data: Data,
  ts: (text: string) => string,
): Pick<Data, BodyList> {
  return Object.fromEntries(
    bodyComponentNames.map((name) => {
      const { list, texts } = bodyComponents[name];
      return [list, data[list].map((entry) => typesetEntry(entry, texts, ts))];
    }),
  ) as unknown as Pick<Data, BodyList>;
}
