import type { PaginateFunction } from 'astro';
import { languages } from '../i18n/dictionary';
import { articlesIn, type Article } from './articles';
import { listPageSize } from '../lib/listPages';

/** Whether an article is listed on a topic's page. */
export const inTopic = (article: Article, topic: string): boolean =>
  article.data.topics.some((ref) => ref.id === topic);

/** Whether an article is listed on an author's page. */
export const byAuthor = (article: Article, author: string): boolean =>
  article.data.authors.some((ref) => ref.id === author);

/**
 * The static paths of paginated article lists, one list per entry (a topic,
 * an author) per language: `/<lang>/<section>/<entry>/`, `…/2/`, ….
 */
export async function paginatedLists<Entry extends { id: string }>(
  paginate: PaginateFunction,
  entries: Entry[],
  param: string,
  listed: (article: Article, entry: string) => boolean,
) {
  const pages = await Promise.all(
    languages.map(async (lang) => {
      const articles = await articlesIn(lang);
      return entries.flatMap((entry) =>
        paginate(
          articles.filter((article) => listed(article, entry.id)),
          { pageSize: listPageSize, params: { lang, [param]: entry.id }, props: { entry } },
        ),
      );
    }),
  );
  return pages.flat();
}
