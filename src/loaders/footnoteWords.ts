import type { convertMdastToHastHandle } from 'satteri';
import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/t.ts';

/** The words of a body's footnotes section, in the article's language. */
export interface FootnoteWords {
  /** The section's heading, which only screen readers read: "Footnotes", «Примечания». */
  heading: string;
  /**
   * The accessible name of a link from a note back to where the text refers
   * to it: "Back to reference 1"; `reference` is the note's number, or
   * "1-2" for the second place that refers to note 1 (as GitHub numbers them).
   */
  backLabel: (reference: string) => string;
}

/** The footnotes' words in a language, from its UI strings (src/i18n/). */
export function footnoteWords(lang: Lang): FootnoteWords {
  const t = useTranslations(lang);
  return {
    heading: t('body.footnotes'),
    backLabel: (reference) => t('body.backToReference', { reference }),
  };
}

/** What Sätteri's conversion to HTML is told about footnotes. */
export type FootnoteOptions = NonNullable<Parameters<typeof convertMdastToHastHandle>[1]>;

/**
 * Sätteri's conversion options that write the footnotes section in the
 * article's language: its own words are English on every page. The link's
 * arrow, and its number on a second reference, are left as Sätteri writes them.
 */
export function footnoteOptions(lang: Lang): FootnoteOptions {
  const words = footnoteWords(lang);
  return {
    footnoteLabel: words.heading,
    // Sätteri counts both from 1: the second reference to note 1 is "1-2".
    footnoteBackLabel: (number, rerun) =>
      words.backLabel(rerun > 1 ? `${number}-${rerun}` : String(number)),
  };
}
