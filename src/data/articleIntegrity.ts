/**
 * Checks that a content schema cannot make: references across files that
 * must resolve, body components that must match frontmatter, file names that
 * must be addresses, and dates as typed (before YAML read them). Pure, so the
 * rules are unit-tested on plain objects; the build runs them on the
 * collections (see data/articles.ts) and fails with every problem listed.
 */

import { parseSeeAlso, slugPattern } from '../schemas/slug';
import { nearestName } from '../lib/nearestName';
import { slugFromText } from '../lib/transliterate';
import { lineBreaks, splitArticleSource } from './articleSource';
import { placementProblems, type Placement } from './bodyProblems';
import { withoutCode } from './bodySyntax';
import {
  bodyComponentFields,
  bodyComponents,
  type BodyComponent,
} from '../components/mdx/bodyParts';

/** What the checks need to know of one article file. */
export interface ArticleFacts {
  /** Collection id: `<lang folder>/<slug>`. */
  id: string;
  /** Path of the file, as an editor would open it. */
  filePath: string;
  /**
   * The file as written, frontmatter and body: problems in the body are
   * reported by the file's own line numbers, and dates as they were typed.
   */
  source: string;
  lang: string;
  authors: string[];
  topics: string[];
  photos: string[];
  quotes: string[];
  seeAlso: string[];
  basedOn?: string | undefined;
  /** For a translation: the language it was translated from and who translated it (author ids). */
  translation?: { from: string; by: string[] } | undefined;
  /** The speakers of the article's quotes, in frontmatter order. */
  speakers: string[];
  /** The publication date as YYYY-MM-DD or YYYY-MM; editions of an article share it. */
  published?: string | undefined;
  /** The day this site published an edition first published elsewhere, as typed. */
  republished?: string | undefined;
  /** When the reported events happened, as typed; editions of an article share it. */
  events?: string | undefined;
  /** Whether the article is the lead story; editions of an article lead together. */
  lead?: boolean | undefined;
  /** Work in progress, never published. */
  draft?: boolean | undefined;
  /** Withdrawn: its page says so, and nothing may link to it. */
  withdrawn?: boolean | undefined;
  /** The article's earlier slugs, whose addresses lead to it. */
  renamedFrom?: string[] | undefined;
}

/** The ids that exist in the data collections. */
export interface KnownIds {
  authors: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** People's names from names.json, by language. */
  people: Readonly<Record<string, ReadonlySet<string>>>;
}

const quoteList = (values: Iterable<string>) =>
  [...values].map((value) => `"${value}"`).join(', ') || 'none';

/**
 * Body components whose id names no entry of their frontmatter list, found
 * in the text as written (code blanked out, as MDX reads it), in the words
 * the loader uses for the same check on its parsed tree.
 */
function* bodyPlacementProblems(article: ArticleFacts): Generator<string> {
  const tag = new RegExp(`<(${bodyComponents.join('|')})\\b([^>]*)>`, 'g');
  const { body, bodyLine } = splitArticleSource(article.source);
  const text = withoutCode(body);
  const placements: Placement[] = [];
  for (const match of text.matchAll(tag)) {
    const name = match[1] as BodyComponent;
    const id = /\bid=(?:"([^"]*)"|'([^']*)')/.exec(match[2] ?? '');
    const line = bodyLine + lineBreaks(text.slice(0, match.index));
    if (id) {
      placements.push({ component: name, id: id[1] ?? id[2] ?? '', line });
    } else {
      yield `line ${line}: <${name}>: expected a plain id="..." naming an entry of \`${bodyComponentFields[name]}\``;
    }
  }
  const { photos, quotes, seeAlso } = article;
  yield* placementProblems(placements, bodyComponentFields, { photos, quotes, seeAlso });
}

/**
 * YAML reads 2019-02-30 as 2 March and 2019-13-01 as January 2020 without a
 * word, so the schema only ever sees a valid date; the date as typed tells.
 */
function* typedDateProblems(article: ArticleFacts): Generator<string> {
  const typed =
    /^(?: *- +| *)(published|republished|updated|events|date):[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gm;
  const { frontmatter = '' } = splitArticleSource(article.source);
  for (const [, field, year, month, day] of frontmatter.matchAll(typed)) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
      yield `${field}: ${year}-${month}-${day} is not a day of the calendar; expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known`;
    }
  }
}

/**
 * The address a file name reads as: Latin letters (Cyrillic transliterated),
 * lower case, hyphens for anything else. Astro's default loader read names
 * much so, which is how "Some Story.mdx" and some-story.mdx once became one
 * article.
 */
const addressOf = (name: string): string => slugFromText(name, Infinity);

function* fileNameProblems(
  article: ArticleFacts,
  slug: string,
  sameAddress: ArticleFacts[],
  misnamed: boolean,
): Generator<string> {
  // The only form of a file name, as the name is the article's address.
  if (slugPattern.test(slug)) return;
  const expected = `file name: expected lower-case words joined by hyphens (the name is the article's address)`;
  const others = sameAddress.filter((other) => other !== article);
  const address = addressOf(slug);
  if (others.length > 0) {
    const files = others.map((other) => other.filePath).join(' and ');
    yield `${expected}; read as "${address}" it is the same article as ${files}: keep one of the files`;
  } else if (misnamed) {
    // A translation saved under its own name is told its original's name,
    // which is in Latin letters too: a second name to rename it to would confuse.
    return;
  } else if (/\p{Script=Cyrillic}/u.test(slug)) {
    yield `file name: the name is the article's address and must be in Latin letters (lower-case words joined by hyphens), also for a Russian article; rename the file to ${address}.mdx`;
  } else if (address) {
    yield `${expected}; rename the file to ${address}.mdx`;
  } else {
    yield expected;
  }
}

function* duplicateProblems(field: string, ids: string[]): Generator<string> {
  for (const [index, id] of ids.entries()) {
    if (ids.indexOf(id) !== index) yield `${field}[${index}]: id "${id}" is used twice`;
  }
}

function* articleProblems(
  article: ArticleFacts,
  slugsByLang: Map<string, Set<string>>,
  byAddress: Map<string, ArticleFacts[]>,
  renamed: Map<string, string>,
  known: KnownIds,
  misnamed: ReadonlySet<string>,
): Generator<string> {
  const [folder = '', slug = ''] = article.id.split('/');
  yield* fileNameProblems(
    article,
    slug,
    byAddress.get(`${folder}/${addressOf(slug)}`) ?? [],
    misnamed.has(article.id),
  );
  if (folder !== article.lang) {
    yield `lang: is "${article.lang}" but the file is in the "${folder}" folder; move the file or correct lang`;
  }
  for (const [index, author] of article.authors.entries()) {
    if (!known.authors.has(author)) {
      yield `authors[${index}]: no author "${author}" in authors.json (known: ${quoteList([...known.authors].sort())})`;
    }
  }
  for (const [index, translator] of (article.translation?.by ?? []).entries()) {
    if (!known.authors.has(translator)) {
      yield `translation.by[${index}]: no author "${translator}" in authors.json (known: ${quoteList(known.authors)})`;
    }
  }
  const from = article.translation?.from;
  if (from !== undefined && !slugsByLang.get(from)?.has(slug)) {
    yield `translation.from: no ${from} edition of this article (expected a file articles/${from}/${slug}.mdx)`;
  }
  for (const [index, topic] of article.topics.entries()) {
    if (!known.topics.has(topic)) {
      yield `topics[${index}]: no topic "${topic}" in topics.json (known: ${quoteList([...known.topics].sort())})`;
    }
  }
  const sameLang = slugsByLang.get(folder) ?? new Set<string>();
  const missing = (value: string) => {
    const now = renamed.get(`${folder}/${value}`);
    if (now) return `"${value}" was renamed to "${now}"; write ${now}`;
    // A slip in a long file name is the usual cause: name the article meant.
    const near = nearestName(value, sameLang);
    return `no article "${value}" in ${folder} (expected a file articles/${folder}/${value}.mdx)${near ? `; did you mean ${near}?` : ''}`;
  };
  for (const [index, entry] of article.seeAlso.entries()) {
    const { lang: other, slug: target } = parseSeeAlso(entry);
    const field = `seeAlso[${index}]`;
    if (other === folder) {
      yield `${field}: "${entry}" is in this article's own language; write ${target}`;
    } else if (other !== undefined) {
      if (!slugsByLang.get(other)?.has(target)) {
        yield `${field}: no article "${target}" in ${other} (expected a file articles/${other}/${target}.mdx)`;
      }
    } else if (target === slug) {
      yield `${field}: "${target}" is this article itself`;
    } else if (!sameLang.has(target)) {
      // An article written only in another language: say how to link to it.
      const elsewhere = [...slugsByLang].find(
        ([lang, slugs]) => lang !== folder && slugs.has(target),
      );
      yield elsewhere
        ? `${field}: no article "${target}" in ${folder}, but there is one in ${elsewhere[0]} (articles/${elsewhere[0]}/${target}.mdx); to link to it (the link says which language it is in), write ${elsewhere[0]}/${target} here and in <SeeAlso id="${elsewhere[0]}/${target}" />, or translate it first`
        : `${field}: ${missing(target)}`;
    }
  }
  if (article.basedOn !== undefined && !sameLang.has(article.basedOn)) {
    yield `basedOn: ${missing(article.basedOn)}`;
  }
  for (const [index, old] of (article.renamedFrom ?? []).entries()) {
    if (sameLang.has(old)) {
      yield `renamedFrom[${index}]: "${old}" is the address of another article (articles/${folder}/${old}.mdx); an address leads to one article: remove it here`;
    } else if (renamed.get(`${folder}/${old}`) !== slug) {
      yield `renamedFrom[${index}]: "${old}" is claimed by another article too (${renamed.get(`${folder}/${old}`)}); keep it in one`;
    }
  }
  yield* typedDateProblems(article);
  const people = known.people[article.lang] ?? new Set<string>();
  for (const [index, speaker] of article.speakers.entries()) {
    if (!people.has(speaker)) {
      // A slip in a known name must not end as a second spelling added to names.json.
      const near = nearestName(speaker, people);
      yield `quotes[${index}].speaker: "${speaker}" is not a person in names.json (${article.lang}); add the name there or spell it as it is there${near ? ` (did you mean "${near}"?)` : ''}`;
    }
  }
  yield* duplicateProblems('photos', article.photos);
  yield* duplicateProblems('quotes', article.quotes);
  yield* bodyPlacementProblems(article);
}

/**
 * "See also" targets as articles, whatever language the link names:
 * `ru/x` in one edition and `x` in the other lead to the same article.
 */
const seeAlsoSlugs = (entries: string[]) => entries.map((entry) => parseSeeAlso(entry).slug);

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** How a field's value reads in a message. */
const shown = (value: string[] | string | boolean | undefined): string =>
  Array.isArray(value)
    ? quoteList(value)
    : value === undefined || value === false
      ? 'none'
      : value === true
        ? 'true'
        : `"${value}"`;

/**
 * Fields that both editions of an article must give alike: they are facts
 * about the article, not texts to translate. Lists compare as sets.
 */
const sharedFields = [
  ['seeAlso', 'link to the same articles'],
  ['photos', 'show the same photos'],
  ['quotes', 'place the same quotes'],
  ['topics', 'have the same topics'],
  ['authors', 'have the same authors'],
  ['basedOn', 'are based on the same article'],
  ['published', 'have the same publication date'],
  ['events', 'date the events alike'],
  ['lead', 'lead the front page together'],
  ['withdrawn', 'are withdrawn together'],
] as const satisfies readonly (readonly [keyof ArticleFacts, string])[];

const same = (
  field: keyof ArticleFacts,
  a: ArticleFacts[keyof ArticleFacts],
  b: ArticleFacts[keyof ArticleFacts],
) =>
  Array.isArray(a) && Array.isArray(b)
    ? field === 'seeAlso'
      ? sameSet(seeAlsoSlugs(a), seeAlsoSlugs(b))
      : sameSet(a, b)
    : (a ?? false) === (b ?? false);

/** A translation must say what the original says of the facts in sharedFields. */
function* translationProblems(article: ArticleFacts, original: ArticleFacts): Generator<string> {
  const from = `the ${original.lang} edition (${original.filePath})`;
  for (const [field, rule] of sharedFields) {
    if (
      field === 'published' &&
      (article.published === undefined || original.published === undefined)
    )
      continue;
    if (!same(field, article[field], original[field])) {
      yield `${field}: has ${shown(article[field])} but ${from} has ${shown(original[field])}; both editions of an article ${rule}: make them agree`;
    }
  }
}

/** The non-empty id lists two articles share: evidence that they are one article. */
const sharedIds = (a: ArticleFacts, b: ArticleFacts) =>
  (['photos', 'quotes'] as const).filter(
    (field) => a[field].length > 0 && sameSet(a[field], b[field]),
  );

/**
 * A translation saved under another file name than its original: both are
 * without a partner, yet have the same date and the same photo or quote
 * ids, which editors name per article. (Weaker likenesses are listed by
 * `npm run status`, not refused: two briefs of a day may well be alike.)
 */
function* misnamedTranslationProblems(
  article: ArticleFacts,
  unpairedOriginals: ArticleFacts[],
): Generator<string> {
  for (const original of unpairedOriginals) {
    const shared = sharedIds(article, original);
    if (shared.length === 0 || article.published !== original.published) continue;
    const slug = original.id.split('/')[1];
    yield `file name: no ${original.lang} edition has this name, but ${original.filePath} has no ${article.lang} edition and has the same date and ${shared.join(' and ')}; if this is its translation, rename this file to ${slug}.mdx (editions of an article share the file name)`;
  }
}

/**
 * Every integrity problem in a set of articles, each as
 * `<file>: <field>: <what is wrong and what was expected>`. Empty when all is well.
 */
export function articleIntegrityProblems(articles: ArticleFacts[], known: KnownIds): string[] {
  const slugsByLang = new Map<string, Set<string>>();
  const byAddress = new Map<string, ArticleFacts[]>();
  for (const article of articles) {
    const [folder = '', slug = ''] = article.id.split('/');
    slugsByLang.set(folder, (slugsByLang.get(folder) ?? new Set()).add(slug));
    const address = `${folder}/${addressOf(slug)}`;
    byAddress.set(address, [...(byAddress.get(address) ?? []), article]);
  }
  // Earlier addresses: `<lang>/<old slug>` -> the slug it now has (the first to claim it).
  const renamed = new Map<string, string>();
  for (const article of articles) {
    const [folder = '', slug = ''] = article.id.split('/');
    for (const old of article.renamedFrom ?? []) {
      if (!renamed.has(`${folder}/${old}`)) renamed.set(`${folder}/${old}`, slug);
    }
  }
  const editions = editionFindings(articles);
  const own = articles.flatMap((article) =>
    [...articleProblems(article, slugsByLang, byAddress, renamed, known, editions.misnamed)].map(
      (problem) => `${article.filePath}: ${problem}`,
    ),
  );
  return [...own, ...editions.problems];
}

/**
 * The problems between the editions of articles: a translation that
 * disagrees with its original on what they share, or one saved under
 * another file name. English is the original edition; every other language
 * is checked against it.
 */
export function editionProblems(articles: ArticleFacts[]): string[] {
  return editionFindings(articles).problems;
}

/** The edition problems, and the ids of the translations told to take their original's name. */
function editionFindings(articles: ArticleFacts[]): { problems: string[]; misnamed: Set<string> } {
  const misnamed = new Set<string>();
  const byId = new Map(articles.map((article) => [article.id, article]));
  const originalOf = (article: ArticleFacts) => {
    const [folder, slug] = article.id.split('/');
    return folder === 'en' ? undefined : byId.get(`en/${slug}`);
  };
  const hasTranslation = new Set(
    articles.flatMap((article) => (originalOf(article) ? [`en/${article.id.split('/')[1]}`] : [])),
  );
  const unpairedOriginals = articles.filter(
    (article) => article.id.startsWith('en/') && !hasTranslation.has(article.id),
  );
  const problems = articles.flatMap((article) => {
    const original = originalOf(article);
    const isTranslation = !article.id.startsWith('en/');
    const renaming =
      isTranslation && !original
        ? [...misnamedTranslationProblems(article, unpairedOriginals)]
        : [];
    if (renaming.length > 0) misnamed.add(article.id);
    return [...(original ? translationProblems(article, original) : []), ...renaming].map(
      (problem) => `${article.filePath}: ${problem}`,
    );
  });
  return { problems, misnamed };
}
