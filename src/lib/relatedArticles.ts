/** What related-article selection needs to know of an article. */
export interface RelatedCandidate {
  slug: string;
  lang: string;
  topics: string[];
  seeAlso: string[];
  /** Publication time in milliseconds, for newest-first ordering. */
  published: number;
}

/** Articles of one language that have exactly the same topics, newest first. */
interface TopicGroup<T> {
  topics: string[];
  members: T[];
}

/**
 * What a reader should read next, in this order: the article's own "see
 * also" links (as the editor ordered them), then other articles sharing a
 * topic, most shared topics first, then newest (then in the order given).
 * Never the article itself, never an article missing in the reader's
 * language, never one twice.
 *
 * Indexed once for all articles: each language's articles are grouped by
 * their set of topics, so choosing for one article looks at the groups (a
 * handful: topics come from a short list) rather than at every article,
 * and choosing for all of them is not quadratic in their number.
 */
export function relatedArticlesIndex<T extends RelatedCandidate>(
  all: T[],
  limit = 4,
): (article: RelatedCandidate) => T[] {
  const order = new Map(all.map((article, index) => [article, index]));
  const newestFirst = (a: T, b: T) => b.published - a.published || order.get(a)! - order.get(b)!;
  const languages = new Map<
    string,
    { bySlug: Map<string, T>; groups: Map<string, TopicGroup<T>> }
  >();
  for (const article of all) {
    let language = languages.get(article.lang);
    if (!language) {
      language = { bySlug: new Map(), groups: new Map() };
      languages.set(article.lang, language);
    }
    language.bySlug.set(article.slug, article);
    const key = JSON.stringify(article.topics);
    const group = language.groups.get(key) ?? { topics: article.topics, members: [] };
    group.members.push(article);
    language.groups.set(key, group);
  }
  for (const { groups } of languages.values()) {
    for (const group of groups.values()) group.members.sort(newestFirst);
  }

  return (article) => {
    const language = languages.get(article.lang);
    if (!language) return [];
    const chosen = [
      ...new Set(
        article.seeAlso.flatMap((slug) => {
          const other = language.bySlug.get(slug);
          return other && other.slug !== article.slug ? [other] : [];
        }),
      ),
    ];
    const taken = new Set([article.slug, ...chosen.map((other) => other.slug)]);
    const byShared = new Map<number, TopicGroup<T>[]>();
    for (const group of language.groups.values()) {
      const shared = group.topics.filter((topic) => article.topics.includes(topic)).length;
      if (shared > 0) byShared.set(shared, [...(byShared.get(shared) ?? []), group]);
    }
    const related = chosen.slice(0, limit);
    for (const shared of [...byShared.keys()].sort((a, b) => b - a)) {
      const need = limit - related.length;
      if (need <= 0) break;
      // The first `need` of each group at this level, merged newest first.
      const heads = byShared.get(shared)!.flatMap((group) => {
        const eligible: T[] = [];
        for (const member of group.members) {
          if (eligible.length === need) break;
          if (!taken.has(member.slug)) eligible.push(member);
        }
        return eligible;
      });
      related.push(...heads.sort(newestFirst).slice(0, need));
    }
    return related;
  };
}

/** What to read after one article, among `all`: see relatedArticlesIndex. */
export function relatedArticles<T extends RelatedCandidate>(
  article: RelatedCandidate,
  all: T[],
  limit = 4,
): T[] {
  return relatedArticlesIndex(all, limit)(article);
}
