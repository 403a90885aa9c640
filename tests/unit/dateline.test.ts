import { describe, expect, it } from 'vitest';
import { datelineParts, siteDate, type DatelineFacts } from '../../src/lib/dateline';

const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' as const });
const month = (iso: string) => ({
  date: new Date(`${iso}-01T00:00:00Z`),
  precision: 'month' as const,
});
const source = { name: 'CABAR.asia', url: 'https://cabar.asia/en/' };
const translation = { from: 'en' };
const republished = new Date('2026-11-25T00:00:00Z');

/** A dateline as `key date[ hidden][ on site]`, one entry per date. */
const said = (facts: DatelineFacts) =>
  datelineParts(facts).map(
    ({ key, date, labelHidden, onSite }) =>
      `${key} ${date.date.toISOString().slice(0, date.precision === 'day' ? 10 : 7)}${labelHidden ? ' hidden' : ''}${onSite ? ' on site' : ''}`,
  );

describe('datelineParts', () => {
  it.each<[string, DatelineFacts, string[]]>([
    [
      "the newsroom's own article: one date, its label for screen readers",
      { published: day('2026-11-24') },
      ['article.published 2026-11-24 hidden on site'],
    ],
    [
      'a brief on earlier events: their time, then the day it was written',
      { published: day('2026-11-24'), events: month('2019-05') },
      ['article.events 2019-05', 'article.written 2026-11-24 on site'],
    ],
    [
      'a republished article: its first publication, then its day here',
      { published: month('2019-06'), republished, source },
      ['article.firstPublished 2019-06', 'article.republished 2026-11-25 on site'],
    ],
    [
      "a translation: the original's publication, then the translation's day here",
      { published: month('2019-06'), republished, source, translation },
      ['article.publishedOriginal 2019-06', 'article.translationPublished 2026-11-25 on site'],
    ],
    [
      "a translation whose own day is not known: the original's date alone, labelled",
      { published: day('2019-06-04'), translation },
      ['article.publishedOriginal 2019-06-04'],
    ],
    [
      'a republished article whose day here is not known: its first publication, labelled',
      { published: day('2019-06-04'), source },
      ['article.firstPublished 2019-06-04'],
    ],
    [
      'the last update comes last',
      { published: month('2019-06'), republished, source, updated: day('2026-11-30') },
      [
        'article.firstPublished 2019-06',
        'article.republished 2026-11-25 on site',
        'article.updated 2026-11-30',
      ],
    ],
  ])('%s', (_, facts, expected) => {
    expect(said(facts)).toEqual(expected);
  });
});

describe('siteDate', () => {
  it.each<[string, DatelineFacts, string]>([
    ['the day this site republished it', { published: month('2019-06'), republished }, 'day'],
    ['else its publication date, as precise as it is', { published: month('2019-06') }, 'month'],
  ])('%s', (_, facts, precision) => {
    const date = siteDate(facts);
    expect(date.precision).toBe(precision);
    expect(date.date).toEqual(facts.republished ?? facts.published.date);
  });
});
