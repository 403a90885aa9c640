/**
 * Whether an article is on the site, by what its frontmatter says and the
 * day of the build: drafts and articles dated in the future are held back
 * from a production build (they show in `npm run dev`, marked), and a
 * withdrawn article keeps its address with a page that says so, but leaves
 * every list. Pure: the build gives it the day.
 */
import { isoDate, isoDay, type PublicationDate } from './publicationDate';

/** Where an article stands on a given day. */
export type PublicationState = 'published' | 'draft' | 'scheduled' | 'withdrawn';

/** What decides it, from the frontmatter. */
export interface PublicationFacts {
  draft?: boolean | undefined;
  /** First publication, YYYY-MM-DD or YYYY-MM (the first of that month counts). */
  published: string;
  /**
   * The day this site publishes an edition first published elsewhere,
   * YYYY-MM-DD, where there is one: it, not `published`, holds the edition back.
   */
  republished?: string | undefined;
  /** Set when the article is withdrawn. */
  withdrawn?: unknown;
}

/**
 * The date an edition is on the site from, as typed: its `republished` day,
 * else its publication date.
 */
export const dateOnSite = (facts: { published: string; republished?: string | undefined }) =>
  facts.republished ?? facts.published;

/** The day a date as typed (YYYY-MM-DD or YYYY-MM) begins: 2026-12 -> 2026-12-01. */
export const firstDay = (date: string): string => (date.length === 7 ? `${date}-01` : date);

/** The state of an article on `today` (YYYY-MM-DD). */
export function publicationState(facts: PublicationFacts, today: string): PublicationState {
  if (facts.draft) return 'draft';
  if (facts.withdrawn) return 'withdrawn';
  return firstDay(dateOnSite(facts)) > today ? 'scheduled' : 'published';
}

/** Whether an article has a page: in dev every article does; in a build, not drafts or future ones. */
export const hasPage = (state: PublicationState, dev: boolean): boolean =>
  dev || state === 'published' || state === 'withdrawn';

/** Whether an article is in lists, feeds and search: as hasPage, and never once withdrawn. */
export const isListed = (state: PublicationState, dev: boolean): boolean =>
  state !== 'withdrawn' && hasPage(state, dev);

/**
 * Today's date in the newsroom's time zone, YYYY-MM-DD: the day an article
 * dated today is published on. `override` (BUILD_DATE) builds the site as it
 * will be on another day.
 */
export function today(timeZone: string, override?: string, now = new Date()): string {
  if (override) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(override)) {
      throw new Error(`BUILD_DATE: expected a date as YYYY-MM-DD, got "${override}"`);
    }
    return override;
  }
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** The dates of an edition that mark a change readers should know of, as typed. */
export interface ChangeDates {
  published: string;
  updated?: string | undefined;
  /** The days of its corrections, YYYY-MM-DD. */
  corrections: string[];
}

/**
 * The change dates of an edition, as typed, from its frontmatter as the
 * schema reads it (the page's entry and the content check's facts alike).
 */
export function changeDates(fields: {
  published: PublicationDate;
  updated?: PublicationDate | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}): ChangeDates {
  return {
    published: isoDate(fields.published),
    updated: fields.updated && isoDate(fields.updated),
    corrections: (fields.corrections ?? []).map(({ date }) => isoDay(date)),
  };
}

/** The last day an edition changed: its publication, last update or last correction. */
function lastChange({ published, updated, corrections }: ChangeDates): string {
  return [published, updated, ...corrections]
    .filter((date): date is string => date !== undefined)
    .reduce((latest, date) => (firstDay(date) > firstDay(latest) ? date : latest));
}

/**
 * When the original changed since its translation last did (the date as
 * typed), or undefined when the translation is up to date: readers of the
 * translation are told so.
 */
export function outdatedSince(translation: ChangeDates, original: ChangeDates): string | undefined {
  const changed = lastChange(original);
  return firstDay(changed) > firstDay(lastChange(translation)) ? changed : undefined;
}

/**
 * The language of the edition whose later changes an edition's page reports
 * (the outdated-translation note): the one it is translated from; else, in
 * another language than the first, the first language's edition, which the
 * newsroom writes first, unless that edition is itself translated from this
 * one (this one is then the original). Undefined where there is none.
 */
export function noteLanguage<Lang extends string>(
  lang: Lang,
  translatedFrom: Lang | undefined,
  first: Lang,
  firstTranslatedFrom: Lang | undefined,
): Lang | undefined {
  if (translatedFrom) return translatedFrom;
  return lang === first || firstTranslatedFrom === lang ? undefined : first;
}
