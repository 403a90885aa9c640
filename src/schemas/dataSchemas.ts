import { z } from 'astro/zod';
import { languages } from '../i18n/dictionary';
import { typeset } from '../lib/typography';
import { monthPattern } from './publicationDate';

/**
 * A text given in both languages, as in the author, topic and names data
 * files. names.json is the one place where people and places are spelled, in
 * English and in Russian, so that every article spells them alike.
 */
const bilingual = z.object({
  /** English. */
  en: z.string().trim().min(1),
  /** Russian. */
  ru: z.string().trim().min(1),
});

/** An entry of content/authors.json. */
export const authorSchema = z.object({
  /** A newsroom byline is an organization; structured data says which. */
  kind: z.enum(['person', 'organization']),
  /** The byline, in both languages; it heads the author's page. */
  name: bilingual,
  /**
   * The name as it stands inside a sentence or after a label, in a language
   * where that differs from `name`: Russian sets a newsroom in lower case
   * there («Автор оригинала: редакция CABAR.asia»), though its page is
   * headed «Редакция CABAR.asia». Bylines and credits use it.
   */
  inText: bilingual.partial().optional(),
  /** What the author is (e.g. a newsroom), in both languages. */
  role: bilingual.optional(),
});

/** An entry of content/topics.json. */
export const topicSchema = z.object({
  /** The topic's name, in both languages. */
  name: bilingual,
});

/** An entry of content/names.json: a person, place, organization or event in both spellings. */
export const nameSchema = bilingual.extend({
  /** What the name is of; people are what quotes' speakers must be. */
  kind: z.enum(['person', 'place', 'organization', 'event']),
  /**
   * For a name that a place bore for a time (Nur-Sultan): the id of the
   * entry under which the place is known (astana). Articles keep the name
   * in use when their events happened; this field says both are one place.
   */
  nameOf: z.string().optional(),
  /** For a name with `nameOf`: the months it was in use, YYYY-MM. */
  inUse: z
    .object({
      /** The first month the name was in use. */
      from: z.string().regex(monthPattern),
      /** The last month it was in use; leave out while it still is. */
      until: z.string().regex(monthPattern).optional(),
    })
    .optional(),
});

/**
 * The frontmatter of the site's own pages (About, ...). The title and
 * description are typeset by the rules of the page's language, as its body
 * and the articles' frontmatter are («О⍽«Степном вестнике»»).
 */
export const pageSchema = z
  .object({
    /** The page's language; must match the folder. */
    lang: z.enum(languages),
    /** The page's <h1> and title. */
    title: z.string().trim().min(1),
    /** A sentence for search results and link previews. */
    description: z.string().trim().min(1),
  })
  .transform((data) => ({
    ...data,
    title: typeset(data.title, data.lang),
    description: typeset(data.description, data.lang),
  }));
