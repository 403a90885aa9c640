/**
 * Russian (and Kazakh) letters in Latin, as English-language news spells
 * names from the region (a simplified BGN/PCGN romanization): Хасенов ->
 * Khasenov, Токаев -> Tokayev, Алматы -> Almaty. Hand-written rather than
 * a general transliteration library because those spell х, ц and й as
 * h, c and j, which is not how this site's names.json spells the same
 * people; an article's address should read like its English headline.
 */
const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh letters, for names and places.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** After these (or at a word's start) `е` is `ye`. */
const yeAfter = new Set('аеёиоуыэюяәөұүіьъ');

/**
 * The text with Cyrillic letters in Latin, lower case. `е` after a vowel,
 * a soft or hard sign or at the start of a word is `ye` (Назарбаев ->
 * nazarbayev, Ельцин -> yeltsin), as the region's names are spelled in English.
 */
export function transliterate(text: string): string {
  const chars = [...text.toLowerCase()];
  let result = '';
  for (const [index, char] of chars.entries()) {
    const before = chars[index - 1] ?? ' ';
    const startsYe = yeAfter.has(before) || !/\p{L}/u.test(before);
    result += char === 'е' && startsYe ? 'ye' : (letters[char] ?? char);
  }
  return result;
}

/**
 * An address made of a text: Latin letters and digits in lower-case words
 * joined by hyphens, at most `maxLength` characters cut at a word's end.
 * "Test: A Day in Almaty" -> test-a-day-in-almaty; "День в Алматы" ->
 * den-v-almaty. Empty when the text has no letter or digit.
 */
export function slugFromText(text: string, maxLength = 80): string {
  const words = transliterate(text)
    // Accents off (é -> e), apostrophes out (Kazakhstan's -> kazakhstans).
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}
