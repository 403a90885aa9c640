import { z } from 'astro/zod';

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

/**
 * Frontmatter date: `2019-06-04` for a known day, or `2019-06` when only the
 * month is known (as for reporting whose original page carried no date).
 */
export const publicationDateSchema = z
  .union([
    z.date(),
    z.string().regex(monthPattern, {
      message: 'expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known',
    }),
  ])
  .transform((value): PublicationDate => {
    if (value instanceof Date) return { date: value, precision: 'day' };
    const [, year, month] = monthPattern.exec(value)!;
    return { date: new Date(Date.UTC(Number(year), Number(month) - 1, 1)), precision: 'month' };
  });

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
