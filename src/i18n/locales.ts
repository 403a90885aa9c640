/**
 * The languages the site is published in, and everything the code knows of
 * each: the one registry that the schemas, the content check, the pages, the
 * build's configuration and the newsroom's commands take the list from. A
 * language is a row here and a dictionary of its UI strings (see README:
 * Adding a language).
 */
import type { Dictionary } from './dictionary';
import { en } from './en.ts';
import { ru } from './ru.ts';

/** The languages' codes, as they stand in addresses and folders; the first is the default. */
export const languages = ['en', 'ru'] as const;

/** A language the site is published in. */
export type Lang = (typeof languages)[number];

/**
 * A replacement the typography makes in a language's text: a pattern and what
 * it becomes (\u00A0 is a non-breaking space).
 */
export type SpacingRule = readonly [RegExp, string];

/** What the code knows of one language. */
export interface Locale {
  /** Its name in itself, as the language switch offers it ("Русский"). */
  label: string;
  /** Its name in each language, as running text says it (for editors' messages: English). */
  names: Record<Lang, string>;
  /** The Intl locale its dates and numbers are written in. */
  intl: string;
  /** Open Graph's name of it (a language and a territory). */
  openGraph: string;
  /**
   * Its writing direction. The pages say it only for a right-to-left
   * language: left to right is HTML's own.
   */
  dir: 'ltr' | 'rtl';
  /** The Unicode script its letters are in, for telling a text's language. */
  script: 'Latin' | 'Cyrillic';
  /** Its commonest short words: a text in the language has many of them. */
  stopWords: readonly string[];
  /** Words of news prose a reader takes in per minute. */
  wordsPerMinute: number;
  /**
   * Its typography: quotation marks (outer, inner) and spacing rules, applied
   * in order to every text readers read (typography.ts). Editors type plain
   * quotes and hyphens.
   */
  typography: {
    quotes: { open: readonly [string, string]; close: readonly [string, string] };
    spacing: readonly SpacingRule[];
  };
  /** Its UI strings. */
  dictionary: Dictionary;
}

/** Every language's registry row. */
// Plain literals only (no template strings, no calls): a bundle that needs
// only the codes (the service worker's) then leaves the rows out.
export const locales = {
  // English: curly quotes and apostrophes, a spaced en dash, non-breaking
  // spaces inside "15 days" number + word pairs and between a month and its
  // year or day.
  en: {
    label: 'English',
    names: { en: 'English', ru: 'английский' },
    intl: 'en-GB',
    openGraph: 'en_GB',
    dir: 'ltr',
    script: 'Latin',
    stopWords: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'by'],
    wordsPerMinute: 230,
    typography: {
      quotes: { open: ['“', '‘'], close: ['”', '’'] },
      spacing: [
        [/[ \u00A0]+(?:-{1,2}|\u2013|\u2014)(?=\s)/g, '\u00A0\u2013'], // word - word
        [/(\d)-(?=\d)/g, '$1\u2013'], // June 8-10
        // A date is not split: 1 May⍽2019, June⍽8-10
        [
          /\b(January|February|March|April|May|June|July|August|September|October|November|December) (?=\d)/g,
          '$1\u00A0',
        ],
        // 15 days; not a year, which is not counted ("in April 2019 and"), nor
        // a day after its month ("on June 8-10 and not to attend")
        [
          /(?<!\d{3}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \u00A0][\d\u2013]*)(\d) (?=\p{L})/gu,
          '$1\u00A0',
        ],
      ],
    },
    dictionary: en,
  },
  // Russian: «ёлочки» with „лапки“ inside, an em dash with a non-breaking
  // space before it, non-breaking spaces after one- and two-letter words and
  // after the prepositions «при», «под», «без», «над», «для», «про», before
  // the particles «же», «ли», «бы» (and «ж», «ль», «б»), which belong to
  // the word before them, inside "15 дней" number + word pairs, between a
  // month and its year or day, and in «т. д.».
  ru: {
    label: 'Русский',
    names: { en: 'Russian', ru: 'русский' },
    intl: 'ru',
    openGraph: 'ru_RU',
    dir: 'ltr',
    script: 'Cyrillic',
    stopWords: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'о', 'из', 'к'],
    wordsPerMinute: 180,
    typography: {
      quotes: { open: ['«', '„'], close: ['»', '“'] },
      spacing: [
        [/(^|\n)[-\u2013\u2014] /g, '$1\u2014\u00A0'], // a dash opening a line (dialogue)
        [/[ \u00A0]+(?:-{1,2}|\u2013|\u2014)(?=\s)/g, '\u00A0\u2014'], // word - word
        [/(\d)-(?=\d)/g, '$1\u2013'], // 8-10 июня
        // в Казахстане, и не; not a particle, which belongs to the word before it
        [/(?<=^|[\s\u00A0(«„])(?!(?:же|ж|ли|ль|бы|б) )([а-яё]{1,2}) (?=\S)/giu, '$1\u00A0'],
        // A three-letter preposition stays with its word too: при⍽этом, для⍽всех
        [/(?<=^|[\s\u00A0(«„])(при|под|без|над|для|про) (?=\S)/giu, '$1\u00A0'],
        [/ (же|ж|ли|ль|бы|б)(?=[\s.,;:!?»“)]|$)/gu, '\u00A0$1'], // Тогда же, придёт ли
        [/(\d) (?=[\p{L}%№])/gu, '$1\u00A0'], // 15 суток
        // A date is not split, whatever the month's case: 1 мая⍽2019, в апреле⍽2019
        // года, июнем⍽2019 года
        [
          /(?<=^|[\s\u00A0])((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:[ьяею]|[её]м)|ма(?:[йяею]|ем)|(?:март|август)(?:[аеу]|ом)?) (?=\d)/giu,
          '$1\u00A0',
        ],
        [/(?<!\p{L})т\. ?([дпе])\./gu, 'т.\u00A0$1.'], // т. д.
      ],
    },
    dictionary: ru,
  },
} as const satisfies Record<Lang, Locale>;

/** Whether a string names a language the site is published in. */
export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}

/**
 * A language as it ends the UI keys that exist once per language
 * ('translation.fromEn'), so that a new language without them fails the type check.
 */
export function keySuffix(lang: Lang): Capitalize<Lang> {
  return `${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as Capitalize<Lang>;
}
