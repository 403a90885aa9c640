import { getEntries, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/dictionary';
import { outdatedSince } from '../lib/publication';
import { readingMinutesFor } from '../lib/readingTime';
import { articleHref, parseArticleId } from '../lib/urls';
import type { PublicationDate } from '../schemas/publicationDate';
import { bodyWords, changeDatesOf, findArticle, type Article } from './articles';

/** What an article edition shows besides its own text, resolved from the other entries. */
export interface ArticleEdition {
  /** Its authors, in byline order. */
  authors: CollectionEntry<'authors'>[];
  /** Its topics, in frontmatter order. */
  topics: CollectionEntry<'topics'>[];
  /** For a translated edition: the language it was translated from, and the translators. */
  translation: { from: Lang; by: CollectionEntry<'authors'>[] } | undefined;
  /** The other editions that are translations of this one. */
  translations: Lang[];
  /** The article this brief is built from, where it is one. */
  basedOn: { headline: string; href: string; published: PublicationDate } | undefined;
  /** For a translation behind its original: when the original last changed. */
  outdatedSince: string | undefined;
  /** Minutes it takes to read the body. */
  minutes: number;
}

/**
 * What the page of an article edition, and its one-file copy, show of other
 * entries: bylines, topics, translators, the article a brief is based on, and
 * whether this edition is behind the one it translates.
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
  const { slug } = parseArticleId(article.id);
  const translations = languages.filter(
    (other) => other !== lang && findArticle(all, other, slug)?.data.translation?.from === lang,
  );
  const basedOnTarget = article.data.basedOn
    ? findArticle(all, lang, article.data.basedOn)
    : undefined;
  // An edition behind its original says so: the edition it is translated from,
  // or else the English one, which the newsroom writes first.
  const originalLang = translation?.from ?? (lang === languages[0] ? undefined : languages[0]);
  const original = originalLang && findArticle(all, originalLang, slug);
  return {
    authors,
    topics,
    translation: translation && { from: translation.from, by: translators },
    translations,
    basedOn: basedOnTarget && {
      headline: basedOnTarget.data.headline,
      href: articleHref(basedOnTarget),
      published: basedOnTarget.data.published,
    },
    outdatedSince: original
      ? outdatedSince(changeDatesOf(article), changeDatesOf(original))
      : undefined,
    minutes: readingMinutesFor(bodyWords(article), lang),
  };
}
