/**
 * Checks that a content schema cannot make: references across files that
 * must resolve, body components that must match frontmatter, file names that
 * must be addresses, and dates as typed (before YAML read them). Pure, so the
 * rules are unit-tested on plain objects; the content check runs them on
 * every file (see contentCheck.ts). Each problem names its field by its path,
 * so its line is found in the file as written.
 */
import { isLang, languages, locales, type Lang } from '../i18n/locales';
import { nearestName } from '../lib/nearestName';
import { isoDate } from '../lib/publicationDate';
import { parseSeeAlso, slugPattern } from '../lib/slugs';
import { slugFromText } from '../lib/transliterate';
import { bodyComponentLists, bodyComponentNames, bodyComponents } from '../schemas/bodyComponents';
import { listIds, listsOf, publishedOf, type ArticleFacts } from './articleFacts';
import {
  fieldPath,
  lineOfField,
  splitArticleSource,
  type FileProblem,
  type Problem,
} from './articleSource';
import { placementProblems } from './bodyProblems';
import { outdatedNoteProblem } from './outdatedNote';

/** The ids that exist in the data collections. */
export interface KnownIds {
  authors: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** People's names from names.json, by language. */
  people: Readonly<Record<string, ReadonlySet<string>>>;
}

/** A problem found in one file: at a field's path (its line is looked up), or at a line. */
type Finding = FileProblem & { at?: readonly PropertyKey[] };

const quoteList = (values: Iterable<string>) =>
  [...values].map((value) => `"${value}"`).join(', ') || 'none';

/** Findings in the file of an article, with their lines where the file has them. */
function inFile(article: ArticleFacts, findings: Iterable<Finding>): Problem[] {
  return [...findings].map(({ at, ...problem }) => ({
    file: article.filePath,
    ...problem,
    line: problem.line ?? (at ? lineOfField(article.text, at) : undefined),
    field: problem.field ?? (at ? fieldPath(at) : undefined),
  }));
}

/**
 * YAML reads 2019-02-30 as 2 March and 2019-13-01 as January 2020 without a
 * word, so the schema only ever sees a valid date; the date as typed tells.
 */
function* typedDateProblems(article: ArticleFacts): Generator<Finding> {
  const typed =
    /^(?: *- +| *)(published|republished|updated|events|date):[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gm;
  const { frontmatter = '', frontmatterLine } = splitArticleSource(article.text);
  for (const match of frontmatter.matchAll(typed)) {
    const [, field = '', year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
      yield {
        line: frontmatterLine + frontmatter.slice(0, match.index).split('\n').length - 1,
        field,
        message: `${year}-${month}-${day} is not a day of the calendar`,
        advice: 'expected a real date as YYYY-MM-DD, or YYYY-MM when the day is not known',
      };
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
): Generator<Finding> {
  // The only form of a file name, as the name is the article's address.
  if (slugPattern.test(slug)) return;
  const field = 'file name';
  const expected = `expected lower-case words joined by hyphens (the name is the article's address)`;
  const others = sameAddress.filter((other) => other !== article);
  const address = addressOf(slug);
  if (others.length > 0) {
    const files = others.map((other) => other.filePath).join(' and ');
    yield {
      field,
      message: expected,
      advice: `read as "${address}" it is the same article as ${files}: keep one of the files`,
    };
  } else if (misnamed) {
    // A translation saved under its own name is told its original's name,
    // which is in Latin letters too: a second name to rename it to would confuse.
    return;
  } else if (/\p{Script=Cyrillic}/u.test(slug)) {
    yield {
      field,
      message:
        "the name is the article's address and must be in Latin letters (lower-case words joined by hyphens), also for a Russian article",
      advice: `rename the file to ${address}.mdx`,
    };
  } else {
    yield { field, message: expected, advice: address ? `rename the file to ${address}.mdx` : '' };
  }
}

/**
 * A "see also" to the article's own edition in another language: the
 * language switch of every page already leads there, and a second way would
 * list the same article as related to itself.
 */
function ownEditionMessage(
  article: ArticleFacts,
  entry: string,
  lang: Lang,
  written: boolean,
): string {
  const language = locales[lang].names.en;
  const placed = (article.placements ?? []).find(
    (placement) => placement.component === 'SeeAlso' && placement.id === entry,
  );
  const where = placed
    ? ` here and <SeeAlso id="${entry}" /> from the text${placed.line ? ` (line ${placed.line})` : ''}`
    : '';
  return written
    ? `"${entry}" is this article's own ${language} edition; readers reach it with the language switch: remove it${where}`
    : `"${entry}" is this article's own ${language} edition, which is not written yet; readers will reach it with the language switch: remove it${where}`;
}

/** Entries of a list whose id an earlier entry has. */
function* duplicateProblems(list: string, ids: readonly string[]): Generator<Finding> {
  for (const [index, id] of ids.entries()) {
    if (ids.indexOf(id) !== index) yield { at: [list, index], message: `id "${id}" is used twice` };
  }
}

/** Names in the body lists' entries that must be people of names.json (a quote's speaker). */
function* peopleProblems(article: ArticleFacts, known: KnownIds | undefined): Generator<Finding> {
  if (!known) return;
  const people = known.people[article.lang] ?? new Set<string>();
  for (const name of bodyComponentNames) {
    const row = bodyComponents[name];
    const fields: readonly string[] = 'people' in row ? row.people : [];
    const entries = (article[row.list] ?? []) as readonly Record<string, unknown>[];
    for (const [index, entry] of entries.entries()) {
      for (const field of fields) {
        const person = entry[field];
        if (typeof person !== 'string' || people.has(person)) continue;
        // A slip in a known name must not end as a second spelling added to names.json.
        const near = nearestName(person, people);
        yield {
          at: [row.list, index, field],
          message: `"${person}" is not a person in names.json (${article.lang})`,
          advice: `add the name there or spell it as it is there${near ? ` (did you mean "${near}"?)` : ''}`,
        };
      }
    }
  }
}

/**
 * What one article's file says that cannot be, alone or against the others;
 * ids and names are looked up in the data files where `known` gives them.
 */
function* articleProblems(
  article: ArticleFacts,
  slugsByLang: Map<string, Set<string>>,
  byAddress: Map<string, ArticleFacts[]>,
  renamed: Map<string, string>,
  known: KnownIds | undefined,
  misnamed: ReadonlySet<string>,
): Generator<Finding> {
  const [folder = '', slug = ''] = article.id.split('/');
  yield* fileNameProblems(
    article,
    slug,
    byAddress.get(`${folder}/${addressOf(slug)}`) ?? [],
    misnamed.has(article.id),
  );
  if (folder !== article.lang) {
    yield {
      at: ['lang'],
      message: `is "${article.lang}" but the file is in the "${folder}" folder`,
      advice: 'move the file or correct lang',
    };
  }
  for (const [index, author] of (article.authors ?? []).entries()) {
    if (known && !known.authors.has(author)) {
      yield {
        at: ['authors', index],
        message: `no author "${author}" in authors.json (known: ${quoteList([...known.authors].sort())})`,
      };
    }
  }
  for (const [index, translator] of (article.translation?.by ?? []).entries()) {
    if (known && !known.authors.has(translator)) {
      yield {
        at: ['translation', 'by', index],
        message: `no author "${translator}" in authors.json (known: ${quoteList(known.authors)})`,
      };
    }
  }
  const from = article.translation?.from;
  if (from !== undefined && !slugsByLang.get(from)?.has(slug)) {
    yield {
      at: ['translation', 'from'],
      message: `no ${from} edition of this article (expected a file articles/${from}/${slug}.mdx)`,
    };
  }
  for (const [index, topic] of (article.topics ?? []).entries()) {
    if (known && !known.topics.has(topic)) {
      yield {
        at: ['topics', index],
        message: `no topic "${topic}" in topics.json (known: ${quoteList([...known.topics].sort())})`,
      };
    }
  }
  const sameLang = slugsByLang.get(folder) ?? new Set<string>();
  const missing = (value: string): Pick<Finding, 'message' | 'advice'> => {
    const now = renamed.get(`${folder}/${value}`);
    if (now) return { message: `"${value}" was renamed to "${now}"`, advice: `write ${now}` };
    // A slip in a long file name is the usual cause: name the article meant.
    const near = nearestName(value, sameLang);
    return {
      message: `no article "${value}" in ${folder} (expected a file articles/${folder}/${value}.mdx)`,
      advice: near ? `did you mean ${near}?` : undefined,
    };
  };
  for (const [index, entry] of (article.seeAlso ?? []).entries()) {
    const { lang: other, slug: target } = parseSeeAlso(entry);
    const at = ['seeAlso', index];
    if (target === slug && (other === undefined || other === folder)) {
      yield { at, message: `"${entry}" is this article itself` };
    } else if (target === slug && other !== undefined && isLang(other)) {
      // Editions share the file name: <other>/<this name> is this article's translation.
      const written = slugsByLang.get(other)?.has(slug) ?? false;
      yield { at, message: ownEditionMessage(article, entry, other, written) };
    } else if (other === folder) {
      yield {
        at,
        message: `"${entry}" is in this article's own language`,
        advice: `write ${target}`,
      };
    } else if (other !== undefined) {
      if (!slugsByLang.get(other)?.has(target)) {
        yield {
          at,
          message: `no article "${target}" in ${other} (expected a file articles/${other}/${target}.mdx)`,
        };
      }
    } else if (!sameLang.has(target)) {
      // An article written only in another language: say how to link to it.
      const elsewhere = [...slugsByLang].find(
        ([lang, slugs]) => lang !== folder && slugs.has(target),
      );
      yield elsewhere
        ? {
            at,
            message: `no article "${target}" in ${folder}, but there is one in ${elsewhere[0]} (articles/${elsewhere[0]}/${target}.mdx)`,
            advice: `to link to it (the link says which language it is in), write ${elsewhere[0]}/${target} here and in <SeeAlso id="${elsewhere[0]}/${target}" />, or translate it first`,
          }
        : { at, ...missing(target) };
    }
  }
  if (article.basedOn !== undefined && !sameLang.has(article.basedOn)) {
    yield { at: ['basedOn'], ...missing(article.basedOn) };
  }
  for (const [index, old] of (article.renamedFrom ?? []).entries()) {
    const at = ['renamedFrom', index];
    if (sameLang.has(old)) {
      yield {
        at,
        message: `"${old}" is the address of another article (articles/${folder}/${old}.mdx); an address leads to one article`,
        advice: 'remove it here',
      };
    } else if (renamed.get(`${folder}/${old}`) !== slug) {
      yield {
        at,
        message: `"${old}" is claimed by another article too (${renamed.get(`${folder}/${old}`)})`,
        advice: 'keep it in one',
      };
    }
  }
  yield* typedDateProblems(article);
  yield* peopleProblems(article, known);
  for (const name of bodyComponentNames) {
    const { list, refersTo } = bodyComponents[name];
    if (refersTo === 'entry') yield* duplicateProblems(list, listIds(article, list) ?? []);
  }
  // Placements are checked against lists that are valid: a list the schema
  // refuses is reported once, by the schema.
  const lists = listsOf(article);
  const placements = (article.placements ?? []).filter(
    (placement) =>
      bodyComponentLists[placement.component as keyof typeof bodyComponentLists] in lists,
  );
  yield* placementProblems(placements, bodyComponentLists, lists);
  yield* unplacedProblems(article, lists);
}

/**
 * Entries of a body list that the text never places and that no reader
 * would see anywhere else (the registry's `unplaced`). Drafts may list what
 * they have not placed yet; a withdrawn article shows nothing of either; a
 * body that cannot be read has no placements to go by.
 */
function* unplacedProblems(
  article: ArticleFacts,
  lists: Partial<Record<string, readonly string[]>>,
): Generator<Finding> {
  if (article.draft || article.withdrawn || !article.placements) return;
  const placed = new Set(article.placements.map(({ component, id }) => `${component} ${id}`));
  for (const name of bodyComponentNames) {
    const { list, unplaced } = bodyComponents[name];
    if (unplaced === 'all') continue;
    for (const [index, id] of (lists[list] ?? []).entries()) {
      if (placed.has(`${name} ${id}`)) continue;
      const entry = (article[list as keyof ArticleFacts] as unknown[] | undefined)?.[index];
      const shownElsewhere =
        unplaced === 'first' && index === 0 && !(entry as { unavailable?: true }).unavailable;
      if (shownElsewhere) continue;
      yield {
        at: [list, index],
        message: `"${id}" is not placed in the text, so no reader would see it: place it with <${name} id="${id}" /> where it belongs, or remove it from ${list}`,
      };
    }
  }
}

/**
 * "See also" targets as articles, whatever language the link names:
 * `ru/x` in one edition and `x` in the other lead to the same article.
 */
const seeAlsoSlugs = (entries: readonly string[]) =>
  entries.map((entry) => parseSeeAlso(entry).slug);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** How a field's value reads in a message. */
const shown = (value: readonly string[] | string | boolean | undefined): string =>
  Array.isArray(value)
    ? quoteList(value)
    : value === undefined || value === false
      ? 'none'
      : value === true
        ? 'true'
        : `"${value as string}"`;

/** A fact both editions give, as compared: ids as a set, dates as typed. */
type Shared = readonly string[] | string | boolean | undefined;

/**
 * Fields that both editions of an article must give alike: they are facts
 * about the article, not texts to translate. Lists compare as sets; the body
 * lists are the registry's (bodyComponents.ts).
 */
const sharedFields: readonly {
  field: string;
  rule: string;
  value: (article: ArticleFacts) => Shared;
}[] = [
  ...bodyComponentNames.map((name) => {
    const { list, shared, refersTo } = bodyComponents[name];
    const ids = (article: ArticleFacts) => listIds(article, list);
    return {
      field: list,
      rule: shared,
      value: refersTo === 'article' ? (a: ArticleFacts) => seeAlsoSlugs(ids(a) ?? []) : ids,
    };
  }),
  { field: 'topics', rule: 'have the same topics', value: (a) => a.topics },
  { field: 'authors', rule: 'have the same authors', value: (a) => a.authors },
  { field: 'basedOn', rule: 'are based on the same article', value: (a) => a.basedOn },
  { field: 'published', rule: 'have the same publication date', value: publishedOf },
  { field: 'events', rule: 'date the events alike', value: (a) => a.events && isoDate(a.events) },
  { field: 'lead', rule: 'lead the front page together', value: (a) => a.lead },
  { field: 'withdrawn', rule: 'are withdrawn together', value: (a) => a.withdrawn !== undefined },
];

const same = (a: Shared, b: Shared) =>
  Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : (a ?? false) === (b ?? false);

/** How a field's value is shown: a "see also" as written, not as compared. */
const written = (article: ArticleFacts, field: string, value: Shared): Shared =>
  field === 'seeAlso' ? article.seeAlso : value;

/** Whether a problem is about a field: the field itself or a part of it (`photos[1].id`). */
const isAbout = (problem: Problem, field: string): boolean =>
  problem.field !== undefined &&
  (problem.field === field ||
    problem.field.startsWith(`${field}[`) ||
    problem.field.startsWith(`${field}.`));

/**
 * A translation must say what the original says of the facts in
 * sharedFields, and its page may call it a translation behind its original
 * only if it is one (outdatedNote.ts). It is compared on a field only where
 * both editions are valid on it. A field that is not valid in either edition
 * is the schema's to report; a field with a mistake of its own in either file (a date not in
 * the calendar, a photo id used twice, a "see also" to the article's own
 * translation) is reported in that file. Compared, either would be said a
 * second time as a disagreement, in the translation's file, and could
 * blame the edition that is right. Only that field is left alone, not the
 * whole edition: a mistake in another field says nothing of this one, and
 * every other disagreement is still reported in the same build.
 */
function* translationProblems(
  article: ArticleFacts,
  original: ArticleFacts,
  found: readonly Problem[],
): Generator<Finding> {
  const from = `the ${original.lang} edition (${original.filePath})`;
  const files = new Set([article.filePath, original.filePath]);
  const flawed = (field: string) =>
    found.some((problem) => files.has(problem.file) && isAbout(problem, field));
  for (const { field, rule, value } of sharedFields) {
    if (!(field in article) || !(field in original) || flawed(field)) continue;
    const [mine, theirs] = [value(article), value(original)];
    if (field === 'published' && (mine === undefined || theirs === undefined)) continue;
    if (!same(mine, theirs)) {
      yield {
        at: [field],
        message: `has ${shown(written(article, field, mine))} but ${from} has ${shown(written(original, field, theirs))}; both editions of an article ${rule}: make them agree`,
      };
    }
  }
  const note = outdatedNoteProblem(article, original, flawed);
  if (note) yield note;
}

/** The non-empty entry lists two articles share: evidence that they are one article. */
const sharedIds = (a: ArticleFacts, b: ArticleFacts) =>
  bodyComponentNames
    .filter((name) => bodyComponents[name].refersTo === 'entry')
    .map((name) => bodyComponents[name].list)
    .filter((list) => {
      const [mine = [], theirs = []] = [listIds(a, list), listIds(b, list)];
      return mine.length > 0 && sameSet(mine, theirs);
    });

/**
 * A translation saved under another file name than its original: both are
 * without a partner, yet have the same date and the same photo or quote
 * ids, which editors name per article. (Weaker likenesses are listed by
 * `npm run status`, not refused: two briefs of a day may well be alike.)
 */
function* misnamedTranslationProblems(
  article: ArticleFacts,
  unpairedOriginals: ArticleFacts[],
): Generator<Finding> {
  for (const original of unpairedOriginals) {
    const shared = sharedIds(article, original);
    if (shared.length === 0 || publishedOf(article) !== publishedOf(original)) continue;
    const slug = original.id.split('/')[1];
    yield {
      field: 'file name',
      message: `no ${original.lang} edition has this name, but ${original.filePath} has no ${article.lang} edition and has the same date and ${shared.join(' and ')}`,
      advice: `if this is its translation, rename this file to ${slug}.mdx (editions of an article share the file name)`,
    };
  }
}

/**
 * Every integrity problem in a set of articles, each naming its file, field
 * and line. Empty when all is well. `found` are the problems the other
 * checks found in the same files (the schema's, the story's, the links'):
 * the editions are not compared on a field either of them has a problem in.
 */
export function articleIntegrityProblems(
  articles: ArticleFacts[],
  known: KnownIds,
  found: readonly Problem[] = [],
): Problem[] {
  const { own, editions } = integrityFindings(articles, known, found);
  return [...own, ...editions];
}

/**
 * The problems between the editions of articles: a translation that
 * disagrees with its original on what they share, or one saved under
 * another file name. The first language is the original edition; every
 * other language is checked against it, on the fields that neither edition
 * has a problem of its own in (`found`, and what the integrity check finds
 * without the data files).
 */
export function editionProblems(
  articles: ArticleFacts[],
  found: readonly Problem[] = [],
): Problem[] {
  return integrityFindings(articles, undefined, found).editions;
}

/** Each file's own integrity problems, then the problems between editions. */
function integrityFindings(
  articles: ArticleFacts[],
  known: KnownIds | undefined,
  found: readonly Problem[],
): { own: Problem[]; editions: Problem[] } {
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
  const editions = editionPairs(articles);
  const own = articles.flatMap((article) =>
    inFile(
      article,
      articleProblems(article, slugsByLang, byAddress, renamed, known, editions.misnamed),
    ),
  );
  const problems = [...found, ...own];
  return {
    own,
    editions: articles.flatMap((article) => {
      const original = editions.originals.get(article);
      return original
        ? inFile(article, translationProblems(article, original, problems))
        : (editions.renaming.get(article) ?? []);
    }),
  };
}

/**
 * Each translation's original edition; and the translations without one
 * that are told to take an original's name, with what they are told.
 */
function editionPairs(articles: ArticleFacts[]): {
  originals: Map<ArticleFacts, ArticleFacts>;
  renaming: Map<ArticleFacts, Problem[]>;
  misnamed: Set<string>;
} {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const first = languages[0];
  const originalOf = (article: ArticleFacts) => {
    const [folder, slug] = article.id.split('/');
    return folder === first ? undefined : byId.get(`${first}/${slug}`);
  };
  const originals = new Map(
    articles.flatMap((article) => {
      const original = originalOf(article);
      return original ? [[article, original] as const] : [];
    }),
  );
  const hasTranslation = new Set([...originals.values()].map((original) => original.id));
  const unpairedOriginals = articles.filter(
    (article) => article.id.startsWith(`${first}/`) && !hasTranslation.has(article.id),
  );
  const renaming = new Map<ArticleFacts, Problem[]>();
  const misnamed = new Set<string>();
  for (const article of articles) {
    if (article.id.startsWith(`${first}/`) || originals.has(article)) continue;
    const told = inFile(article, misnamedTranslationProblems(article, unpairedOriginals));
    if (told.length === 0) continue;
    renaming.set(article, told);
    misnamed.add(article.id);
  }
  return { originals, renaming, misnamed };
}
