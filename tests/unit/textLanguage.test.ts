import { describe, expect, it } from 'vitest';
import { languages, locales, type Lang } from '../../src/i18n/locales';
import { languageScores, textLanguage } from '../../src/i18n/textLanguage';

/**
 * The scores as their definition says them, one regular expression per
 * letter: the shares of a text's letters in each language's script and of
 * its words among the language's commonest. textLanguage.ts counts faster;
 * it must count the same.
 */
function scoresByDefinition(text: string): Record<Lang, number> {
  const letters = text.match(/\p{L}/gu) ?? [];
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return Object.fromEntries(
    languages.map((lang) => {
      const inScript = new RegExp(`\\p{Script=${locales[lang].script}}`, 'u');
      const stop = locales[lang].stopWords as readonly string[];
      return [
        lang,
        (letters.length
          ? letters.filter((letter) => inScript.test(letter)).length / letters.length
          : 0) +
          (words.length ? words.filter((word) => stop.includes(word)).length / words.length : 0),
      ];
    }),
  ) as Record<Lang, number>;
}

const texts = [
  '',
  '2019 — 50%!',
  'What do protesting moods in Kazakhstan tell about? The answer is in the streets of Almaty.',
  'О чём говорят протестные настроения в Казахстане? Ответ — на улицах Алматы, и это не новость.',
  'Андрей Чеботарев (Andrei Chebotarev): «The state is not ready», сказал он в интервью.',
  // Letters outside both scripts (Greek, a mathematical letter beyond the first plane), a Roman
  // numeral (Latin script, no letter), a combining accent (no letter), Kazakh letters, an emoji.
  'Ελλάδα 𝐀𝐁 Ⅻ е́ ә ғ қ ң ө ұ ү һ і 🙂 naïve',
];

describe('languageScores', () => {
  it.each(texts)('counts as its definition does: %j', (text) => {
    const scores = languageScores(text);
    const expected = scoresByDefinition(text);
    for (const lang of languages) expect(scores[lang]).toBeCloseTo(expected[lang], 12);
  });

  it('tells an English text from a Russian one', () => {
    expect(textLanguage(texts[2]!)).toBe('en');
    expect(textLanguage(texts[3]!)).toBe('ru');
  });
});
