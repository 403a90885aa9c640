import type { en } from './en';

/** A UI string key. */
export type UiKey = keyof typeof en;

/** Texts for each plural category a language uses; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What every language's dictionary must provide: the keys of `en`, each of the same kind. */
export type Dictionary = {
  [K in UiKey]: (typeof en)[K] extends string ? string : PluralForms;
};
