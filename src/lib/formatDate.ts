import type { Lang } from '../i18n/dictionary';
import type { PublicationDate } from './publicationDate';

/**
 * A publication date as readers of the language write it: "4 June 2019", or
 * "June 2019" when only the month is known. Always in UTC, so a build in any
 * time zone prints the same day.
 */
export function formatPublicationDate({ date, precision }: PublicationDate, lang: Lang): string {
  if (precision === 'month') {
    // Stand-alone month names: Russian says «июнь 2019», not «июня 2019 г.».
    const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(date);
    return `${month} ${date.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
