import type { Article } from './articles';
import { findLinkedArticle, placedPhotos } from './articles';
import { articleHref } from '../lib/urls';
import type { Lang } from '../i18n/locales';
import {
  bodyComponentNames,
  bodyComponents,
  type BodyComponent,
  type BodyList,
} from '../schemas/bodyComponents';

/** A "see also" target as the body links to it. */
export interface SeeAlsoLink {
  headline: string;
  href: string;
  /** The target's language, where it is not the page's (`seeAlso: [ru/x]`). */
  lang?: Lang | undefined;
  /** The target was withdrawn: the link leads to its notice, and says so. */
  withdrawn?: true | undefined;
}

/** The list a body component draws from. */
type ListOf<Name extends BodyComponent> = (typeof bodyComponents)[Name]['list'];

/**
 * What a body component's id names, as the component renders it: the list's
 * entry (a photo, a quote), or for a list of articles, the link to one.
 */
export type BodyEntry<Name extends BodyComponent> =
  (typeof bodyComponents)[Name]['refersTo'] extends 'article'
    ? SeeAlsoLink
    : Article['data'][ListOf<Name>][number];

/**
 * What the components placed in an article's body (bodyComponents.ts) look
 * their `id` up in: each list's entries by id. The page puts it in
 * Astro.locals before rendering the body, so editors write only an id.
 */
export type ArticleContext = {
  lang: Lang;
  /** The photo that loads first, with high priority. */
  firstPhotoId: string | undefined;
} & { [Name in BodyComponent as ListOf<Name>]: Map<string, BodyEntry<Name>> };

/** The entries of a list of articles, by the entry that names each: the links to them. */
function articleLinks(article: Article, all: Article[], lang: Lang, list: BodyList) {
  const links = new Map<string, SeeAlsoLink>();
  for (const entry of article.data[list] as readonly string[]) {
    const { article: target, lang: targetLang } = findLinkedArticle(all, lang, entry);
    // Integrity checks have already failed the build when a target is missing.
    if (target) {
      links.set(entry, {
        headline: target.data.headline,
        href: articleHref(target),
        lang: targetLang === lang ? undefined : targetLang,
        withdrawn: target.data.withdrawn !== undefined || undefined,
      });
    }
  }
  return links;
}

/** Builds the body components' context for one article. */
export function articleContext(article: Article, all: Article[], lang: Lang): ArticleContext {
  const lists = Object.fromEntries(
    bodyComponentNames.map((name) => {
      const { list, refersTo } = bodyComponents[name];
      const entries = article.data[list] as readonly { id: string }[];
      return [
        list,
        refersTo === 'article'
          ? articleLinks(article, all, lang, list)
          : new Map(entries.map((entry) => [entry.id, entry])),
      ];
    }),
  );
  return { lang, firstPhotoId: placedPhotos(article)[0], ...lists } as ArticleContext;
}
