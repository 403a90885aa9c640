import type { ArticleFacts } from '../../src/check/articleIntegrity';

/** A file as an editor writes it: four lines of frontmatter, then the body. */
export const mdx = (body: string, frontmatter = 'lang: en\npublished: 2019-06'): string =>
  `---\n${frontmatter}\n---\n${body}`;

/** What the integrity checks know of an English article file, as `facts` change it. */
export function articleFacts(slug: string, facts: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    id: `en/${slug}`,
    filePath: `content/articles/en/${slug}.mdx`,
    source: mdx(''),
    lang: 'en',
    authors: ['newsroom'],
    topics: ['kazakhstan'],
    photos: [],
    quotes: [],
    seeAlso: [],
    speakers: [],
    ...facts,
  };
}
