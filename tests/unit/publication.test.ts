import { describe, expect, it } from 'vitest';
import {
  hasPage,
  isListed,
  outdatedSince,
  publicationState,
  today,
} from '../../src/lib/publication';

describe('publicationState', () => {
  it.each([
    [{ published: '2026-11-24' }, 'published'],
    [{ published: '2026-11-25' }, 'published'],
    [{ published: '2026-11-26' }, 'scheduled'],
    [{ published: '2026-11' }, 'published'],
    [{ published: '2026-12' }, 'scheduled'],
    [{ published: '2019-06', draft: true }, 'draft'],
    [{ published: '2026-12-01', draft: true }, 'draft'],
    [{ published: '2019-06', withdrawn: { date: '2026-11-20' } }, 'withdrawn'],
    // An edition first published elsewhere is on the site from its day here.
    [{ published: '2019-06', republished: '2026-11-25' }, 'published'],
    [{ published: '2019-06', republished: '2026-11-26' }, 'scheduled'],
    [{ published: '2019-06', republished: '2026-12-01', draft: true }, 'draft'],
  ] as const)('%j on 2026-11-25 is %s', (facts, state) => {
    expect(publicationState(facts, '2026-11-25')).toBe(state);
  });
});

describe('which articles are on the site', () => {
  it.each([
    ['published', true, true, true, true],
    ['draft', false, false, true, true],
    ['scheduled', false, false, true, true],
    ['withdrawn', true, false, true, false],
  ] as const)(
    '%s: page in a build %s, listed %s; in dev page %s, listed %s',
    (state, page, listed, devPage, devListed) => {
      expect(hasPage(state, false)).toBe(page);
      expect(isListed(state, false)).toBe(listed);
      expect(hasPage(state, true)).toBe(devPage);
      expect(isListed(state, true)).toBe(devListed);
    },
  );
});

describe('today', () => {
  it("is the day in the newsroom's time zone", () => {
    const evening = new Date('2026-11-25T20:30:00Z');
    expect(today('Asia/Almaty', undefined, evening)).toBe('2026-11-26');
    expect(today('UTC', undefined, evening)).toBe('2026-11-25');
  });

  it('can be set, to build the site as it will be on another day', () => {
    expect(today('Asia/Almaty', '2026-12-01')).toBe('2026-12-01');
    expect(() => today('Asia/Almaty', '1 Dec')).toThrow(
      /BUILD_DATE: expected a date as YYYY-MM-DD/,
    );
  });
});

describe('outdated translations', () => {
  const original = { published: '2026-11-24', corrections: [] };
  it.each([
    ['the same day', original, original, undefined],
    ['an update of the original', { ...original, updated: '2026-12-03' }, original, '2026-12-03'],
    [
      'a correction of the original',
      { ...original, corrections: ['2026-11-30', '2026-12-02'] },
      original,
      '2026-12-02',
    ],
    [
      'an update of both, the translation last',
      { ...original, updated: '2026-12-03' },
      { ...original, updated: '2026-12-04' },
      undefined,
    ],
    [
      'a month-only original and a dated translation',
      { published: '2019-06', corrections: [] },
      { published: '2019-06-10', corrections: [] },
      undefined,
    ],
  ] as const)('%s', (_, from, translation, since) => {
    expect(
      outdatedSince(
        { ...translation, corrections: [...translation.corrections] },
        { ...from, corrections: [...from.corrections] },
      ),
    ).toBe(since);
  });
});
