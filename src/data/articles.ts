import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n/locales';
import { parseSeeAlso } from '../lib/slugs';
import type { BodyMetadata } from '../loaders/mdxLoader';
import type { Problem } from '../check/articleSource';
import { ContentError } from '../check/contentError';
import { newestFirst } from '../lib/newestFirst';
import { parseArticleId } from '../lib/urls';
import { isoDate, isoDay } from '../lib/publicationDate';
import { site } from '../config/site';
import {
  hasPage,
  isListed,
  publicationState,
  today,
  type PublicationState,
} from '../lib/publication';

/** An article entry as the content layer gives it. */
export type Article = CollectionEntry<'articles'>;

let checked: Promise<Article[]> | undefined;

/** An entry of an MDX collection, as far as its body goes. */
type WithBody = { id: string; rendered?: { metadata?: object } | undefined };

const bodyOf = (entry: WithBody) => entry.rendered?.metadata as BodyMetadata | undefined;

/**
 * What the content loader found wrong in an entry's own body: stored with the
 * entry, reported when the articles are read.
 */
export function storedProblems(entry: WithBody): Problem[] {
  return bodyOf(entry)?.problems ?? [];
}

/**
 * The HTML of an entry's body, with a marker where each body component
 * stands (see schemas/bodyMarkers.ts). The content loader keeps it in a
 * file of the cache folder, out of the content store, so a page reads only
 * its own body.
 */
export function bodyHtml(entry: WithBody): string {
  const file = bodyOf(entry)?.bodyFile;
  try {
    return file ? readFileSync(file, 'utf8') : '';
  } catch {
    throw new Error(
      `${entry.id}: the rendered body is gone from the cache folder (${file}); build again`,
    );
  }
}

/** How many words an entry's body has, as reading time counts them. */
export function bodyWords(entry: WithBody): number {
  return bodyOf(entry)?.words ?? 0;
}

/** The ids of the photos an entry's body places, in order: the first loads first. */
export function placedPhotos(entry: WithBody): string[] {
  return bodyOf(entry)?.photos ?? [];
}

/**
 * The articles, as the content loader stored them. The content check
 * (src/integrations/checkContent.ts) has already read every file as written
 * and checked it, alone and against the others, before Astro read the
 * content: a build stops there, and the dev server answers with the list.
 * What is left is what only the loader can find, rendering a body.
 */
async function loadCheckedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles');
  const problems = articles.flatMap(storedProblems);
  if (problems.length > 0) throw new ContentError(problems);
  return articles.filter((article) => hasPage(publicationStateOf(article), import.meta.env.DEV));
}

/** The day the build publishes as of, in the newsroom's time zone (see lib/publication.ts). */
const buildDay = today(site.timeZone, process.env.BUILD_DATE);

/**
 * Where an article stands on the day of the build: published, a draft,
 * scheduled for a later day, or withdrawn.
 */
export function publicationStateOf(article: Article): PublicationState {
  const { draft, published, republished, withdrawn } = article.data;
  return publicationState(
    {
      draft,
      published: isoDate(published),
      republished: republished && isoDay(republished),
      withdrawn,
    },
    buildDay,
  );
}

/** Whether an article is in lists, feeds, search and "read next": not when withdrawn, nor unpublished in a build. */
export const isListedArticle = (article: Article): boolean =>
  isListed(publicationStateOf(article), import.meta.env.DEV);

/**
 * The articles that have a page. Every page asks for this same promise, so
 * the collection is read and checked once, not once per page.
 */
export function getCheckedArticles(): Promise<Article[]> {
  checked ??= loadCheckedArticles();
  return checked;
}

const indexes = new WeakMap<Article[], Map<string, Article>>();

/**
 * Finds the article with this slug in this language, or undefined. Every
 * "see also" link asks, so each list is indexed once (a linear search per link
 * made the build quadratic in the number of articles).
 */
export function findArticle(articles: Article[], lang: Lang, slug: string): Article | undefined {
  let index = indexes.get(articles);
  if (!index) {
    index = new Map(articles.map((article) => [article.id, article]));
    indexes.set(articles, index);
  }
  return index.get(`${lang}/${slug}`);
}

/**
 * The article a "see also" or basedOn entry written in a `lang` article
 * names, and its language: `ru/slug` names the Russian edition, a bare
 * slug an article in `lang`.
 */
export function findLinkedArticle(
  articles: Article[],
  lang: Lang,
  entry: string,
): { article: Article | undefined; lang: Lang } {
  const { lang: other, slug } = parseSeeAlso(entry);
  const targetLang = other && isLang(other) ? other : lang;
  return { article: findArticle(articles, targetLang, slug), lang: targetLang };
}

const byLanguage = new Map<Lang, Promise<Article[]>>();

/** The listed articles of one language, newest first; sorted once per build. */
export function articlesIn(lang: Lang): Promise<Article[]> {
  let articles = byLanguage.get(lang);
  if (!articles) {
    articles = getCheckedArticles().then((all) =>
      newestFirst(
        all.filter(
          (article) => parseArticleId(article.id).lang === lang && isListedArticle(article),
        ),
      ),
    );
    byLanguage.set(lang, articles);
  }
  return articles;
}
