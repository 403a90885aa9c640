import type { Lang } from '../i18n/locales';

/** What an author entry says of its name (content/authors.json). */
interface AuthorName {
  name: Record<Lang, string>;
  inText?: { [L in Lang]?: string | undefined } | undefined;
}

/**
 * An author's name as it stands inside a sentence or after a label (a
 * byline, a credit): its `inText` form where the language has one
 * («редакция CABAR.asia»), else its name.
 */
export const nameInText = (author: AuthorName, lang: Lang): string =>
  author.inText?.[lang] ?? author.name[lang];
