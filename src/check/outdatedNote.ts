/**
 * The note an edition's page shows when its original changed since
 * (components/OutdatedNote.astro: "The English original of this article has
 * a later update (2 December 2026) that this translation does not include
 * yet.") must be true. On an edition that is no translation (no
 * `translation:`, as the briefs the newsroom writes in both languages), the
 * page measures it against the first language's edition and would call it a
 * translation: the content check refuses it, in that edition's file. Pure.
 *
 * A note dated after the build's day cannot reach a build: its date is the
 * original's last update or correction, which storyProblems.ts refuses in
 * the original's file when it has not come yet.
 */
import { isLang, locales } from '../i18n/locales';
import { changeDates, noteLanguage, outdatedSince } from '../lib/publication';
import { publishedOf, type ArticleFacts } from './articleFacts';
import { lineOfField, type FileProblem } from './articleSource';

/** The fields the note is worked out from: a mistake in one is said by its own check. */
const noteFields = ['translation', 'published', 'updated', 'corrections', 'draft'] as const;

/**
 * What is wrong with the outdated-translation note of `article`, an edition
 * in another language than the first, whose first language's edition is
 * `first`: a note on an edition that is no translation. `flawed` tells a
 * field that either file has a mistake in (then nothing is said here).
 */
export function outdatedNoteProblem(
  article: ArticleFacts,
  first: ArticleFacts,
  flawed: (field: string) => boolean,
): FileProblem | undefined {
  if (noteFields.some(flawed) || article.translation) return undefined;
  // Drafts are not on the site, and a withdrawn page shows no note.
  if (article.draft || first.draft || article.withdrawn) return undefined;
  const from = noteLanguage(article.lang, undefined, first.lang, first.translation?.from);
  // Editions with other publication dates are told to make them agree first.
  const [mine, theirs] = [article.published, first.published];
  if (from !== first.lang || !mine || !theirs || publishedOf(article) !== publishedOf(first)) {
    return undefined;
  }
  const since = outdatedSince(
    changeDates({ ...article, published: mine }),
    changeDates({ ...first, published: theirs }),
  );
  if (!since) return undefined;
  const language = isLang(first.lang) ? locales[first.lang].names.en : first.lang;
  const at = article.updated ? ['updated'] : ['published'];
  return {
    line: lineOfField(article.text, at),
    ...(article.updated ? { field: 'updated' } : {}),
    message: `its page would tell readers that the ${language} original has a later update (${since}) that this translation does not include yet, but this edition is no translation (it has no translation:)`,
    advice: `bring it up to date with ${first.filePath} and give it updated: ${since} or later (or a correction of that day), or, if it is translated from the ${language} edition, say so with translation: { from: ${first.lang}, by: [...] }`,
  };
}
