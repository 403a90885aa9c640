import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedCandidate } from '../../src/lib/relatedArticles';

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
