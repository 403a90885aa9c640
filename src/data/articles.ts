import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/dictionary';
import { articleIntegrityProblems } from './articleIntegrity';
import { newestFirst } from '../lib/newestFirst';
import { parseArticleId } from '../lib/urls';
import { isoDate } from '../schemas/publicationDate';
import { site } from '../config/site';
import {
  hasPage,
  isListed,
  publicationState,
  today,
  type ChangeDates,
  type PublicationState,
} from '../lib/publication';

/** An article entry as the content layer gives it. */
export type Article = CollectionEntry<'articles'>;

/** Thrown when content breaks a rule; the message lists every problem, one per line. */
class ContentError extends Error {
  override name = 'ContentError';
}

let checked: Promise<Article[]> | undefined;

/**
 * The file as the editor wrote it. The entry holds the frontmatter only as
 * parsed (where 2019-02-30 has already become 2 March) and the body trimmed
 * (so its line numbers are not the file's). filePath is relative to the
 * project root, which is where builds and the dev server run.
 */
function sourceOf(entry: Article): string {
  return entry.filePath ? readFileSync(entry.filePath, 'utf8') : (entry.body ?? '');
}

async function loadCheckedArticles(): Promise<Article[]> {
  const [articles, authors, topics, names] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('topics'),
    getCollection('names'),
  ]);
  const people = names.filter((name) => name.data.kind === 'person');
  const problems = articleIntegrityProblems(
    articles.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      source: sourceOf(entry),
      lang: entry.data.lang,
      authors: entry.data.authors.map((author) => author.id),
      topics: entry.data.topics.map((topic) => topic.id),
      photos: entry.data.photos.map((photo) => photo.id),
      quotes: entry.data.quotes.map((quote) => quote.id),
      seeAlso: entry.data.seeAlso,
      basedOn: entry.data.basedOn,
      translation: entry.data.translation && {
        from: entry.data.translation.from,
        by: entry.data.translation.by.map((translator) => translator.id),
      },
      speakers: entry.data.quotes.map((quote) => quote.speaker),
      published: isoDate(entry.data.published),
      events: entry.data.events && isoDate(entry.data.events),
      lead: entry.data.lead,
      draft: entry.data.draft,
      withdrawn: entry.data.withdrawn !== undefined,
      renamedFrom: entry.data.renamedFrom,
    })),
    {
      authors: new Set(authors.map((author) => author.id)),
      topics: new Set(topics.map((topic) => topic.id)),
      people: {
        en: new Set(people.map((person) => person.data.en)),
        ru: new Set(people.map((person) => person.data.ru)),
      },
    },
  );
  if (problems.length > 0) {
    throw new ContentError(
      `${problems.length} problem(s) in the articles:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return articles.filter((article) => hasPage(publicationStateOf(article), import.meta.env.DEV));
}

/** The day the build publishes as of, in the newsroom's time zone (see lib/publication.ts). */
const buildDay = today(site.timeZone, process.env.BUILD_DATE);

/**
 * Where an article stands on the day of the build: published, a draft,
 * scheduled for a later day, or withdrawn.
 */
export function publicationStateOf(article: Article): PublicationState {
  const { draft, published, withdrawn } = article.data;
  return publicationState({ draft, published: isoDate(published), withdrawn }, buildDay);
}

/** Whether an article is in lists, feeds, search and "read next": not when withdrawn, nor unpublished in a build. */
export const isListedArticle = (article: Article): boolean =>
  isListed(publicationStateOf(article), import.meta.env.DEV);

/**
 * The articles that have a page, checked once per build for what the schema cannot check
 * (references that must resolve, body components that must match
 * frontmatter). Every page asks for this same promise, so the collection is
 * read and checked once, not once per page.
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

/** The dates at which an edition changed, for telling readers of an outdated translation. */
export function changeDatesOf(article: Article): ChangeDates {
  const { published, updated, corrections } = article.data;
  return {
    published: isoDate(published),
    updated: updated && isoDate(updated),
    corrections: corrections.map(({ date }) => date.toISOString().slice(0, 10)),
  };
}
