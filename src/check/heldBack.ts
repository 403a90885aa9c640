/**
 * What a build leaves out on purpose: drafts, and articles dated after the
 * day of the build. Nothing an editor writes is dropped without a word, so
 * the build names them in one line (a date typed 2062 for 2026 shows here,
 * not as an article that silently never appears).
 */
import { dateOnSite, publicationState } from '../lib/publication';
import { isoDay } from '../lib/publicationDate';
import { publishedOf, type ArticleFacts } from './articleFacts';

/** An article a build on a given day does not publish, and why. */
export interface HeldBack {
  /** The file, as the editor opens it. */
  file: string;
  state: 'draft' | 'scheduled';
  /** The date it is on the site from, as typed: the first build on or after it publishes it. */
  published: string;
}

/** The articles a build on `today` (YYYY-MM-DD) holds back, in file order. */
export function heldBackArticles(articles: Iterable<ArticleFacts>, today: string): HeldBack[] {
  return [...articles]
    .flatMap((article): HeldBack[] => {
      const republished = article.republished && isoDay(article.republished);
      const facts = { ...article, published: publishedOf(article) ?? '', republished };
      const state = publicationState(facts, today);
      return state === 'draft' || state === 'scheduled'
        ? [{ file: article.filePath, state, published: dateOnSite(facts) }]
        : [];
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Files named in the line before the rest are only counted: the line stays one line. */
const shownFiles = 5;

/** The build's one line on what it held back; undefined when it published everything. */
export function heldBackNote(held: readonly HeldBack[]): string | undefined {
  if (held.length === 0) return undefined;
  const named = held
    .slice(0, shownFiles)
    .map(({ file, state, published }) =>
      state === 'draft'
        ? `${file} (a draft)`
        : `${file} (dated ${published}: on the site from then)`,
    );
  const more =
    held.length > shownFiles
      ? `, and ${held.length - shownFiles} more (npm run status lists them)`
      : '';
  const count = held.length === 1 ? '1 article' : `${held.length} articles`;
  return `not published by this build, as planned: ${count}: ${named.join(', ')}${more}`;
}
