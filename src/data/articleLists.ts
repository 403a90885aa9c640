import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { languages, type Lang } from '../i18n/locales';
import { listCounterparts } from '../lib/counterparts';
import { listPageSize } from '../lib/listPages';
import { articlesIn, type Article } from './articles';
import { cardsOf } from './cards';
import { pageCacheKey } from './pageCacheKey';

/** Whether an article is listed on a topic's page. */
export const inTopic = (article: Article, topic: string): boolean =>
  article.data.topics.some((ref) => ref.id === topic);

/** Whether an article is listed on an author's page. */
export const byAuthor = (article: Article, author: string): boolean =>
  article.data.authors.some((ref) => ref.id === author);

/**
 * The static paths of paginated article lists, one list per entry (a topic,
 * an author) per language: `/<lang>/<section>/<entry>/`, `…/2/`, …. Every
 * entry has its list in every language, so each page's counterparts are the
 * same page of the same list, or its first page where the list is shorter.
 */
export async function paginatedLists<Entry extends { id: string; data: object }>(
  paginate: PaginateFunction,
  entries: Entry[],
  param: string,
  listed: (article: Article, entry: string) => boolean,
) {
  // Each card's kicker is its article's first topic.
  const topics = await getCollection('topics');
  const byLang = await Promise.all(
    languages.map(async (lang) => {
      const articles = await articlesIn(lang);
      return entries.map((entry) =>
        paginate(
          cardsOf(
            articles.filter((article) => listed(article, entry.id)),
            topics,
          ),
          { pageSize: listPageSize, params: { lang, [param]: entry.id }, props: { entry, lang } },
        ),
      );
    }),
  );
  const addresses = (index: number) =>
    Object.fromEntries(
      languages.map((lang, l) => [
        lang,
        byLang[l]![index]!.map((path) => path.props.page.url.current),
      ]),
    ) as Record<Lang, string[]>;
  return entries.flatMap((_, index) => {
    const pages = addresses(index);
    return byLang.flatMap((lists) =>
      lists[index]!.map((path) => {
        const { page, entry } = path.props;
        const counterparts = listCounterparts(pages, page.currentPage);
        const { data, ...position } = page;
        return {
          ...path,
          props: { ...path.props, counterparts },
          // Reused by the next build while the articles it lists, their
          // kickers, the list's name and its place among its pages are the same.
          cacheKey: pageCacheKey(
            [entry, ...data.map((card) => card.article), ...topics],
            position,
            counterparts,
          ),
        };
      }),
    );
  });
}
