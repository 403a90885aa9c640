/**
 * What `npm run status` tells the newsroom of its translations: which
 * articles have no edition in the other language, which editions disagree
 * on what they must share, and which translations are older than their
 * original's last change, in git (commits) and for readers (dates in the
 * frontmatter, which is what the page's "original was updated" note reads).
 * Pure: the tool reads the files and git, this says what they mean.
 */
import { formatProblem, type Problem } from '../check/articleSource';
import {
  noteLanguage,
  outdatedSince,
  type ChangeDates,
  type PublicationState,
} from '../lib/publication';

/** One edition of an article, as the tool read it. */
export interface Edition {
  lang: string;
  slug: string;
  /** The file, as the editor opens it. */
  file: string;
  headline: string;
  state: PublicationState;
  changes: ChangeDates;
  /** The day it is on the site from, as typed, where not `changes.published` (republished). */
  onSite?: string | undefined;
  /** The last commit that changed the file; undefined when never committed. */
  commit?: Commit | undefined;
  /** Whether the file has changes not yet committed. */
  uncommitted?: boolean | undefined;
  /** The language it is translated from (its `translation.from`), where it is a translation. */
  translatedFrom?: string | undefined;
}

/** A git commit, as `git log` gives it. */
export interface Commit {
  hash: string;
  /** ISO date and time of the commit. */
  date: string;
  subject: string;
}

/**
 * The last commit of each file, from `git log --format=%x00%H%x09%cI%x09%s
 * --name-only`: newest first, so a file's first commit is its last change.
 */
export function lastCommits(log: string): Map<string, Commit> {
  const commits = new Map<string, Commit>();
  for (const entry of log.split('\0').filter((text) => text.trim())) {
    const [header = '', ...files] = entry.split('\n');
    const [hash = '', date = '', subject = ''] = header.split('\t');
    for (const file of files.filter(Boolean)) {
      if (!commits.has(file)) commits.set(file, { hash, date, subject });
    }
  }
  return commits;
}

/** The status of every article's translations: each list in the order of the files. */
export interface TranslationStatus {
  /** Editions with no counterpart in the other language. */
  missing: { edition: Edition; lang: string }[];
  /** Translations changed in git less recently than their original. */
  olderInGit: { translation: Edition; original: Edition }[];
  /** Translations whose readers are told the original was updated (and when). */
  outdatedForReaders: { translation: Edition; since: string }[];
  /** Articles not on the published site: drafts, future ones and withdrawn ones. */
  heldBack: Edition[];
}

/** When a file last changed for git: its last commit, or now if it has changes not committed. */
const changedAt = (edition: Edition) =>
  edition.uncommitted ? '9999' : (edition.commit?.date ?? '0000');

/** The status of the translations of these editions; `original` is the language translated from. */
export function translationStatus(
  editions: Edition[],
  languages: readonly string[],
  original: string,
): TranslationStatus {
  const byKey = new Map(editions.map((edition) => [`${edition.lang}/${edition.slug}`, edition]));
  const status: TranslationStatus = {
    missing: [],
    olderInGit: [],
    outdatedForReaders: [],
    heldBack: [],
  };
  for (const edition of editions) {
    if (edition.state !== 'published') status.heldBack.push(edition);
    for (const lang of languages) {
      if (lang !== edition.lang && !byKey.has(`${lang}/${edition.slug}`)) {
        status.missing.push({ edition, lang });
      }
    }
    const first = byKey.get(`${original}/${edition.slug}`);
    // What its page says (data/articlePage.ts): measured against the edition it names.
    const from = noteLanguage(
      edition.lang,
      edition.translatedFrom,
      original,
      first?.translatedFrom,
    );
    const noted = from && byKey.get(`${from}/${edition.slug}`);
    const since = noted && outdatedSince(edition.changes, noted.changes);
    if (since) status.outdatedForReaders.push({ translation: edition, since });
    if (edition.lang === original || !first) continue;
    if (changedAt(first) > changedAt(edition)) {
      status.olderInGit.push({ translation: edition, original: first });
    }
  }
  return status;
}

const when = (edition: Edition) =>
  edition.uncommitted
    ? 'changes not committed yet'
    : edition.commit
      ? `${edition.commit.date.slice(0, 10)} (${edition.commit.hash.slice(0, 7)} ${edition.commit.subject})`
      : 'never committed';

const stateNote = (edition: Edition) =>
  edition.state === 'published'
    ? ''
    : edition.state === 'scheduled'
      ? ` [scheduled: ${edition.onSite ?? edition.changes.published}]`
      : ` [${edition.state}]`;

/**
 * The report as `npm run status` prints it; `disagreements` are the build's
 * own problems, `doubts` the texts whose language an editor should look at
 * (check/languageDoubt.ts), which the build lets through.
 */
export function formatStatus(
  status: TranslationStatus,
  disagreements: Problem[],
  doubts: Problem[] = [],
): string {
  const section = (title: string, lines: string[], none: string) =>
    [`${title}:`, ...(lines.length > 0 ? lines.map((line) => `  ${line}`) : [`  ${none}`])].join(
      '\n',
    );
  return [
    section(
      'Without a translation',
      status.missing.map(
        ({ edition, lang }) =>
          `${edition.file}${stateNote(edition)}: no ${lang} edition ("${edition.headline}"); it would be content/articles/${lang}/${edition.slug}.mdx`,
      ),
      'none: every article is in every language',
    ),
    section(
      'Editions that disagree (a build refuses these)',
      disagreements.map(formatProblem),
      'none',
    ),
    section(
      'Translations older than their original in git',
      status.olderInGit.map(
        ({ translation, original }) =>
          `${translation.file}: last changed ${when(translation)}; ${original.file} changed since, ${when(original)}`,
      ),
      'none',
    ),
    section(
      'Translations whose readers are told the original was updated',
      status.outdatedForReaders.map(
        ({ translation, since }) =>
          `${translation.file}: the original changed on ${since}; bring the translation up to date and set its updated: (or a correction) to that day or later`,
      ),
      'none',
    ),
    section(
      "Texts that may not be in their edition's language (the build lets them through)",
      doubts.map(formatProblem),
      'none',
    ),
    section(
      'Not on the published site',
      status.heldBack.map((edition) => `${edition.file}${stateNote(edition)}`),
      'none',
    ),
  ].join('\n\n');
}
