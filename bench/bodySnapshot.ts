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
  /** What differs: the changed region of each side (see changedRegion). */
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

/**
 * The region of two HTML texts that differs: both cut into pieces after each
 * `>`, the pieces they share at the start and at the end left out. Where a
 * page differs in several places, the region runs from the first to the last.
 * Longer regions are cut to `limit` characters.
 */
export function changedRegion(
  before: string,
  after: string,
  limit = 400,
): { before: string; after: string } {
  const a = before.split(/(?<=>)/);
  const b = after.split(/(?<=>)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end += 1;
  }
  const cut = (pieces: string[]) => {
    const text = pieces.slice(start, pieces.length - end).join('');
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
  };
  return { before: cut(a), after: cut(b) };
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
      return [{ address, part: 'body', ...changedRegion(old.body, now.body) }];
    if (old.page !== now.page)
      return [{ address, part: 'page', ...changedRegion(old.page, now.page) }];
    return [];
  });
}

/** Differences that are the same change, grouped: the change once, with the pages it is on. */
export function groupedDifferences(
  differences: Difference[],
): { part: Difference['part']; before: string; after: string; addresses: string[] }[] {
  const groups = new Map<
    string,
    { part: Difference['part']; before: string; after: string; addresses: string[] }
  >();
  for (const { address, part, before, after } of differences) {
    const key = JSON.stringify([part, before, after]);
    const group = groups.get(key) ?? { part, before, after, addresses: [] };
    group.addresses.push(address);
    groups.set(key, group);
  }
  return [...groups.values()];
}
