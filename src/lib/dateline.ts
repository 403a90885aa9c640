import type { PublicationDate } from './publicationDate';

/** The UI strings a dateline is made of, each with a `{date}`. */
export type DatelineKey =
  | 'article.published'
  | 'article.firstPublished'
  | 'article.publishedOriginal'
  | 'article.republished'
  | 'article.translationPublished'
  | 'article.events'
  | 'article.written'
  | 'article.updated';

/** What an article's dates are, from its frontmatter. */
export interface DatelineFacts {
  /** First publication of the text (a translation's: the original's). */
  published: PublicationDate;
  /** The day this site published this edition, where `published` is earlier and elsewhere. */
  republished?: Date | undefined;
  /** When the reported events happened, where that is not when the text was published. */
  events?: PublicationDate | undefined;
  /** The last substantive update. */
  updated?: PublicationDate | undefined;
  /** Set on an article republished from another publisher. */
  source?: object | undefined;
  /** Set on a translation. */
  translation?: object | undefined;
}

/** One date of a dateline, in the phrase that says what it is. */
export interface DatelinePart {
  key: DatelineKey;
  date: PublicationDate;
  /**
   * The phrase is for screen readers only: an article's one date needs no
   * label for sighted readers.
   */
  labelHidden: boolean;
  /** This is the day the edition appeared on this site, which feeds date it by. */
  onSite: boolean;
}

const dayOf = (date: Date): PublicationDate => ({ date, precision: 'day' });

/**
 * The day an edition appeared on this site, as precise as it is known: its
 * `republished` day, or else its `published` date (for a brief, the day it
 * was written). Feeds, link previews and structured data date it by this.
 */
export function siteDate({ published, republished }: DatelineFacts): PublicationDate {
  return republished ? dayOf(republished) : published;
}

/**
 * The dates an article's dateline gives, in order, each in the phrase that
 * says what it is. A brief on earlier events: their time, then the day it
 * was written. A translation: the original's publication as such ("Originally
 * published June 2019"), then the translation's own day where it is known. An
 * article republished from another publisher: its first publication ("First
 * published"), then the day this site republished it. Otherwise the one
 * publication date, labelled for screen readers only. Then the last update.
 */
export function datelineParts(facts: DatelineFacts): DatelinePart[] {
  const { published, republished, events, updated, source, translation } = facts;
  const part = (key: DatelineKey, date: PublicationDate, onSite: boolean): DatelinePart => ({
    key,
    date,
    labelHidden: false,
    onSite,
  });
  const parts: DatelinePart[] = events
    ? [part('article.events', events, false), part('article.written', published, !republished)]
    : translation
      ? [part('article.publishedOriginal', published, false)]
      : source
        ? [part('article.firstPublished', published, false)]
        : [{ ...part('article.published', published, !republished), labelHidden: true }];
  if (republished) {
    const key = translation ? 'article.translationPublished' : 'article.republished';
    parts.push(part(key, dayOf(republished), true));
  }
  if (updated) parts.push(part('article.updated', updated, false));
  return parts;
}
