import { describe, expect, it } from 'vitest';
import { formatPublicationDate } from '../../src/lib/formatDate';
import { languages } from '../../src/i18n/locales';
import { isoDate } from '../../src/lib/publicationDate';
import { publicationDateSchema } from '../../src/schemas/publicationDate';

describe('publicationDateSchema', () => {
  it('keeps a full date with day precision', () => {
    const parsed = publicationDateSchema.parse(new Date('2019-06-04T00:00:00Z'));
    expect(parsed.precision).toBe('day');
    expect(isoDate(parsed)).toBe('2019-06-04');
  });

  it('reads YYYY-MM as a month whose day is not known', () => {
    const parsed = publicationDateSchema.parse('2019-06');
    expect(parsed.precision).toBe('month');
    expect(isoDate(parsed)).toBe('2019-06');
  });

  it.each(['June 2019', '2019-13', '2019-6', '19-06', 'yesterday'])('rejects %j', (value) => {
    const result = publicationDateSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join()).toMatch(/YYYY-MM/);
  });
});

/** Shows non-breaking spaces, so a test says where they must be. */
const visible = (text: string) => text.replaceAll('\u00A0', '⍽');

describe('formatPublicationDate', () => {
  it.each([
    ['2019-06', 'en', 'June⍽2019'],
    ['2019-12', 'en', 'December⍽2019'],
    ['2019-06', 'ru', 'июнь⍽2019'],
    ['2019-02', 'ru', 'февраль⍽2019'],
  ] as const)('%s in %s is %j, with no day', (value, lang, expected) => {
    expect(visible(formatPublicationDate(publicationDateSchema.parse(value), lang))).toBe(expected);
  });

  it('prints a known day the British way, in UTC whatever the time zone', () => {
    const date = publicationDateSchema.parse(new Date('2019-06-04T00:00:00Z'));
    expect(visible(formatPublicationDate(date, 'en'))).toBe('4⍽June⍽2019');
  });

  it('prints a known day in Russian with the month in the genitive, and no «г.» after the year as a month has none', () => {
    const date = publicationDateSchema.parse(new Date('2019-06-04T00:00:00Z'));
    expect(visible(formatPublicationDate(date, 'ru'))).toBe('4⍽июня⍽2019');
  });

  // Every month of the year, as a day and as a month: no date can be broken
  // across lines, in either language.
  it.each(languages)('%s: no date of the year has an ordinary space', (lang) => {
    for (let month = 0; month < 12; month++) {
      for (const precision of ['day', 'month'] as const) {
        const date = { date: new Date(Date.UTC(2026, month, 24)), precision };
        expect(formatPublicationDate(date, lang)).not.toMatch(/ /);
      }
    }
  });
});
