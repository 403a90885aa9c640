import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir } from './config/contentDir';
import { articlePathOf, sitePagePath } from './lib/urls';
import { mdxLoader } from './loaders/mdxLoader';
import { bodyComponentLists } from './schemas/bodyComponents';
import { articleSchema } from './schemas/articleSchema';
import { authorSchema, nameSchema, pageSchema, topicSchema } from './schemas/dataSchemas';

// The collections: where each is read from, and its schema (in src/schemas/).

/** An article's authors and topics: entries of the collections below. */
const author = reference('authors');
const topic = reference('topics');

const articles = defineCollection({
  // One file per article per language: content/articles/<lang>/<slug>.mdx. The
  // translations of an article share a slug, so they pair by construction.
  // The id is the path as written (<lang>/<name>): Astro's glob loader
  // lower-cased the name, turned spaces into hyphens and obeyed a frontmatter
  // `slug`, so "Some Story.mdx" and some-story.mdx got one id and Astro built
  // one of them with only a warning. Kept apart, the odd name is refused by the
  // integrity check, which names both files (see check/articleIntegrity.ts).
  loader: mdxLoader({
    base: `${contentDir}/articles`,
    components: bodyComponentLists,
    articles: `${contentDir}/articles`,
    pagePath: articlePathOf,
  }),
  // Astro calls this once per entry (its image() is the entry's); the references
  // are the same for every entry, so they are made once.
  schema: ({ image }) => articleSchema({ image, author, topic }),
});

const authors = defineCollection({
  loader: file(`${contentDir}/authors.json`),
  schema: authorSchema,
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.json`),
  schema: topicSchema,
});

const names = defineCollection({
  loader: file(`${contentDir}/names.json`),
  schema: nameSchema,
});

const pages = defineCollection({
  // The site's own pages (About, ...): content/pages/<lang>/<page>.mdx, Markdown only.
  loader: mdxLoader({
    base: `${contentDir}/pages`,
    components: {},
    articles: `${contentDir}/articles`,
    pagePath: sitePagePath,
  }),
  schema: pageSchema,
});

export const collections = { articles, authors, topics, names, pages };
