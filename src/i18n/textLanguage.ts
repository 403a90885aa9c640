import { languages, locales, type Lang } from './locales';

/** How much a text looks like each language, from 0 to 2 (see textLanguage). */
export function languageScores(text: string): Record<Lang, number> {
  const letters = text.match(/\p{L}/gu) ?? [];
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return Object.fromEntries(
    languages.map((lang) => {
      const { script, stopWords } = locales[lang];
      const inScript = new RegExp(`\\p{Script=${script}}`, 'u');
      const scriptShare = letters.filter((letter) => inScript.test(letter)).length;
      const common = words.filter((word) => (stopWords as readonly string[]).includes(word)).length;
      return [
        lang,
        (letters.length ? scriptShare / letters.length : 0) +
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
