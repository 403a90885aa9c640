import { languages, locales, type Lang } from './locales';

type Script = (typeof locales)[Lang]['script'];

/** The scripts of the site's languages, each once (two languages may share one). */
const scripts = [...new Set(languages.map((lang) => locales[lang].script))];

/** Each language's commonest words. */
const stopWords = Object.fromEntries(
  languages.map((lang): [Lang, ReadonlySet<string>] => [lang, new Set(locales[lang].stopWords)]),
) as Record<Lang, ReadonlySet<string>>;

/**
 * What each character is, by code point: 0 not yet known, 1 not a letter, 2 a
 * letter of none of the languages' scripts, 3 + i a letter of scripts[i].
 * Worked out once per character from Unicode's properties and then looked
 * up: matching every letter of a long article with a regular expression, as
 * strings, was most of the time of judging its language.
 */
const kinds = new Uint8Array(0x110000);

function kindOf(code: number): number {
  if (kinds[code] === 0) {
    const char = String.fromCodePoint(code);
    const script = scripts.findIndex((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(char));
    kinds[code] = !/\p{L}/u.test(char) ? 1 : script === -1 ? 2 : 3 + script;
  }
  return kinds[code]!;
}

/** How many letters a text has, and how many of them are in each script. */
function letterCounts(text: string): { letters: number; inScript: Record<Script, number> } {
  const counts = new Array<number>(scripts.length + 3).fill(0);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index += 1;
    counts[kindOf(code)]! += 1;
  }
  return {
    letters: counts.slice(2).reduce((sum, count) => sum + count, 0),
    inScript: Object.fromEntries(
      scripts.map((script, index) => [script, counts[3 + index]!]),
    ) as Record<Script, number>,
  };
}

/** How much a text looks like each language, from 0 to 2 (see textLanguage). */
export function languageScores(text: string): Record<Lang, number> {
  const { letters, inScript } = letterCounts(text);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return Object.fromEntries(
    languages.map((lang) => {
      const common = words.reduce((sum, word) => sum + (stopWords[lang].has(word) ? 1 : 0), 0);
      return [
        lang,
        (letters ? inScript[locales[lang].script] / letters : 0) +
          (words.length ? common / words.length : 0),
      ];
    }),
  ) as Record<Lang, number>;
}

/**
 * The language a text is most likely written in: the share of its letters in
 * each language's script, and the share of its words that are that
 * language's commonest (which tells apart two languages of one script). A
 * text with no letters is taken to be in the first language.
 */
export function textLanguage(text: string): Lang {
  const scores = languageScores(text);
  return languages.reduce((best, lang) => (scores[lang] > scores[best] ? lang : best));
}
