import type { Article } from './articles';
import { findLinkedArticle, placedPhotos } from './articles';
import { articleHref } from '../lib/urls';
import type { Lang } from '../i18n/locales';

/** A "see also" target as the body links to it. */
export interface SeeAlsoLink {
  headline: string;
  href: string;
  /** The target's language, where it is not the page's (`seeAlso: [ru/x]`). */
  lang?: Lang | undefined;
}

/**
 * What the components placed in an article's body (<Photo>, <PullQuote>,
 * <SeeAlso>) look their `id` up in. The page puts it in Astro.locals before
 * rendering the body, so editors write only an id.
 */
export interface ArticleContext {
  lang: Lang;
  photos: Map<string, Article['data']['photos'][number]>;
  quotes: Map<string, Article['data']['quotes'][number]>;
  seeAlso: Map<string, SeeAlsoLink>;
  /** The photo that loads first, with high priority. */
  firstPhotoId: string | undefined;
}

/** Builds the body components' context for one article. */
export function articleContext(article: Article, all: Article[], lang: Lang): ArticleContext {
  const seeAlso = new Map<string, SeeAlsoLink>();
  for (const entry of article.data.seeAlso) {
    const { article: target, lang: targetLang } = findLinkedArticle(all, lang, entry);
    // Integrity checks have already failed the build when a target is missing.
    if (target) {
      seeAlso.set(entry, {
        headline: target.data.headline,
        href: articleHref(target),
        lang: targetLang === lang ? undefined : targetLang,
      });
    }
  }
  return {
    lang,
    photos: new Map(article.data.photos.map((photo) => [photo.id, photo])),
    quotes: new Map(article.data.quotes.map((quote) => [quote.id, quote])),
    seeAlso,
    firstPhotoId: placedPhotos(article)[0],
  };
}
