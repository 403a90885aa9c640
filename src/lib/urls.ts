import type { Lang } from '../i18n/dictionary';

/**
 * URL paths of the site's pages. Pure functions of their arguments, so every
 * link is built the same way and tested in one table. Paths end in a slash,
 * as the build writes each page as <path>/index.html.
 */

/** The front page of one language's edition: `/en/`. */
export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

/** An article in one language: `/en/articles/<slug>/`. */
export function articlePath(lang: Lang, slug: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `articlePath: expected a slug of lower-case words joined by hyphens, got "${slug}"`,
    );
  }
  return `/${lang}/articles/${slug}/`;
}

/** Splits a collection id such as `en/some-story` into its language folder and slug. */
export function parseArticleId(id: string): { lang: string; slug: string } {
  const [lang = '', slug = ''] = id.split('/');
  return { lang, slug };
}
