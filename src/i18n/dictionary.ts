import { en } from './en';
import { ru } from './ru';

/** The languages the site is published in; the first is the default. */
export const languages = ['en', 'ru'] as const;

/** A language the site is published in. */
export type Lang = (typeof languages)[number];

/** A UI string key. */
export type UiKey = keyof typeof en;

/** Texts for each plural category a language uses; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What every language's dictionary must provide: the keys of `en`, each of the same kind. */
export type Dictionary = {
  [K in UiKey]: (typeof en)[K] extends string ? string : PluralForms;
};

/** All dictionaries by language. */
export const dictionaries: Record<Lang, Dictionary> = { en, ru };

/**
 * A language as it ends the UI keys that exist once per language
 * ('translation.fromEn'), so that a new language without them fails the type check.
 */
export function keySuffix(lang: Lang): Capitalize<Lang> {
  return `${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as Capitalize<Lang>;
}

/** Whether a string names a language the site is published in. */
export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}
