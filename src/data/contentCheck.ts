/**
 * The whole content check, from the files as written: each article file is
 * read once and checked for its encoding, how its frontmatter is typed, the
 * schema, its photo files, its body's syntax and its links; then the
 * articles are checked against each other and the data files. It runs
 * before Astro reads the content (see src/integrations/checkContent.ts), so
 * every mistake in every file is reported at once, in the editor's words,
 * with its line, before minutes of building; the same pure checks are what
 * a content loader calls.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { languages } from '../i18n/dictionary';
import { articleIntegrityProblems, type ArticleFacts } from './articleIntegrity';
import { articleSchema, fieldIssues } from '../schemas/articleSchema';
import { isoDay } from '../schemas/publicationDate';
import { photoFileProblems } from './photoFileProblems';
import { lineOfField, formatProblem, type FileProblem } from './articleSource';
import { bodySyntaxProblems } from './bodySyntax';
import { encodingProblem } from './fileEncoding';
import { frontmatterSyntaxProblems, readFrontmatter } from './frontmatterSyntax';
import { heldBackArticles, type HeldBack } from './heldBack';
import { jsonProblem } from './jsonSyntax';
import {
  articleHint,
  internalLinkProblems,
  linksInSource,
  routePaths,
  sitePath,
} from './internalLinks';
import { placeholderProblems } from './placeholders';
import { linkTimingProblem, publicationLinkProblems } from './publicationLinks';

/** Where the content is and what the site is. */
export interface ContentCheckOptions {
  /** The content folder (content/). */
  contentDir: string;
  /** File paths in messages are relative to this (the project root). */
  cwd: string;
  /** The site's address (astro.config's `site`). */
  site: URL;
  /** The route files, relative to src/pages. */
  routeFiles: string[];
  /**
   * The day of a production build (YYYY-MM-DD): drafts and articles dated
   * later are not published, so nothing published may link to them, and no
   * placeholder of the template may be left in what is. Undefined for
   * `npm run dev`, which shows every article.
   */
  today?: string | undefined;
}

/** What the check found, and what the build needs of the content before Astro reads it. */
export interface ContentCheck {
  /** Every problem, as contentProblems gives them. */
  problems: string[];
  /** Old article addresses (renamedFrom) and the addresses they now lead to. */
  redirects: Record<string, string>;
  /** The addresses of withdrawn articles: pages that say so, kept out of the sitemap. */
  withdrawn: string[];
  /** What a build on `today` leaves out on purpose (drafts, later dates); none in dev. */
  heldBack: HeldBack[];
}

// Astro's image() and reference() resolve files and entries during a build;
// here photo files and references are checked on their own, below.
const schema = articleSchema({ image: () => z.string(), author: z.string(), topic: z.string() });

/** A schema path as the README writes it: photos[0].alt. */
const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');

/** A data file (authors.json, ...) parsed, or the problem with it. */
function readData(file: string, show: string): { entries: unknown[]; problems: string[] } {
  const text = readFileSync(file, 'utf8');
  const problem = jsonProblem(text);
  if (problem) return { entries: [], problems: [formatProblem({ file: show, ...problem })] };
  const data: unknown = JSON.parse(text);
  return { entries: Array.isArray(data) ? data : [], problems: [] };
}

const idsOf = (entries: unknown[]) =>
  new Set(
    entries.flatMap((entry) =>
      typeof (entry as { id?: unknown }).id === 'string' ? [(entry as { id: string }).id] : [],
    ),
  );

/** What was learnt of one article file. */
interface ArticleFile {
  lang: string;
  slug: string;
  /** The path as messages show it. */
  show: string;
  /** The text; undefined when the file is not UTF-8. */
  source: string | undefined;
  /** The frontmatter, once YAML could read it. */
  frontmatter?: Record<string, unknown> | undefined;
}

/**
 * The MDX files of a collection folder (content/articles/, content/pages/),
 * one folder per language, and problems with files that would not be read at all.
 */
function articleFiles(articlesDir: string, cwd: string, problems: string[]): ArticleFile[] {
  if (!existsSync(articlesDir)) return [];
  const files: ArticleFile[] = [];
  for (const entry of readdirSync(articlesDir, { withFileTypes: true })) {
    const show = relative(cwd, join(articlesDir, entry.name));
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory()) {
      problems.push(
        `${show}: the file is not read: articles go in a language folder, ${languages.map((lang) => `articles/${lang}/`).join(' or ')}`,
      );
      continue;
    }
    if (!(languages as readonly string[]).includes(entry.name)) {
      problems.push(
        `${show}: the folder is not read: the site's languages are ${languages.join(' and ')}; move its files to one of those folders`,
      );
      continue;
    }
    for (const name of readdirSync(join(articlesDir, entry.name)).sort()) {
      const path = join(articlesDir, entry.name, name);
      const shown = relative(cwd, path);
      if (name.startsWith('.')) continue;
      if (!name.endsWith('.mdx')) {
        const stem = name.replace(/\.[^.]*$/, '').replace(/\.mdx$/i, '');
        problems.push(
          `${shown}: the file is not read: an article's file name ends in .mdx; rename it to ${stem}.mdx`,
        );
        continue;
      }
      const bytes = readFileSync(path);
      const encoding = encodingProblem(bytes);
      if (encoding) problems.push(formatProblem({ file: shown, ...encoding }));
      const source = encoding ? undefined : new TextDecoder().decode(bytes);
      files.push({ lang: entry.name, slug: name.slice(0, -4), show: shown, source });
    }
  }
  return files;
}

/** The problems of one file on its own: frontmatter as typed, schema, photos, body. */
function fileProblems(
  file: ArticleFile & { source: string },
  path: string,
  cwd: string,
): FileProblem[] {
  const { problems: syntax, data } = readFrontmatter(file.source);
  const body = bodySyntaxProblems(file.source);
  if (!data) return [...syntax, ...body];
  file.frontmatter = data;
  const result = schema.safeParse(file.frontmatter);
  const schemaProblems = result.success
    ? []
    : fieldIssues(result.error.issues).map((issue) => ({
        line: lineOfField(file.source, issue.path),
        field: fieldPath(issue.path),
        message: issue.message,
      }));
  const photos = photoFileProblems(path, file.frontmatter, { cwd, source: file.source });
  return [...schemaProblems, ...photos, ...body];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []))
    : [];

/** A date as typed in YAML, read back as YYYY-MM-DD or YYYY-MM. */
export const typedDate = (value: unknown): string | undefined =>
  value instanceof Date ? isoDay(value) : typeof value === 'string' ? value : undefined;

/** The facts the cross-file checks need, from a file's frontmatter (see articleIntegrity.ts). */
export function factsOf(file: {
  lang: string;
  slug: string;
  show: string;
  source: string;
  frontmatter?: Record<string, unknown> | undefined;
}): ArticleFacts {
  const data = file.frontmatter ?? {};
  const quotes = Array.isArray(data.quotes) ? data.quotes : [];
  const translation = data.translation as { from?: unknown; by?: unknown } | null | undefined;
  return {
    id: `${file.lang}/${file.slug}`,
    filePath: file.show,
    source: file.source,
    lang: typeof data.lang === 'string' ? data.lang : file.lang,
    authors: strings(data.authors),
    topics: strings(data.topics),
    photos: ids(data.photos),
    quotes: ids(data.quotes),
    seeAlso: strings(data.seeAlso),
    basedOn: typeof data.basedOn === 'string' ? data.basedOn : undefined,
    speakers: quotes.flatMap((quote) =>
      typeof quote?.speaker === 'string' ? [quote.speaker] : [],
    ),
    published: typedDate(data.published),
    republished: typedDate(data.republished),
    events: typedDate(data.events),
    lead: data.lead === true,
    draft: data.draft === true,
    withdrawn: data.withdrawn !== undefined && data.withdrawn !== null,
    renamedFrom: strings(data.renamedFrom),
    translation:
      typeof translation?.from === 'string'
        ? { from: translation.from, by: strings(translation.by) }
        : undefined,
  };
}

/**
 * A cross-file problem (`<file>: <field>: ...`, as the integrity checks
 * give them) with the line of its field added, where the file has it.
 */
function withLine(problem: string, sources: ReadonlyMap<string, string>): string {
  const match = /^(.+?\.mdx): ([A-Za-z]\w*(?:\[\d+\])?(?:\.\w+)?): /.exec(problem);
  const source = match && sources.get(match[1]!);
  if (!match || !source) return problem;
  const path = match[2]!
    .split(/[[\].]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const line = lineOfField(source, path);
  return line ? `${match[1]}: line ${line}: ${problem.slice(match[1]!.length + 2)}` : problem;
}

/**
 * Every problem in the content, each as `<file>: line N: <field>: <what is
 * wrong; what to do>`, grouped by file. Empty when the content is sound.
 */
export function contentProblems(options: ContentCheckOptions): string[] {
  return checkContentFiles(options).problems;
}

/** The content check (see contentProblems), and the redirects of renamed articles. */
export function checkContentFiles({
  contentDir,
  cwd,
  site,
  routeFiles,
  today,
}: ContentCheckOptions): ContentCheck {
  const problems: string[] = [];
  let dataUnreadable = false;
  const data = (name: string) => {
    const read = readData(join(contentDir, name), relative(cwd, join(contentDir, name)));
    problems.push(...read.problems);
    dataUnreadable ||= read.problems.length > 0;
    return read.entries;
  };
  const authors = data('authors.json');
  const topics = data('topics.json');
  const names = data('names.json') as { kind?: string; en?: string; ru?: string }[];
  const articlesDir = join(contentDir, 'articles');
  const files = articleFiles(articlesDir, cwd, problems);
  const readable: (ArticleFile & { source: string })[] = [];
  for (const file of files) {
    if (file.source === undefined) continue;
    const withSource = { ...file, source: file.source };
    const found = fileProblems(withSource, join(articlesDir, file.lang, `${file.slug}.mdx`), cwd);
    problems.push(...found.map((problem) => formatProblem({ file: file.show, ...problem })));
    if (withSource.frontmatter) readable.push(withSource);
  }

  // The site's own pages (About): how they are typed, and their links, as for articles.
  const pageFiles = articleFiles(join(contentDir, 'pages'), cwd, problems);
  for (const page of pageFiles) {
    if (page.source === undefined) continue;
    const found = [...frontmatterSyntaxProblems(page.source), ...bodySyntaxProblems(page.source)];
    problems.push(...found.map((problem) => formatProblem({ file: page.show, ...problem })));
  }

  // Every file is an article that exists, even one whose frontmatter has to be mended.
  const slugs = Object.fromEntries(
    languages.map((lang) => [
      lang,
      new Set(files.filter((file) => file.lang === lang).map((file) => file.slug)),
    ]),
  );
  const paths = new Set([
    ...routePaths(routeFiles, languages),
    ...files.map((file) => `/${file.lang}/articles/${file.slug}/`),
    ...languages.flatMap((lang) => [
      ...[...idsOf(topics)].map((id) => `/${lang}/topics/${id}/`),
      ...[...idsOf(authors)].map((id) => `/${lang}/authors/${id}/`),
    ]),
  ]);
  const languageNames = { en: 'English', ru: 'Russian' };
  const pages = {
    site,
    has: (path: string) => paths.has(path),
    hint: (path: string) => articleHint(path, slugs, languageNames),
  };
  const facts = new Map(readable.map((file) => [`${file.lang}/${file.slug}`, factsOf(file)]));
  const redirects = Object.fromEntries(
    [...facts.values()].flatMap((article) => {
      const [lang, slug] = article.id.split('/');
      return (article.renamedFrom ?? []).map((old) => [
        `/${lang}/articles/${old}/`,
        `/${lang}/articles/${slug}/`,
      ]);
    }),
  );
  for (const old of Object.keys(redirects)) paths.add(old);
  // Nothing published may keep the template's placeholders.
  if (today !== undefined) {
    for (const file of readable) {
      if (facts.get(`${file.lang}/${file.slug}`)?.draft) continue;
      const found = placeholderProblems(file.source);
      problems.push(...found.map((problem) => formatProblem({ file: file.show, ...problem })));
    }
  }
  const linked = [
    ...files.map((file) => ({ ...file, from: `/${file.lang}/articles/${file.slug}/` })),
    ...pageFiles.map((page) => ({ ...page, from: `/${page.lang}/${page.slug}/` })),
  ];
  for (const file of linked) {
    if (file.source === undefined) continue;
    const links = linksInSource(file.source);
    const found = [
      ...internalLinkProblems(links, file.from, pages),
      ...links.flatMap(({ url, line }) => {
        // A link to an article that is withdrawn, or not yet on the site when this one is.
        const target = /^\/([a-z]{2})\/articles\/([^/]+)\/$/.exec(
          sitePath(url, file.from, site) ?? '',
        );
        const from = facts.get(`${file.lang}/${file.slug}`);
        const to = target && facts.get(`${target[1]}/${target[2]}`);
        const problem = from && to && linkTimingProblem(from, to, today);
        return problem ? [{ line, message: `the link to ${url}: ${problem}` }] : [];
      }),
    ];
    problems.push(...found.map((problem) => formatProblem({ file: file.show, ...problem })));
  }

  // Articles are checked against each other and the data files once all
  // can be read: on half-read files the checks would report what is not wrong.
  if (readable.length === files.length && !dataUnreadable) {
    const people = names.filter((name) => name.kind === 'person');
    const sources = new Map(readable.map((file) => [file.show, file.source]));
    problems.push(
      ...[
        ...publicationLinkProblems([...facts.values()], today),
        ...articleIntegrityProblems([...facts.values()], {
          authors: idsOf(authors),
          topics: idsOf(topics),
          people: Object.fromEntries(
            languages.map((lang) => [
              lang,
              new Set(people.flatMap((person) => person[lang] ?? [])),
            ]),
          ),
        }),
      ].map((problem) => withLine(problem, sources)),
    );
  }
  // One file's problems together, files in order.
  const fileOf = (problem: string) => problem.slice(0, problem.indexOf(': '));
  problems.sort((a, b) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0));
  const withdrawn = [...facts.values()]
    .filter((article) => article.withdrawn)
    .map((article) => `/${article.id.replace('/', '/articles/')}/`);
  const heldBack = today === undefined ? [] : heldBackArticles(facts.values(), today);
  return { problems, redirects, withdrawn, heldBack };
}
