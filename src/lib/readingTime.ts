import { locales, type Lang } from '../i18n/locales';

/**
 * Counts the words a reader reads in an MDX body: component tags, import
 * lines and Markdown punctuation are not words.
 */
export function wordCount(mdxBody: string): number {
  const text = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    // A link's address is not read; its text is.
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/**
 * Minutes to read so many words at the language's reading speed (locales.ts:
 * Russian words are longer), rounded up, at least one.
 */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.ceil(words / locales[lang].wordsPerMinute));
}
