import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/contentDir';
import { articleSchema } from './lib/articleSchema';

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

const articles = defineCollection({
  // One file per article per language: content/articles/<lang>/<slug>.mdx. The
  // translations of an article share a slug, so they pair by construction.
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/articles`,
    // The id is the path as written. Astro's default lower-cases the name,
    // turns spaces into hyphens and obeys a frontmatter `slug`, so
    // "Some Story.mdx" and some-story.mdx got one id, and Astro built one of
    // them with only a warning. Kept apart, the odd name is refused by the
    // integrity check, which names both files (see articleIntegrity.ts).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: ({ image }) =>
    articleSchema({ image, author: reference('authors'), topic: reference('topics') }),
});

const authors = defineCollection({
  loader: file(`${contentDir}/authors.json`),
  schema: z.object({
    /** A newsroom byline is an organization; structured data says which. */
    kind: z.enum(['person', 'organization']),
    /** The byline, in both languages. */
    name: bilingual,
    /** What the author is (e.g. a newsroom), in both languages. */
    role: bilingual.optional(),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.json`),
  schema: z.object({
    /** The topic's name, in both languages. */
    name: bilingual,
  }),
});

const names = defineCollection({
  loader: file(`${contentDir}/names.json`),
  schema: bilingual.extend({
    /** What the name is of; people are what quotes' speakers must be. */
    kind: z.enum(['person', 'place', 'organisation']),
  }),
});

const pages = defineCollection({
  // The site's own pages (About, ...): content/pages/<lang>/<page>.mdx.
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/pages` }),
  schema: z.object({
    /** The page's language; must match the folder. */
    lang: z.enum(['en', 'ru']),
    /** The page's <h1> and title. */
    title: z.string().trim().min(1),
    /** A sentence for search results and link previews. */
    description: z.string().trim().min(1),
  }),
});

export const collections = { articles, authors, topics, names, pages };
