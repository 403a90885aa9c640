import type { Lang } from '../i18n/dictionary';
import type { DatePrecision, PublicationDate } from '../schemas/publicationDate';
import { typeset } from './typography';

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  // Stand-alone month names: Russian says «июнь 2019», not «июня 2019 г.».
  month: { month: 'long', timeZone: 'UTC' },
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

// Formatters are costly to make and every card and byline asks for one: one
// per language and precision for the whole build.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options[precision]);
    formatters.set(key, format);
  }
  return format;
}

/**
 * A publication date as readers of the language write it: "4 June 2019",
 * «4 июня 2019», or "June 2019", «июнь 2019» when only the month is known.
 * Always in UTC, so a build in any time zone prints the same day. Typeset
 * by the language's rules, as every text on the page is, so that a date is
 * never broken across lines (4⍽June⍽2019): every date the site prints comes
 * from here.
 */
export function formatPublicationDate({ date, precision }: PublicationDate, lang: Lang): string {
  const text = formatter(lang, precision).format(date);
  // Russian Intl adds «г.» after a day's year; a month's year has none
  // («июнь 2019»), and the two stand side by side in a brief's dateline.
  const written =
    precision === 'day' ? text.replace(/\s*г\.$/u, '') : `${text} ${date.getUTCFullYear()}`;
  return typeset(written, lang);
}
