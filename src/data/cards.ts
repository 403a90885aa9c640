import type { CollectionEntry } from 'astro:content';
import type { Article } from './articles';

/** An article as a card or the front page's lead shows it: with its kicker. */
export interface Card {
  article: Article;
  /** Its first topic, shown over the headline; none when it is not among the topics given. */
  kicker: CollectionEntry<'topics'> | undefined;
}

/** The cards of articles, in their order, each kicker looked up among `topics`. */
export function cardsOf(articles: Article[], topics: CollectionEntry<'topics'>[]): Card[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  return articles.map((article) => ({
    article,
    kicker: byId.get(article.data.topics[0]?.id ?? ''),
  }));
}
