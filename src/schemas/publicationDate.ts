import { z } from 'astro/zod';
import { monthPattern, type PublicationDate } from '../lib/publicationDate';

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
