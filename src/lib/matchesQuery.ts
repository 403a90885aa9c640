/** A word reduced to what search compares: lower case, no accents or punctuation. */
function bare(word: string, lang: string): string {
  return word
    .toLocaleLowerCase(lang)
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether the words a search result marked as matches really match the
 * query. When a query word is not in the index at all, Pagefind falls back to
 * the longest prefix of it that is (Pagefind/pagefind#315, #793): «вестник»
 * finds every «в», "artery" every "a". A real match, stemmed or typed in part,
 * shares at least half of a query word; such a fallback does not. No marked
 * words means nothing to judge: the result is kept.
 */
export function matchesQuery(marked: string[], query: string, lang: string): boolean {
  const terms = query
    .split(/\s+/)
    .map((term) => bare(term, lang))
    .filter(Boolean);
  const words = marked.map((word) => bare(word, lang)).filter(Boolean);
  if (words.length === 0 || terms.length === 0) return true;
  return words.some((word) =>
    terms.some((term) => sharedPrefixLength(word, term) >= Math.ceil(term.length / 2)),
  );
}
