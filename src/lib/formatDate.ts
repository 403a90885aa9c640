import { locales, type Lang } from '../i18n/locales';
import { typeset } from '../i18n/typography';
import type { DatePrecision, PublicationDate } from './publicationDate';

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
    format = new Intl.DateTimeFormat(locales[lang].intl, options[precision]);
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
  const format = formatter(lang, precision);
  if (precision === 'month')
    return typeset(`${format.format(date)} ${date.getUTCFullYear()}`, lang);
  // Some languages write a word after a day's year (Russian «г.»); a month's
  // year has none («июнь 2019»), and the two stand side by side in a brief's
  // dateline, so neither does a day's.
  const parts = format.formatToParts(date);
  while (parts.at(-1)?.type === 'literal') parts.pop();
  return typeset(parts.map((part) => part.value).join(''), lang);
}
