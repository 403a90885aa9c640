import { z } from 'astro/zod';
import { languages, locales, type Lang } from '../i18n/locales';
import { typeset } from '../i18n/typography';
import { monthPattern } from '../lib/publicationDate';
import { text } from './fields';

/**
 * A text given in every language, as in the author, topic and names data
 * files. names.json is the one place where people and places are spelled, in
 * each language, so that every article spells them alike. A language added
 * to the registry without its text is named in the message.
 */
const inEveryLanguage = (what: string) =>
  z.object(
    Object.fromEntries(
      languages.map((lang) => [lang, text(`${what} in ${locales[lang].names.en}`)]),
    ) as Record<Lang, ReturnType<typeof text>>,
  );

/** An entry of content/authors.json. */
export const authorSchema = z.object({
  /** A newsroom byline is an organization; structured data says which. */
  kind: z.enum(['person', 'organization']),
  /** The byline, in every language; it heads the author's page. */
  name: inEveryLanguage('the byline'),
  /**
   * The name as it stands inside a sentence or after a label, in a language
   * where that differs from `name`: Russian sets a newsroom in lower case
   * there («Автор оригинала: редакция CABAR.asia»), though its page is
   * headed «Редакция CABAR.asia». Bylines and credits use it.
   */
  inText: inEveryLanguage('the byline inside a sentence').partial().optional(),
  /** What the author is (e.g. a newsroom), in every language. */
  role: inEveryLanguage('what the author is').optional(),
});

/** An entry of content/topics.json. */
export const topicSchema = z.object({
  /** The topic's name, in every language. */
  name: inEveryLanguage("the topic's name"),
});

/** An entry of content/names.json: a person, place, organization or event in both spellings. */
export const nameSchema = inEveryLanguage('the spelling').extend({
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
