/**
 * The form of every id that becomes part of an address (article file names,
 * photo and quote ids, "see also" slugs): lower-case words joined by hyphens.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A "see also" target: an article's slug in the same language, or
 * `<lang>/<slug>` for one that exists only in another language (the link then
 * says which language it is in).
 */
export const seeAlsoPattern = /^(?:([a-z]{2})\/)?([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A "see also" entry read as its language (when another) and slug. */
export function parseSeeAlso(entry: string): { lang: string | undefined; slug: string } {
  const [, lang, slug = entry] = seeAlsoPattern.exec(entry) ?? [];
  return { lang, slug };
}
