import { z } from 'astro/zod';
import { isoDate, isoDay, type PublicationDate } from '../lib/publicationDate';
import { publicationDateSchema } from './publicationDate';
import { bodyListShape, typesetLists } from './bodyComponents';
import { fieldsOf, text } from './fields';
import { slugSchema as slug } from './slug';
import { languages } from '../i18n/locales';
import { typeset } from '../i18n/typography';

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
    republished,
    updated,
    corrections,
    withdrawn,
  }: {
    published: PublicationDate;
    republished?: Date | undefined;
    updated?: PublicationDate | undefined;
    corrections: { date: Date }[];
    withdrawn?: { date: Date } | undefined;
  },
  context: z.RefinementCtx,
): void {
  // Zod runs refinements on what failed too: a published it could not read
  // has its own message.
  if (!(published?.date instanceof Date)) return;
  // This site's publication, corrections and a withdrawal come after the
  // first publication too.
  const later = [
    ...(republished ? [{ date: republished, path: ['republished'] }] : []),
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
 * The fields of an article's frontmatter, each with its own schema: what the
 * content check reads a file's valid fields with, one by one (see
 * check/articleFacts.ts), and what articleSchema checks as a whole.
 */
export function articleFields<
  Image extends z.ZodType,
  Author extends z.ZodType,
  Topic extends z.ZodType,
>({ image, author, topic }: SchemaHelpers<Image, Author, Topic>) {
  return fieldsOf(
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
       * The day this site published this edition, YYYY-MM-DD, where
       * `published` is an earlier publication's: an article republished from
       * another publisher (with `source`) or a translation (with
       * `translation`), whose `published` is the original's date. Cards,
       * lists and the page then give both dates, each for what it is; the
       * feed and the structured data date the edition by this day, and say
       * the original's date as the original's. Needed where `published` is a
       * month only, as a feed item needs a day. A day after today holds the
       * edition back until then, as `published` does for others. Editions
       * need not share it: a translation may come out later than its original.
       */
      republished: day.optional(),
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
      // The lists the body components draw from: photos, quotes, seeAlso
      // (bodyComponents.ts).
      ...bodyListShape({ image }),
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
}

/**
 * The frontmatter of an article. A function of Astro's helpers so that unit
 * tests can check it on real and broken frontmatter without a build.
 */
export function articleSchema<
  Image extends z.ZodType,
  Author extends z.ZodType,
  Topic extends z.ZodType,
>(helpers: SchemaHelpers<Image, Author, Topic>) {
  const fields = articleFields(helpers);
  // What one field cannot say alone: a brief's headline is a publisher's
  // only with basedOn; a translation is from another language than the
  // edition's.
  const consistent = (data: z.output<typeof fields>, context: z.RefinementCtx) => {
    if (data.headlineFrom !== undefined && data.basedOn === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['headlineFrom'],
        message: 'is for a brief: expected basedOn, naming the article the brief is written from',
      });
    }
    // An edition's own day on this site is said beside an earlier
    // publication's; and a feed item needs a day, which a month does not give.
    const firstPublishedElsewhere = data.source !== undefined || data.translation !== undefined;
    if (data.republished !== undefined && !firstPublishedElsewhere) {
      context.addIssue({
        code: 'custom',
        path: ['republished'],
        message:
          'is for an edition first published elsewhere: expected source (the original publisher) or translation (the edition it translates) too; or leave republished out and give the day in published',
      });
    }
    if (
      data.republished === undefined &&
      firstPublishedElsewhere &&
      data.published?.precision === 'month'
    ) {
      context.addIssue({
        code: 'custom',
        path: ['published'],
        message: `is the month of the first publication only (${isoDate(data.published)}): add republished: YYYY-MM-DD, the day this site published this edition, which feeds and search engines date it by`,
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
          ...typesetLists(data, ts),
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
