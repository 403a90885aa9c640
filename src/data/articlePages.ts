import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { languages, type Lang } from '../i18n/dictionary';
import { articleCounterparts } from '../lib/counterparts';
import { relatedArticlesIndex } from '../lib/relatedArticles';
import { parseArticleId } from '../lib/urls';
import {
  findArticle,
  findLinkedArticle,
  getCheckedArticles,
  isListedArticle,
  publicationStateOf,
} from './articles';
import { pageCacheKey } from './pageCacheKey';

async function listArticlePages() {
  const [articles, authors, topics] = await Promise.all([
    getCheckedArticles(),
    getCollection('authors'),
    getCollection('topics'),
  ]);
  // Each article's facts for the related-articles choice, worked out once for all pages.
  const candidates = articles.map((article) => ({
    ...parseArticleId(article.id),
    article,
    topics: article.data.topics.map((topic) => topic.id),
    seeAlso: article.data.seeAlso,
    published: article.data.published.date.getTime(),
  }));
  // The languages each article is written in: its language switch and hreflang lead there.
  const editions = new Map<string, Set<Lang>>();
  for (const { lang, slug } of candidates) {
    editions.set(slug, (editions.get(slug) ?? new Set<Lang>()).add(lang));
  }
  // "Read next" offers only what lists offer: no withdrawn article.
  const relatedTo = relatedArticlesIndex(
    candidates.filter((candidate) => isListedArticle(candidate.article)),
  );
  return candidates.map((candidate) => {
    const { lang, slug, article } = candidate;
    const related = relatedTo(candidate).map((other) => other.article);
    const counterparts = articleCounterparts(slug, editions.get(slug)!);
    const linked = [...article.data.seeAlso, article.data.basedOn ?? []]
      .flat()
      .map((entry) => findLinkedArticle(articles, lang, entry).article);
    // Its editions in every language: translations and how up to date this one is.
    const editionsOf = languages.map((other) => findArticle(articles, other, slug));
    return {
      params: { lang, slug },
      props: { article, lang, all: articles, related, counterparts },
      // The next build reuses this page while nothing it shows has changed:
      // the article and its other editions, the articles it links to and
      // lists, bylines and topics, where it stands on the day of the build
      // (scheduled articles appear on theirs), and where error reports go
      // (set at build time, not in the code).
      cacheKey: pageCacheKey(
        [article, ...editionsOf, ...linked, ...related, ...authors, ...topics],
        counterparts,
        publicationStateOf(article),
        site.corrections,
      ),
    };
  });
}

/** An article edition's page: its address, what it is made from, and the key of its reuse. */
export type ArticlePage = Awaited<ReturnType<typeof listArticlePages>>[number];

let pages: Promise<ArticlePage[]> | undefined;

/**
 * Every article edition that has a page, as the article route generates
 * them (the only place that knows which articles have pages); the route of
 * the articles' one-file copies takes them from here too. Worked out once
 * per build.
 */
export function articlePages(): Promise<ArticlePage[]> {
  pages ??= listArticlePages();
  return pages;
}
