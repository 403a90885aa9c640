/** What related-article selection needs to know of an article. */
export interface RelatedCandidate {
  slug: string;
  lang: string;
  topics: string[];
  seeAlso: string[];
  /** Publication time in milliseconds, for newest-first ordering. */
  published: number;
}

/**
 * What a reader should read next, in this order: the article's own "see
 * also" links (as the editor ordered them), then other articles sharing a
 * topic, most shared topics first, then newest. Never the article itself,
 * never an article missing in the reader's language, never one twice.
 */
export function relatedArticles<T extends RelatedCandidate>(
  article: RelatedCandidate,
  all: T[],
  limit = 4,
): T[] {
  const sameLang = all.filter(
    (other) => other.lang === article.lang && other.slug !== article.slug,
  );
  const bySlug = new Map(sameLang.map((other) => [other.slug, other]));
  const chosen = article.seeAlso.flatMap((slug) => bySlug.get(slug) ?? []);
  const taken = new Set(chosen.map((other) => other.slug));
  const shared = (other: RelatedCandidate) =>
    other.topics.filter((topic) => article.topics.includes(topic)).length;
  const byTopic = sameLang
    .filter((other) => !taken.has(other.slug) && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || b.published - a.published);
  return [...new Set([...chosen, ...byTopic])].slice(0, limit);
}
