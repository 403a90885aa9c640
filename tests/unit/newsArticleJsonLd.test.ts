import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, type NewsArticleFacts } from '../../src/lib/newsArticleJsonLd';

const site = 'https://steppe-bulletin.example';
const newsroom = {
  name: 'Редакция «Степного вестника»',
  url: `${site}/ru/authors/bulletin-newsroom/`,
  kind: 'organization' as const,
};
const facts: NewsArticleFacts = {
  url: `${site}/ru/articles/lead/`,
  headline: 'О чём говорят протестные настроения в Казахстане?',
  description: 'Неудивительно…',
  images: [`${site}/_astro/social-card.jpg`],
  datePublished: '2019-06',
  inLanguage: 'ru',
  authors: [
    {
      name: 'Редакция CABAR.asia',
      url: `${site}/ru/authors/cabar-newsroom/`,
      kind: 'organization',
    },
  ],
  translators: [],
  publisher: { name: 'Степной вестник', url: `${site}/ru/` },
  translations: [],
  corrections: [],
};

describe('newsArticleJsonLd', () => {
  it('names the translator beside the work it translates', () => {
    const data = newsArticleJsonLd({
      ...facts,
      translators: [newsroom],
      translationOf: { url: `${site}/en/articles/lead/`, inLanguage: 'en' },
    });
    expect(data).toMatchObject({
      author: [{ '@type': 'Organization', name: 'Редакция CABAR.asia' }],
      translator: [{ '@type': 'Organization', name: newsroom.name, url: newsroom.url }],
      translationOfWork: { '@type': 'NewsArticle', inLanguage: 'en' },
    });
  });

  it('dates an edition by its day on this site, and the original by its own date', () => {
    const data = newsArticleJsonLd({
      ...facts,
      datePublished: '2026-11-25',
      original: {
        url: 'https://cabar.asia/en/what-do-protesting-moods-in-kazakhstan-tell-about',
        publisher: 'CABAR.asia',
        datePublished: '2019-06',
      },
      translationOf: { url: `${site}/en/articles/lead/`, inLanguage: 'en' },
    });
    expect(data).toMatchObject({
      datePublished: '2026-11-25',
      isBasedOn: {
        '@type': 'NewsArticle',
        datePublished: '2019-06',
        publisher: { '@type': 'Organization', name: 'CABAR.asia' },
      },
    });
    expect(data.translationOfWork).not.toHaveProperty('datePublished');
    const translated = newsArticleJsonLd({
      ...facts,
      datePublished: '2026-11-25',
      translationOf: {
        url: `${site}/en/articles/lead/`,
        inLanguage: 'en',
        datePublished: '2019-06',
      },
    });
    expect(translated.translationOfWork).toMatchObject({ datePublished: '2019-06' });
  });

  it('has no translator or translationOfWork for an original', () => {
    const data = newsArticleJsonLd(facts);
    expect(data).not.toHaveProperty('translator');
    expect(data).not.toHaveProperty('translationOfWork');
  });

  it('always has an image', () => {
    expect(newsArticleJsonLd(facts).image).toEqual(facts.images);
  });

  it("gives a brief's events as its temporal coverage, the day it was written as published", () => {
    const data = newsArticleJsonLd({ ...facts, datePublished: '2026-11-24', events: '2019-05' });
    expect(data).toMatchObject({ datePublished: '2026-11-24', temporalCoverage: '2019-05' });
    expect(newsArticleJsonLd(facts)).not.toHaveProperty('temporalCoverage');
  });

  it('gives each correction as a schema.org CorrectionComment, dated', () => {
    const data = newsArticleJsonLd({
      ...facts,
      corrections: [{ date: '2026-11-30', text: 'Семь кандидатов, а не восемь.' }],
    });
    expect(data).toMatchObject({
      correction: [
        {
          '@type': 'CorrectionComment',
          datePublished: '2026-11-30',
          text: 'Семь кандидатов, а не восемь.',
        },
      ],
    });
  });

  it('has no correction field for an article never corrected', () => {
    expect(newsArticleJsonLd(facts)).not.toHaveProperty('correction');
  });
});
