/**
 * What an article's page needs of the other articles, worked out once for
 * all pages in getStaticPaths and for each page as it renders: its editions
 * in other languages, "Read next", the brief's source, how far a translation
 * is behind its original, and what the next build may reuse it by. Pure
 * functions of the entries, so they are unit-tested without a build.
 */
import type { CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/locales';
import { articleCounterparts, type Counterparts } from '../lib/counterparts';
import { changeDates, noteLanguage, outdatedSince } from '../lib/publication';
import type { PublicationDate } from '../lib/publicationDate';
import { relatedArticlesIndex } from '../lib/relatedArticles';
import { articleHref, parseArticleId } from '../lib/urls';
import type { SeeAlsoLink } from './articleContext';
import {
  findArticle,
  findLinkedArticle,
  isListedArticle,
  publicationStateOf,
  type Article,
} from './articles';
import { cardsOf, type Card } from './cards';
import { pageCacheKey } from './pageCacheKey';

/** One article page, as getStaticPaths gives it. */
export interface ArticlePagePath {
  params: { lang: Lang; slug: string };
  props: {
    article: Article;
    lang: Lang;
    /** Every article with a page: what the body's links and notes look up. */
    all: Article[];
    /** "Read next", chosen once for all pages, each with its kicker. */
    related: Card[];
    /** The article in every language. */
    counterparts: Counterparts;
  };
  /** Reused by the next build while nothing the page shows has changed. */
  cacheKey: string;
}

/**
 * The article pages: one per article with a page (drafts and later ones only
 * in `npm run dev`), each with its counterparts, "Read next" and cache key.
 * `more` is what else every article page shows (where error reports go).
 */
export function articlePagePaths(
  articles: Article[],
  authors: CollectionEntry<'authors'>[],
  topics: CollectionEntry<'topics'>[],
  ...more: unknown[]
): ArticlePagePath[] {
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
      props: { article, lang, all: articles, related: cardsOf(related, topics), counterparts },
      // The next build reuses this page while nothing it shows has changed:
      // the article and its other editions, the articles it links to and
      // lists, bylines and topics, where it stands on the day of the build
      // (scheduled articles appear on theirs), and what else it shows.
      cacheKey: pageCacheKey(
        [article, ...editionsOf, ...linked, ...related, ...authors, ...topics],
        counterparts,
        publicationStateOf(article),
        ...more,
      ),
    };
  });
}

/** What a page says of an article's other editions and of what it is written from. */
export interface ArticleRelations {
  /** The other editions that are translations of this one, for structured data. */
  translations: Lang[];
  /** The article a brief is written from, where it is one. */
  basedOn: (SeeAlsoLink & { published: PublicationDate }) | undefined;
  /** For a translation behind its original: the original's language, and when it last changed. */
  outdated: { from: Lang; since: string } | undefined;
}

/** An article's relations to the other articles with a page (see ArticleRelations). */
export function articleRelations(article: Article, all: Article[]): ArticleRelations {
  const { lang, slug } = parseArticleId(article.id);
  const { translation, basedOn: basedOnSlug } = article.data;
  const translations = languages.filter(
    (other) => other !== lang && findArticle(all, other, slug)?.data.translation?.from === lang,
  );
  const source = basedOnSlug ? findArticle(all, lang, basedOnSlug) : undefined;
  const basedOn = source && {
    headline: source.data.headline,
    href: articleHref(source),
    published: source.data.published,
  };
  // An edition behind its original says so: the edition it is translated
  // from, or else the first language's, which the newsroom writes first (the
  // content check refuses the note on an edition that is no translation).
  const first = languages[0];
  const from = noteLanguage(
    lang,
    translation?.from,
    first,
    findArticle(all, first, slug)?.data.translation?.from,
  );
  const original = from && findArticle(all, from, slug);
  const since = original && outdatedSince(changeDates(article.data), changeDates(original.data));
  return { translations, basedOn, outdated: from && since ? { from, since } : undefined };
}
