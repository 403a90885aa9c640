import { languages, type Lang } from '../i18n/locales';
import { articlePath, homePath } from './urls';

/**
 * Where a page's language switch and hreflang lead in one language. Each
 * route works these out from the pages it generates and hands them to the
 * layout, so no second list of the site's pages is kept anywhere.
 */
export interface Counterpart {
  lang: Lang;
  path: string;
  /**
   * How `path` stands to the page: `same` is this very page in that language
   * (an hreflang alternate); `first-page` is the first page of the same list,
   * which is shorter in that language; `untranslated` is that edition's front
   * page, for an article with no translation into it (the switch says so).
   */
  match: 'same' | 'first-page' | 'untranslated';
}

/** A page's counterpart in every language, its own included. */
export type Counterparts = Record<Lang, Counterpart>;

const inEveryLanguage = (counterpart: (lang: Lang) => Counterpart): Counterparts =>
  Object.fromEntries(languages.map((lang) => [lang, counterpart(lang)])) as Counterparts;

/** A page that every edition has (front page, search, about, ...): the same page in each. */
export function sameInEveryLanguage(pathOf: (lang: Lang) => string): Counterparts {
  return inEveryLanguage((lang) => ({ lang, path: pathOf(lang), match: 'same' }));
}

/**
 * An article, given the languages it is written in: its editions where they
 * exist, elsewhere that edition's front page, marked untranslated.
 */
export function articleCounterparts(slug: string, editions: ReadonlySet<Lang>): Counterparts {
  return inEveryLanguage((lang) =>
    editions.has(lang)
      ? { lang, path: articlePath(lang, slug), match: 'same' }
      : { lang, path: homePath(lang), match: 'untranslated' },
  );
}

/**
 * Page `page` (from 1) of a list that every edition has, given the addresses
 * of the list's pages in each language: the same page where the list is that
 * long, else the list's first page.
 */
export function listCounterparts(
  pages: Record<Lang, readonly string[]>,
  page: number,
): Counterparts {
  return inEveryLanguage((lang) => {
    const same = pages[lang][page - 1];
    if (same !== undefined) return { lang, path: same, match: 'same' };
    const first = pages[lang][0];
    if (first === undefined) throw new Error(`listCounterparts: the ${lang} list has no pages`);
    return { lang, path: first, match: 'first-page' };
  });
}

/** A static path of a page that every edition has. */
interface EditionPath {
  params: { lang: Lang };
  props: { lang: Lang; counterparts: Counterparts };
}

/**
 * The static paths of a page that every edition has: `lang` as the route's
 * parameter and as a typed prop, with the page's counterparts.
 */
export function pagesInEveryLanguage(pathOf: (lang: Lang) => string): EditionPath[] {
  const counterparts = sameInEveryLanguage(pathOf);
  return languages.map((lang) => ({ params: { lang }, props: { lang, counterparts } }));
}
