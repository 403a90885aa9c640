import { describe, expect, it } from 'vitest';
import {
  relatedArticles,
  relatedArticlesIndex,
  type RelatedCandidate,
} from '../../src/lib/relatedArticles';

const article = (
  slug: string,
  topics: string[],
  published: number,
  seeAlso: string[] = [],
  lang = 'en',
): RelatedCandidate => ({ slug, lang, topics, seeAlso, published });

const lead = article('lead', ['kz', 'youth', 'elections'], 10, ['brief-b', 'brief-a']);
const corpus = [
  lead,
  article('brief-a', ['kz'], 1),
  article('brief-b', ['sport'], 2),
  article('two-topics-old', ['kz', 'youth'], 3),
  article('one-topic-new', ['elections'], 9),
  article('one-topic-old', ['kz'], 4),
  article('unrelated', ['sport'], 20),
  article('russian-only', ['kz', 'youth', 'elections'], 30, [], 'ru'),
];

describe('relatedArticles', () => {
  it.each([
    [
      'see-also first in editor order, then by shared topics, then newest',
      lead,
      10,
      ['brief-b', 'brief-a', 'two-topics-old', 'one-topic-new', 'one-topic-old'],
    ],
    ['cut to the limit', lead, 3, ['brief-b', 'brief-a', 'two-topics-old']],
    [
      'without see-also, topic matches only',
      article('brief-a', ['kz'], 1),
      10,
      ['lead', 'one-topic-old', 'two-topics-old'],
    ],
    ['nothing shared, nothing listed', article('unrelated', ['none'], 20), 10, []],
    [
      'a see-also missing in this language is skipped',
      article('x', [], 1, ['russian-only', 'brief-a']),
      10,
      ['brief-a'],
    ],
    [
      'never the article itself, even if it lists itself',
      article('lead', ['kz'], 10, ['lead']),
      10,
      ['one-topic-old', 'two-topics-old', 'brief-a'],
    ],
    [
      'only articles in the reader’s language',
      article('ru-lead', ['kz'], 1, [], 'ru'),
      10,
      ['russian-only'],
    ],
    [
      'a see-also that also shares a topic is listed once',
      article('y', ['kz'], 1, ['one-topic-old']),
      10,
      ['one-topic-old', 'lead', 'two-topics-old', 'brief-a'],
    ],
  ])('%s', (_, subject, limit, expected) => {
    expect(relatedArticles(subject, corpus, limit).map((other) => other.slug)).toEqual(expected);
  });
});

describe('relatedArticlesIndex', () => {
  // The choice as first written: every article compared with every other.
  // Right, but quadratic in the number of articles; the index must agree with it.
  function byComparingAll(subject: RelatedCandidate, all: RelatedCandidate[], limit: number) {
    const sameLang = all.filter(
      (other) => other.lang === subject.lang && other.slug !== subject.slug,
    );
    const bySlug = new Map(sameLang.map((other) => [other.slug, other]));
    const chosen = subject.seeAlso.flatMap((slug) => bySlug.get(slug) ?? []);
    const taken = new Set(chosen.map((other) => other.slug));
    const shared = (other: RelatedCandidate) =>
      other.topics.filter((topic) => subject.topics.includes(topic)).length;
    const byTopic = sameLang
      .filter((other) => !taken.has(other.slug) && shared(other) > 0)
      .sort((a, b) => shared(b) - shared(a) || b.published - a.published);
    return [...new Set([...chosen, ...byTopic])].slice(0, limit);
  }

  it('chooses what comparing every article with every other chooses, ties included', () => {
    // A seeded corpus with few topics and few dates, so ties are everywhere.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const topics = ['a', 'b', 'c', 'd', 'e'];
    const corpus = Array.from({ length: 300 }, (_, index) =>
      article(
        `s${index % 150}`,
        Array.from({ length: 1 + next(3) }, () => topics[next(5)]!),
        next(12),
        Array.from({ length: next(3) }, () => `s${next(160)}`),
        index < 150 ? 'en' : 'ru',
      ),
    );
    for (const limit of [1, 4, 9]) {
      const relatedTo = relatedArticlesIndex(corpus, limit);
      for (const subject of corpus) {
        expect(relatedTo(subject)).toEqual(byComparingAll(subject, corpus, limit));
      }
    }
  });
});
