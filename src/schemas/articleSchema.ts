import { z } from 'astro/zod';
import { isoDate, isoDay, publicationDateSchema, type PublicationDate } from './publicationDate';
import { seeAlsoPattern, slugSchema as slug } from './slug';
import { languages } from '../i18n/dictionary';
import { nearestName } from '../lib/nearestName';
import { typeset } from '../lib/typography';

/**
 * A text field, with messages that say what belongs there. Astro prints a
 * missing field as "Required" (and doubles the field name), which tells an
 * editor little; these name what was expected instead.
 */
const text = (expected: string) =>
  z
    .string({
      error: (issue) =>
        issue.input == null
          ? `missing: expected ${expected}`
          : typeof issue.input === 'object' && !(issue.input instanceof Date)
            ? `expected ${expected}, as text`
            : // YAML reads 2019, 2019-06-01 and true as a number, a date and yes.
              `YAML read this as ${readAs(issue.input)}, not text; put the text in quotes`,
    })
    .trim()
    .min(1, { message: `must not be empty: expected ${expected}` });

/** What YAML made of a value that was meant as text. */
const readAs = (value: unknown) =>
  value instanceof Date ? 'a date' : typeof value === 'number' ? 'a number' : 'yes or no';

/**
 * What to say of fields a group does not have (a misspelt `captoin:` in a
 * photo, `seealso:` in an article): one line per field, `<field>: <what>`,
 * with the nearest known name, rather than letting the text vanish from the
 * page without a word. Zod reports them together, at the group's path.
 */
function unknownFields(known: readonly string[], what: string, listed = known.join(', ')) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? (issue.keys ?? [])
          .map((key) => {
            const near = nearestName(key, known);
            const hint = near ? `did you mean ${near}?` : `${what} has ${listed}`;
            return `${key}: not a field of ${what}; ${hint}`;
          })
          .join('\n')
      : undefined;
}

/**
 * The schema's issues, one per field: the fields a group does not have,
 * reported by Zod together at the group's path, each at its own path.
 */
export function fieldIssues(
  issues: readonly { code?: string; path: readonly PropertyKey[]; message: string }[],
): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap(({ code, path, message }) =>
    code === 'unrecognized_keys'
      ? message.split('\n').map((line) => {
          const [key = '', what = ''] = line.split(/: (.*)/s);
          return { path: [...path, key], message: what };
        })
      : [{ path: [...path], message }],
  );
}

/** An object of these fields and no others (see unknownFields). */
const fieldsOf = <Shape extends z.ZodRawShape>(what: string, shape: Shape, listed?: string) =>
  z.strictObject(shape, { error: unknownFields(Object.keys(shape), what, listed) });

/** A day, typed YYYY-MM-DD (YAML reads it as a date). */
const day = z.date({ error: 'expected a date as YYYY-MM-DD' });

/**
 * `updated` is the last substantive change after publication, so it cannot
 * come before it (a typo in the year would otherwise show an article
 * "updated" before it appeared). Where either date is a month only, the
 * months are compared.
 */
function updatedNotBeforePublished(
  {
    published,
    updated,
    corrections,
    withdrawn,
  }: {
    published: PublicationDate;
    updated?: PublicationDate | undefined;
    corrections: { date: Date }[];
    withdrawn?: { date: Date } | undefined;
  },
  context: z.RefinementCtx,
): void {
  // Corrections and a withdrawal come after publication too.
  const later = [
    ...corrections.map(({ date }, index) => ({ date, path: ['corrections', index, 'date'] })),
    ...(withdrawn ? [{ date: withdrawn.date, path: ['withdrawn', 'date'] }] : []),
  ];
  for (const { date, path } of later) {
    const typed = isoDay(date);
    if (typed.slice(0, published.precision === 'month' ? 7 : 10) < isoDate(published)) {
      context.addIssue({
        code: 'custom',
        path,
        message: `${typed} is before the publication date ${isoDate(published)}; correct the date`,
      });
    }
  }
  if (!updated) return;
  const length = published.precision === 'month' || updated.precision === 'month' ? 7 : 10;
  const [from, to] = [isoDate(published).slice(0, length), isoDate(updated).slice(0, length)];
  if (to < from) {
    context.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `${isoDate(updated)} is before the publication date ${isoDate(published)}; updated is the date of the last substantive change since publication: correct the date or leave updated out`,
    });
  }
}

/** What the schema needs from Astro: the `image()` and `reference()` helpers. */
export interface SchemaHelpers<
  Image extends z.ZodType,
  Author extends z.ZodType,
  Topic extends z.ZodType,
> {
  /** Astro's `image()`: a file path relative to the article, checked to exist. */
  image: () => Image;
  /** `reference('authors')`. */
  author: Author;
  /** `reference('topics')`. */
  topic: Topic;
}

/**
 * The frontmatter of an article. A function of Astro's helpers so that unit
 * tests can check it on real and broken frontmatter without a build.
 */
export function articleSchema<
  Image extends z.ZodType,
  Author extends z.ZodType,
  Topic extends z.ZodType,
>({ image, author, topic }: SchemaHelpers<Image, Author, Topic>) {
  const fields = fieldsOf(
    'an article',
    {
      /**
       * Refused: an article's address is its file name. Astro's default
       * loader lets `slug` override it, so two files could become one article;
       * the collection no longer reads it, and an editor is told so.
       */
      slug: z
        .undefined({
          error: 'expected no slug: the address is the file name; rename the file instead',
        })
        .optional(),
      /** The edition's language; must match the folder the file is in. */
      lang: z.enum(languages),
      /** The headline, as the page's <h1> and in every link to the article. */
      headline: text('the headline'),
      /** One or two sentences under the headline that say what the story is. */
      standfirst: text('one or two sentences that say what the story is'),
      /**
       * First publication of this text: YYYY-MM-DD, or YYYY-MM where the day is
       * not known. For a brief, the day the newsroom wrote it.
       */
      published: publicationDateSchema,
      /**
       * When the events the article reports happened, where that is not when it
       * was published: a brief written in 2026 from 2019 reporting has
       * `events: 2019-05`. Same forms as `published`. The page then gives this
       * as its dateline and `published` as the day the text was written.
       */
      events: publicationDateSchema.optional(),
      /** Last substantive update, where there was one. */
      updated: publicationDateSchema.optional(),
      /** Who wrote it: ids from content/authors.json. A newsroom byline is an author too. */
      authors: z.array(author).min(1, { message: 'name at least one author' }),
      /**
       * For an edition translated from another: the language of the text it was
       * translated from and who translated it. The page, its structured data
       * and the byline say so; `authors` stay the original's.
       */
      translation: fieldsOf('a translation', {
        /** The language the text was translated from (not this edition's). */
        from: z.enum(languages),
        /** Who translated it: ids from content/authors.json. */
        by: z.array(author).min(1, { message: 'name who translated it' }),
      }).optional(),
      /** What it is about: ids from content/topics.json. */
      topics: z.array(topic).min(1, { message: 'name at least one topic' }),
      /** Photos placed in the body with <Photo id="..." />. */
      photos: z
        .array(
          fieldsOf('a photo', {
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
          }),
        )
        .default([]),
      /** Quotes placed in the body with <PullQuote id="..." />: verbatim, never edited. */
      quotes: z
        .array(
          fieldsOf('a quote', {
            /** How the body refers to the quote. */
            id: slug,
            /** The speaker's words exactly as reported. */
            text: text("the speaker's words"),
            /** Who said it. */
            speaker: text('who said it, spelled as in names.json'),
            /** What the speaker is, as the article states it. */
            role: text('what the speaker is').optional(),
          }),
        )
        .default([]),
      /**
       * Related articles, placed in the body with <SeeAlso id="..." />: slugs of
       * articles in the same language, or `ru/<slug>` (`en/<slug>`) for one that
       * exists only in the other language.
       */
      seeAlso: z
        .array(
          z.string().regex(seeAlsoPattern, {
            message:
              'expected the slug of an article (lower-case words joined by hyphens), or en/<slug> or ru/<slug> for an article in the other language',
          }),
        )
        .default([]),
      /** Where a republished article first appeared. */
      source: fieldsOf('a source', {
        /** The original publisher. */
        name: text('the original publisher'),
        /** The original article's address. */
        url: z.url({ message: 'expected a full address (https://...)' }),
      }).optional(),
      /** For a brief written from another article's facts: that article's slug. */
      basedOn: slug.optional(),
      /**
       * For a brief published under the title of another publisher's article
       * whose text is not available (as the briefs under the titles the lead
       * story recommends): that publisher. The page says the headline is theirs,
       * and no later than the article the brief is based on; the Russian page
       * says its headline is the newsroom's translation of the English title.
       */
      headlineFrom: text('the publisher whose article the headline is the title of').optional(),
      /** The lead story of the front page; where several are, the newest leads. */
      lead: z.boolean().default(false),
      /** Donor or project disclaimer printed at the foot of the article. */
      disclaimer: text('the disclaimer').optional(),
      /** Work in progress: shown by `npm run dev`, never published. */
      draft: z.boolean().default(false),
      /**
       * Corrections made after publication, oldest first: each is printed,
       * dated, at the foot of the article and in its structured data.
       */
      corrections: z
        .array(
          fieldsOf('a correction', {
            /** The day the correction was made, YYYY-MM-DD. */
            date: day,
            /** What was wrong and what is right, as readers are to read it. */
            text: text('what was corrected, as readers are to read it'),
          }),
        )
        .default([]),
      /** The article's earlier file names (slugs): their addresses lead to it. */
      renamedFrom: z.array(slug).default([]),
      /** Set when the article is withdrawn: its page then says so instead of showing it. */
      withdrawn: fieldsOf('a withdrawal', {
        /** The day it was withdrawn, YYYY-MM-DD. */
        date: day,
        /** Why, as readers are to read it. */
        reason: text('why the article was withdrawn, as readers are to read it'),
      }).optional(),
    },
    'the fields listed in the README',
  );
  // What one field cannot say alone: a photo is shown (then it needs alt
  // text) or unavailable (then it has none); a translation is from another
  // language than the edition's.
  const consistent = (data: z.output<typeof fields>, context: z.RefinementCtx) => {
    for (const [index, photo] of data.photos.entries()) {
      if (!photo.unavailable && photo.alt === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['photos', index, 'alt'],
          message: 'missing: expected what the image shows, for readers who cannot see it',
        });
      }
      if (photo.unavailable && photo.alt !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['photos', index, 'unavailable'],
          message:
            'an unavailable photo is not shown, so it has no alt text: remove alt, or remove this line once the photograph is in place',
        });
      }
    }
    if (data.headlineFrom !== undefined && data.basedOn === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['headlineFrom'],
        message: 'is for a brief: expected basedOn, naming the article the brief is written from',
      });
    }
    if (data.translation?.from === data.lang) {
      context.addIssue({
        code: 'custom',
        path: ['translation', 'from'],
        message: `is "${data.lang}", the language of this edition; expected the language it was translated from`,
      });
    }
  };
  return fields
    .superRefine(consistent)
    .superRefine(updatedNotBeforePublished)
    .transform(
      // Editors type plain quotes and hyphens; every reader-facing text is
      // typeset by the rules of the article's language, as the body is.
      (data) => {
        const ts = (text: string) => typeset(text, data.lang);
        const tsOptional = (text: string | undefined) => (text === undefined ? text : ts(text));
        return {
          ...data,
          headline: ts(data.headline),
          standfirst: ts(data.standfirst),
          photos: data.photos.map((photo) => ({
            ...photo,
            alt: tsOptional(photo.alt),
            caption: tsOptional(photo.caption),
            credit: ts(photo.credit),
          })),
          quotes: data.quotes.map((quote) => ({
            ...quote,
            text: ts(quote.text),
            role: tsOptional(quote.role),
          })),
          disclaimer: tsOptional(data.disclaimer),
          corrections: data.corrections.map((correction) => ({
            ...correction,
            text: ts(correction.text),
          })),
          withdrawn: data.withdrawn && { ...data.withdrawn, reason: ts(data.withdrawn.reason) },
        };
      },
    );
}
