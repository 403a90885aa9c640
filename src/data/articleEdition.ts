import { getEntries, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { readingMinutes } from '../lib/readingTime';
import { articleRelations, type ArticleRelations } from './articlePage';
import { bodyWords, type Article } from './articles';

/** What an article edition shows besides its own text, resolved from the other entries. */
export interface ArticleEdition extends ArticleRelations {
  /** Its authors, in byline order. */
  authors: CollectionEntry<'authors'>[];
  /** Its topics, in frontmatter order. */
  topics: CollectionEntry<'topics'>[];
  /** For a translated edition: the language it was translated from, and the translators. */
  translation: { from: Lang; by: CollectionEntry<'authors'>[] } | undefined;
  /** Minutes it takes to read the body. */
  minutes: number;
}

/**
 * What the page of an article edition, and its one-file copy, show of other
 * entries: bylines, topics, translators, and its relations to the other
 * articles (articlePage.ts).
 */
export async function articleEdition(
  article: Article,
  lang: Lang,
  all: Article[],
): Promise<ArticleEdition> {
  const { translation } = article.data;
  const [authors, topics, translators] = await Promise.all([
    getEntries(article.data.authors),
    getEntries(article.data.topics),
    translation ? getEntries(translation.by) : [],
  ]);
  return {
    authors,
    topics,
    translation: translation && { from: translation.from, by: translators },
    ...articleRelations(article, all),
    minutes: readingMinutes(bodyWords(article), lang),
  };
}
