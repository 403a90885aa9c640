/** How much of a publication date is known. */
export type DatePrecision = 'day' | 'month';

/** A publication date together with how much of it is known. */
export interface PublicationDate {
  /** The date itself; for month precision, the first day of that month (UTC). */
  date: Date;
  /** 'month' when only the month is known: the day is never shown or implied. */
  precision: DatePrecision;
}

/** A month, YYYY-MM (e.g. 2019-06). */
export const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A day as YAML reads it (midnight UTC) written back as YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The machine-readable form for `<time datetime>` and metadata: `2019-06-04`
 * or `2019-06`, never a day that is not known.
 */
export function isoDate({ date, precision }: PublicationDate): string {
  const day = isoDay(date);
  return precision === 'day' ? day : day.slice(0, 7);
}
