/** Words a reader takes in per minute of news prose; Russian words are longer. */
const wordsPerMinute = { en: 230, ru: 180 } as const;

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

/** Minutes to read so many words, rounded up, at least one. */
export function readingMinutesFor(words: number, lang: keyof typeof wordsPerMinute): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute[lang]));
}

/** Minutes to read an MDX body, rounded up, at least one. */
export function readingMinutes(mdxBody: string, lang: keyof typeof wordsPerMinute): number {
  return readingMinutesFor(wordCount(mdxBody), lang);
}
