// The lead article's source text (a copy of the seed, tests/fixtures/seed) cut
// into what the English page must carry, with the capture artifacts that the
// seed's README lists mended, and nothing else changed.
import { readFileSync } from 'node:fs';

const raw = readFileSync(new URL('../fixtures/seed/lead-article.txt', import.meta.url), 'utf8');

/** Lines of the captured page that are site chrome or placed elsewhere on the page. */
const chrome = [
  /^Follow us on /,
  /^Русский$/,
  /^See also: /,
  /Photo: |^Photo courtesy of /,
  /^Longing for changes$/,
  /^This article was prepared/,
  /^If you have found a spelling error/,
];

const stripMarkdown = (text: string) =>
  text.replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1');

/** The seed's paragraphs, markdown stripped, broken sentences joined. */
const paragraphs = raw
  .split(/\n\s*\n/)
  .map((block) => stripMarkdown(block.trim()))
  .filter(Boolean)
  // The README's garbled hashtag.
  .map((text) => text.replace('#уменьяествьвыбор', '#уменяестьвыбор'))
  .reduce<string[]>((joined, text) => {
    const previous = joined.at(-1);
    // A sentence the capture broke: the next paragraph carries on in lower case.
    if (previous !== undefined && /^\p{Ll}/u.test(text)) {
      joined[joined.length - 1] = `${previous} ${text}`;
    } else joined.push(text);
    return joined;
  }, []);

/** The standfirst: the first paragraph. */
export const seedStandfirst = paragraphs[0]!;
/** The disclaimer. */
export const seedDisclaimer = paragraphs.find((text) =>
  text.startsWith('This article was prepared'),
)!;
/** The three "see also" titles, in order. */
export const seedSeeAlsoTitles = [...raw.matchAll(/^See also: \[([^\]]+)\]/gm)].map((m) => m[1]!);

/** Every sentence of the article body, in order. */
export const seedBodySentences = paragraphs
  .slice(1)
  .filter((text) => !chrome.some((pattern) => pattern.test(text)))
  .flatMap((text) => text.split(/(?<=[.?!][”"]?)\s+(?=[“"A-ZА-Я])/));

/**
 * Text reduced to what typography cannot change: quotes, dashes, spaces and
 * a missing final full stop do not count.
 */
export function comparable(text: string): string {
  return text
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—‑-]/g, '-')
    .replace(/\s+/g, '')
    .replace(/\.$/, '');
}

/**
 * The sentences of the seed's body missing from `text` (a page's body), in
 * the seed's order: each must come after the one before it.
 */
export function missingSeedSentences(text: string): string[] {
  const body = comparable(text);
  const missing: string[] = [];
  let from = 0;
  for (const sentence of seedBodySentences) {
    const at = body.indexOf(comparable(sentence), from);
    if (at === -1) missing.push(sentence);
    else from = at;
  }
  return missing;
}
