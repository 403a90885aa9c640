import { isLang, languages, type Lang } from '../i18n/locales';
import { slugPattern } from './slugs';

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
  if (!slugPattern.test(slug)) {
    throw new Error(
      `articlePath: expected a slug of lower-case words joined by hyphens, got "${slug}"`,
    );
  }
  return `/${lang}/articles/${slug}/`;
}

/**
 * The address of an article file's page (`<lang folder>/<name>.mdx`), or
 * undefined where its folder is no language of the site or its name no
 * address (the content check says so to the editor).
 */
export function articlePathOf(lang: string, name: string): string | undefined {
  return isLang(lang) && slugPattern.test(name) ? articlePath(lang, name) : undefined;
}

/** A topic's page, listing its articles: `/en/topics/<id>/`. */
export function topicPath(lang: Lang, topic: string): string {
  return `/${lang}/topics/${topic}/`;
}

/** The list of all topics: `/en/topics/`. */
export function topicsPath(lang: Lang): string {
  return `/${lang}/topics/`;
}

/** An author's page, with their articles: `/en/authors/<id>/`. */
export function authorPath(lang: Lang, author: string): string {
  return `/${lang}/authors/${author}/`;
}

/** The About page: `/en/about/`. */
export function aboutPath(lang: Lang): string {
  return `/${lang}/about/`;
}

/**
 * One of the site's own pages, from its file `content/pages/<lang folder>/<name>.mdx`:
 * `/en/about/`.
 */
export function sitePagePath(lang: string, name: string): string {
  return `/${lang}/${name}/`;
}

/** The RSS feed of one edition: `/en/rss.xml`. */
export function feedPath(lang: Lang): string {
  return `/${lang}/rss.xml`;
}

/**
 * Splits a collection id such as `en/some-story` into its language and slug.
 * The folder must be a language of the site: the integrity check has said so
 * to the editor already, so anything else here is a mistake in the code.
 */
export function parseArticleId(id: string): { lang: Lang; slug: string } {
  const [lang, slug, ...rest] = id.split('/');
  if (!isLang(lang) || !slug || rest.length > 0) {
    throw new Error(
      `parseArticleId: expected "<language>/<slug>" with a language of the site (${languages.join(', ')}), got "${id}"`,
    );
  }
  return { lang, slug };
}

/** The address of an article's page, from its collection id: `/en/articles/<slug>/`. */
export function articleHref(article: { id: string }): string {
  const { lang, slug } = parseArticleId(article.id);
  return articlePath(lang, slug);
}

/** The offline page of one edition, shown by the service worker: `/en/offline/`. */
export function offlinePath(lang: Lang): string {
  return `/${lang}/offline/`;
}

/** The not-found page of one edition: `/en/404/`. */
export function notFoundPath(lang: Lang): string {
  return `/${lang}/404/`;
}

/** The search page of one language's edition: `/en/search/`. */
export function searchPath(lang: Lang): string {
  return `/${lang}/search/`;
}

/**
 * An article page's address read back: `/en/articles/<slug>/` gives its
 * language and slug; any other path (another page, a folder below an
 * article, a language the site does not have) gives undefined.
 */
export function parseArticlePath(path: string): { lang: Lang; slug: string } | undefined {
  const [, lang, slug] = /^\/([^/]+)\/articles\/([^/]+)\/$/.exec(path) ?? [];
  return isLang(lang) && slug ? { lang, slug } : undefined;
}

/** The name of an article's one-file copy before its `.html`: `<slug>.<lang>`. */
export function oneFileStem(lang: Lang, slug: string): string {
  return `${slug}.${lang}`;
}

/**
 * The file name of an article's one-file copy: `<slug>.<lang>.html`. It says
 * which article and which edition it is wherever the file goes.
 */
export function oneFileName(lang: Lang, slug: string): string {
  return `${oneFileStem(lang, slug)}.html`;
}

/**
 * An article edition's one-file copy, beside its page (whose address it
 * extends, so a copy of the page's folder has it too):
 * `/en/articles/<slug>/<slug>.en.html`.
 */
export function oneFilePath(lang: Lang, slug: string): string {
  return `${articlePath(lang, slug)}${oneFileName(lang, slug)}`;
}
