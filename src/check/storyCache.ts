/**
 * The story problems of each article (storyProblems.ts) as the last check
 * found them, kept in the build's cache folder for the next one: judging
 * every article's language and quotes was half of the content check's time,
 * and so a sixth of republishing one edited article at 2,000 per language.
 *
 * An article's story problems follow from its file alone (its path and
 * text: the facts are read from them), the build's day and the check's code.
 * Each entry is found by the first; the whole cache is kept for one day and
 * one version of the code (its files and the locked packages), and starts
 * afresh when either changes. It is only ever a shortcut: a cache that cannot
 * be read is started afresh, and one that cannot be written is left behind.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleFacts } from './articleFacts';
import type { Problem } from './articleSource';

/**
 * The folders of the check's code and what it imports, from the project's
 * root, and the lock file of the packages it uses (the Markdown parser, YAML,
 * the schema library): a change to any of them changes what it finds.
 */
const checkCode = [
  'src/check',
  'src/i18n',
  'src/lib',
  'src/schemas',
  'src/config',
  'package-lock.json',
];

/** A digest of the check's code (see checkCode) under the project root `root`. */
export function checkCodeVersion(root: string): string {
  const hash = createHash('sha256');
  for (const entry of checkCode) {
    const path = join(root, entry);
    if (!existsSync(path)) continue;
    const files = entry.includes('.')
      ? [entry]
      : readdirSync(path, { recursive: true, encoding: 'utf8' })
          .sort()
          .map((file) => join(entry, file))
          .filter((file) => /\.(ts|mjs|js|json)$/.test(file));
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/** What the cache file holds. */
interface Kept {
  /** The code's version and the build's day it was found with. */
  version: string;
  /** Each article's story problems, by articleKey. */
  problems: Record<string, Problem[]>;
}

/** The key of an article's entry: a digest of what its facts are read from. */
function articleKey(article: ArticleFacts): string {
  return createHash('sha256')
    .update(`${article.filePath}\0${article.id}\0${article.lang}\0`)
    .update(article.text)
    .digest('hex');
}

/** The story problems of articles, found once and kept (see the top of this file). */
export interface StoryCache {
  /** The article's problems: kept ones if its file is unchanged, else found by `judge`. */
  problemsOf(article: ArticleFacts, judge: (article: ArticleFacts) => Problem[]): Problem[];
  /** Writes the entries asked for since it was opened, and only those, for the next check. */
  save(): void;
}

/**
 * Opens the cache at `file` (a JSON file in the cache folder) for this
 * version of the code and this build's day; undefined `file` keeps nothing.
 */
export function storyCache(
  file: string | undefined,
  code: string,
  today: string | undefined,
): StoryCache {
  const version = createHash('sha256')
    .update(`${code}\0${today ?? 'any day'}`)
    .digest('hex');
  const last = file ? readKept(file, version) : {};
  const now: Record<string, Problem[]> = {};
  let found = 0;
  return {
    problemsOf(article, judge) {
      if (!file) return judge(article);
      const key = articleKey(article);
      const known = now[key] ?? last[key];
      if (known) {
        now[key] = known;
        return known.map((problem) => ({ ...problem }));
      }
      found += 1;
      const problems = judge(article);
      now[key] = problems;
      return problems.map((problem) => ({ ...problem }));
    },
    save() {
      if (!file) return;
      // Every entry asked for was kept, and none other was: the file already says this.
      if (found === 0 && Object.keys(now).length === Object.keys(last).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.part`, JSON.stringify({ version, problems: now } satisfies Kept));
        renameSync(`${file}.part`, file);
      } catch {
        // A cache folder that cannot be written only costs the next check its shortcut.
      }
    },
  };
}

/** The entries kept at `file` for this version, or none. */
function readKept(file: string, version: string): Record<string, Problem[]> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<Kept>;
    return kept.version === version && kept.problems && typeof kept.problems === 'object'
      ? kept.problems
      : {};
  } catch {
    return {};
  }
}
