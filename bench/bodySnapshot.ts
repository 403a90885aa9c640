// What a change to the article pipeline must leave alone: the HTML of each
// built page's article body (and, looser, of the whole page). A snapshot is
// taken from a build before the change and one after; the two are compared
// byte for byte, typography and all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One built page: the body the article's text renders to, and the page around it. */
export interface PageSnapshot {
  /** The inner HTML of the page's `<div class="prose">`: what the MDX body became. */
  body: string;
  /** The whole page, for differences outside the body (headline, related articles, ...). */
  page: string;
}

/** A build's article and content pages, by address: `en/articles/<slug>`, `ru/about`. */
export type Snapshot = Record<string, PageSnapshot>;

/** A difference between two snapshots of one page. */
export interface Difference {
  /** The page's address, as in the snapshot. */
  address: string;
  /** What differs: the body, the page around an identical body, or the page is missing from one side. */
  part: 'body' | 'page' | 'only before' | 'only after';
  /** Where the two first differ, as a short excerpt of each side. */
  before: string;
  after: string;
}

const opening = '<div class="prose">';

/**
 * The inner HTML of the first `<div class="prose">` of a page, or undefined
 * when the page has none. Divs nest inside it (a component may bring one), so
 * the end is found by counting.
 */
export function proseOf(html: string): string | undefined {
  const start = html.indexOf(opening);
  if (start < 0) return undefined;
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start + opening.length;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start + opening.length, match.index);
  }
  return undefined;
}

/**
 * Every article page and content page (about) of a built site, by address.
 * Pages without a prose body (lists, search) are not what the article
 * pipeline makes, and are left out.
 */
export function siteSnapshot(outDir: string): Snapshot {
  const snapshot: Snapshot = {};
  const langs = readdirSync(outDir).filter((name) => /^[a-z]{2}$/.test(name));
  for (const lang of langs.sort()) {
    const pages = [
      ...readdirSync(join(outDir, lang, 'articles'))
        .sort()
        .map((slug) => `${lang}/articles/${slug}`),
      `${lang}/about`,
    ];
    for (const address of pages) {
      const file = join(outDir, address, 'index.html');
      // A corpus without content pages (the benchmark's) has no about page.
      if (!existsSync(file)) continue;
      const page = readFileSync(file, 'utf8');
      const body = proseOf(page);
      if (body !== undefined) snapshot[address] = { body, page };
    }
  }
  return snapshot;
}

/** Where two texts first differ, with `context` characters either side. */
export function firstDifference(
  before: string,
  after: string,
  context = 80,
): { before: string; after: string } {
  let at = 0;
  while (at < before.length && at < after.length && before[at] === after[at]) at += 1;
  const from = Math.max(0, at - context);
  return {
    before: before.slice(from, at + context),
    after: after.slice(from, at + context),
  };
}

/**
 * Every difference between two snapshots: a body that is not byte for byte
 * the same, a page that differs around an identical body, a page on one side only.
 */
export function compareSnapshots(before: Snapshot, after: Snapshot): Difference[] {
  const addresses = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return addresses.flatMap((address): Difference[] => {
    const old = before[address];
    const now = after[address];
    if (!old) return [{ address, part: 'only after', before: '', after: '' }];
    if (!now) return [{ address, part: 'only before', before: '', after: '' }];
    if (old.body !== now.body)
      return [{ address, part: 'body', ...firstDifference(old.body, now.body) }];
    if (old.page !== now.page)
      return [{ address, part: 'page', ...firstDifference(old.page, now.page) }];
    return [];
  });
}
