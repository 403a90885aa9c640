/**
 * The form of every id that becomes part of an address (article file names,
 * photo and quote ids, "see also" slugs): lower-case words joined by hyphens.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
