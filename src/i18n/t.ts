import { typeset } from './typography.ts';
import { locales, type Lang } from './locales.ts';
import type { Dictionary, UiKey } from './dictionary';

type Vars = Record<string, string | number>;

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/**
 * Placeholders that t() fills with a number (a count, a page), or with a
 * date, which ends in its year: each stands in for typesetting as a number
 * of its kind, so that "{count} минут" is set as "15 минут" and
 * «{date} года» as «2019 года» would be.
 */
const numberSlots: ReadonlyMap<string, string> = new Map([
  ['count', '0'],
  ['page', '0'],
  ['pages', '0'],
  ['date', '2019'],
]);
/** Marks the digits that stand in for a placeholder; never appears in text. */
const SLOT = '\uE000';

/**
 * A UI string typeset by the same rules as article text («на⍽CABAR.asia»).
 * A number or date is filled in later; digits stand in for it meanwhile.
 */
function typesetTemplate(template: string, lang: Lang): string {
  const slots: string[] = [];
  const standIns = template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const standIn = numberSlots.get(name);
    if (standIn === undefined) return match;
    slots.push(match);
    return `${SLOT}${standIn}`;
  });
  let next = 0;
  return typeset(standIns, lang).replace(/\uE000\d+/g, () => slots[next++]!);
}

const typesetDictionaries = new Map<Lang, Dictionary>();

/**
 * A language's UI strings, typeset, `{name}` placeholders left to fill: for
 * code that fills them elsewhere (the search script, in the browser). Made
 * once per language per build.
 */
export function uiStrings(lang: Lang): Dictionary {
  let typeset = typesetDictionaries.get(lang);
  if (!typeset) {
    const entries = Object.entries(locales[lang].dictionary as Dictionary).map(([key, entry]) => [
      key,
      typeof entry === 'string'
        ? typesetTemplate(entry, lang)
        : Object.fromEntries(
            Object.entries(entry).map(([form, text]) => [form, typesetTemplate(text, lang)]),
          ),
    ]);
    typeset = Object.fromEntries(entries) as Dictionary;
    typesetDictionaries.set(lang, typeset);
  }
  return typeset;
}

function translator(lang: Lang) {
  const dictionary = uiStrings(lang);
  const plurals = new Intl.PluralRules(locales[lang].intl);
  const numbers = new Intl.NumberFormat(locales[lang].intl);
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
 * A translator for one language: `t(key, vars)` returns the UI string,
 * typeset by the language's rules, with `{name}` placeholders filled. For a
 * plural entry pass `count`; the form is chosen by Intl.PluralRules (Russian:
 * one / few / many).
 */
export function useTranslations(lang: Lang): ReturnType<typeof translator> {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translator(lang)));
  return t;
}
