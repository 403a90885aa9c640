import type { en } from './en';
import type { Lang } from './locales';

/** A UI string key. */
export type UiKey = keyof typeof en;

/** Texts for each plural category a language uses; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What every language's dictionary must provide: the keys of `en`, each of the same kind. */
export type Dictionary = {
  [K in UiKey]: (typeof en)[K] extends string ? string : PluralForms;
};

/**
 * The UI keys that exist once per language, ending in its suffix
 * ('article.inRu', see keySuffix): en.ts must have each for every language
 * of the registry, so a language added without them fails the type check
 * there, where they are written, rather than only where they are used.
 */
export type PerLanguageKey = `${
  | 'translation.from'
  | 'translation.quotesFrom'
  | 'article.sourceFrom'
  | 'article.in'
  | 'article.outdatedFrom'
  | 'oneFile.edition'}${Capitalize<Lang>}`;
