import { z } from 'astro/zod';
import { languages } from '../i18n/dictionary';

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
  /** The byline, in both languages. */
  name: bilingual,
  /** What the author is (e.g. a newsroom), in both languages. */
  role: bilingual.optional(),
});

/** An entry of content/topics.json. */
export const topicSchema = z.object({
  /** The topic's name, in both languages. */
  name: bilingual,
});

/** An entry of content/names.json: a person, place or organisation in both spellings. */
export const nameSchema = bilingual.extend({
  /** What the name is of; people are what quotes' speakers must be. */
  kind: z.enum(['person', 'place', 'organisation']),
});

/** The frontmatter of the site's own pages (About, ...). */
export const pageSchema = z.object({
  /** The page's language; must match the folder. */
  lang: z.enum(languages),
  /** The page's <h1> and title. */
  title: z.string().trim().min(1),
  /** A sentence for search results and link previews. */
  description: z.string().trim().min(1),
});
