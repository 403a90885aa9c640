import { dictionaries, type Lang, type UiKey } from './dictionary';

type Vars = Record<string, string | number>;

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

function translator(lang: Lang) {
  const dictionary = dictionaries[lang];
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return function t(key: UiKey, vars: Vars = {}): string {
    const entry = dictionary[key];
    if (typeof entry === 'string') return fill(entry, vars);
    const count = vars.count;
    if (typeof count !== 'number') {
      throw new Error(`t("${key}") is a plural entry: pass { count: number }`);
    }
    const form = entry[plurals.select(count)] ?? entry.other;
    return fill(form, { ...vars, count: numbers.format(count) });
  };
}

// Every component asks for a translator; Intl objects are costly to make, so
// each language's is made once per build (it showed in the build profile).
const translators = new Map<Lang, ReturnType<typeof translator>>();

/**
 * A translator for one language: `t(key, vars)` returns the UI string with
 * `{name}` placeholders filled. For a plural entry pass `count`; the form is
 * chosen by Intl.PluralRules (Russian: one / few / many).
 */
export function useTranslations(lang: Lang): ReturnType<typeof translator> {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translator(lang)));
  return t;
}
