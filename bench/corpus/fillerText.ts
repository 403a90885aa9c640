// Synthetic prose for the benchmark corpus: sentences drawn from a fixed word
// list, with the Markdown an editor actually uses (bold, italics, links,
// straight quotes and hyphens for the typography plugin to set) so the
// Markdown pipeline does realistic work per word.

import type { Random } from './prng.ts';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * `count` words from the list, space-separated.
 */
export function wordRun(random: Random, words: readonly string[], count: number): string {
  return Array.from({ length: count }, () => random.pick(words)).join(' ');
}

/**
 * A headline of 4 to 9 words, capitalized, sometimes a question.
 */
export function headlineText(random: Random, words: readonly string[]): string {
  const text = capitalize(wordRun(random, words, random.int(4, 9)));
  return random.chance(0.2) ? `${text}?` : text;
}

/**
 * A section heading of 2 to 6 words, capitalized.
 */
export function sectionHeadingText(random: Random, words: readonly string[]): string {
  return capitalize(wordRun(random, words, random.int(2, 6)));
}

/**
 * Plain sentences of `count` words in all, for standfirsts, quotes and captions.
 */
export function sentencesText(random: Random, words: readonly string[], count: number): string {
  return paragraphTokens(random, words, count).join(' ');
}

/**
 * A Markdown paragraph of exactly `count` words (as the reading-time counter
 * counts them): sentences of 6 to 18 words with an occasional bold phrase,
 * italic word, link, quoted phrase, number or dash.
 */
export function paragraphText(random: Random, words: readonly string[], count: number): string {
  const tokens = paragraphTokens(random, words, count);
  decorate(random, tokens);
  return tokens.join(' ');
}

function paragraphTokens(random: Random, words: readonly string[], count: number): string[] {
  const tokens: string[] = [];
  while (tokens.length < count) {
    const length = Math.min(random.int(6, 18), count - tokens.length);
    const sentence = Array.from({ length }, () => random.pick(words));
    sentence[0] = capitalize(sentence[0] as string);
    if (length > 3 && random.chance(0.3)) {
      const comma = random.int(1, length - 2);
      sentence[comma] = `${sentence[comma]},`;
    }
    sentence[length - 1] = `${sentence[length - 1]}.`;
    tokens.push(...sentence);
  }
  return tokens;
}

/**
 * Marks up a few words in place; each decoration keeps one token per word,
 * so the word count stays exact.
 */
function decorate(random: Random, tokens: string[]): void {
  const span = (length: number): [number, number] => {
    const start = random.int(0, Math.max(0, tokens.length - length));
    return [start, Math.min(tokens.length, start + length) - 1];
  };
  const wrap = (length: number, open: string, close: string) => {
    const [first, last] = span(length);
    tokens[first] = `${open}${tokens[first]}`;
    tokens[last] = `${tokens[last]}${close}`;
  };
  // Numbers and dashes replace or extend a token, so they go first and never
  // swallow a marker that a wrap has put on it.
  if (random.chance(0.2)) {
    const [at] = span(1);
    tokens[at] = `${random.int(2, 99)}`;
  }
  if (random.chance(0.2)) {
    const [at] = span(1);
    tokens[at] = `${tokens[at]} -`;
  }
  if (random.chance(0.3)) wrap(2, '**', '**');
  if (random.chance(0.25)) wrap(1, '_', '_');
  if (random.chance(0.2)) wrap(3, '"', '"');
  if (random.chance(0.15)) wrap(2, '[', `](https://example.org/bench/${random.int(1, 9999)})`);
}
