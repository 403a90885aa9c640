/**
 * The whole content check, from the files as written: each article file is
 * read once (articleFile.ts: encoding, frontmatter as typed, the schema, the
 * files it names, its body), the photo files it names as images (their
 * headers, photoFiles.ts), the site's own pages likewise, every link is
 * followed; then the articles are checked against each other and the data
 * files. It runs before Astro reads the content (see
 * src/integrations/checkContent.ts), so every mistake in every file is
 * reported at once, in the editor's words, with its line, before minutes of
 * building. Problems stay data (file, line, field, message, advice) until the
 * report prints them.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { isLang, languages, locales, type Lang } from '../i18n/locales';
import { authorSchema, nameSchema, topicSchema } from '../schemas/dataSchemas';
import {
  articlePath,
  articlePathOf,
  authorPath,
  parseArticlePath,
  sitePagePath,
  topicPath,
} from '../lib/urls';
import type { ArticleFacts } from './articleFacts';
import { readArticleFile } from './articleFile';
import { checkCodeVersion, storyCache } from './storyCache';
import { articleIntegrityProblems } from './articleIntegrity';
import type { Problem } from './articleSource';
import { readBody } from './bodySyntax';
import { dataEntryProblems } from './dataEntries';
import { contentFiles, type ContentFile } from './contentFiles';
import { readFrontmatter } from './frontmatterSyntax';
import { heldBackArticles, type HeldBack } from './heldBack';
import { jsonProblem } from './jsonSyntax';
import {
  articleHint,
  internalLinkProblems,
  linksInSource,
  routePaths,
  sitePath,
  type SitePages,
} from './internalLinks';
import { photoFileProblems } from './photoFiles';
import { placeholderProblems } from './placeholders';
import { storyProblems } from './storyProblems';
import {
  linkTimingProblem,
  publicationLinkProblems,
  withdrawnLinks,
  type WithdrawnLink,
} from './publicationLinks';

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
  /**
   * Where the check keeps each article's story problems for the next check
   * (storyCache.ts), in the build's cache folder; undefined keeps nothing.
   */
  storyCacheFile?: string | undefined;
}

/** What the check found, and what the build needs of the content before Astro reads it. */
export interface ContentCheck {
  /** Every problem, grouped by file, files in order. */
  problems: Problem[];
  /** Old article addresses (renamedFrom) and the addresses they now lead to. */
  redirects: Record<string, string>;
  /** The addresses of withdrawn articles: pages that say so, kept out of the sitemap. */
  withdrawn: string[];
  /** What a build on `today` leaves out on purpose (drafts, later dates); none in dev. */
  heldBack: HeldBack[];
  /** Links to withdrawn articles: no mistake, but for the editors to tidy. */
  withdrawnLinks: WithdrawnLink[];
}

/** A data file (authors.json, ...) parsed, or the problem with it. */
function readData(
  file: string,
  show: string,
  schema: z.ZodType,
): { entries: unknown[]; problems: Problem[]; entryProblems: Problem[] } {
  const text = readFileSync(file, 'utf8');
  const problem = jsonProblem(text);
  if (problem) return { entries: [], problems: [{ file: show, ...problem }], entryProblems: [] };
  const data: unknown = JSON.parse(text);
  const entries = Array.isArray(data) ? data : [];
  return { entries, problems: [], entryProblems: dataEntryProblems(show, text, entries, schema) };
}

const idsOf = (entries: unknown[]) =>
  new Set(
    entries.flatMap((entry) =>
      typeof (entry as { id?: unknown }).id === 'string' ? [(entry as { id: string }).id] : [],
    ),
  );

/** The site's own pages (About): how they are typed, and their bodies, as for articles. */
function pageProblems(page: ContentFile): { source: string; problems: Problem[] } {
  const source = readFileSync(page.path, 'utf8');
  const found = [...readFrontmatter(source).problems, ...readBody(source, []).problems];
  return { source, problems: found.map((problem) => ({ file: page.show, ...problem })) };
}

/** The addresses of an article file that has a page (a file name that is an address). */
const pageOf = (file: ContentFile): string | undefined => articlePathOf(file.lang, file.slug);

/** The check (see the top of this file), and what the build needs of the content. */
export async function checkContentFiles({
  contentDir,
  cwd,
  site,
  routeFiles,
  today,
  storyCacheFile,
}: ContentCheckOptions): Promise<ContentCheck> {
  const problems: Problem[] = [];
  const linksToWithdrawn: WithdrawnLink[] = [];
  let dataUnreadable = false;
  const data = (name: string, schema: z.ZodType) => {
    const read = readData(join(contentDir, name), relative(cwd, join(contentDir, name)), schema);
    problems.push(...read.problems, ...read.entryProblems);
    dataUnreadable ||= read.problems.length > 0;
    return read.entries;
  };
  const authors = data('authors.json', authorSchema);
  const topics = data('topics.json', topicSchema);
  const names = data('names.json', nameSchema) as Partial<Record<Lang | 'kind', string>>[];
  const articles = contentFiles(join(contentDir, 'articles'), cwd);
  const pages = contentFiles(join(contentDir, 'pages'), cwd);
  problems.push(...articles.problems, ...pages.problems);
  const files = articles.files.map((file) => readArticleFile(file, cwd));
  // The photo files as images (their headers), each file's after its own problems.
  const photos = await Promise.all(
    files.map((file) =>
      file.frontmatter
        ? photoFileProblems(file.path, file.frontmatter, { cwd, source: file.source })
        : [],
    ),
  );
  files.forEach((file, index) =>
    problems.push(
      ...file.problems,
      ...photos[index]!.map((problem) => ({ file: file.show, ...problem })),
    ),
  );
  const facts = new Map(
    files.flatMap((file) => (file.facts ? [[file.facts.id, file.facts] as const] : [])),
  );

  // Every file is an article that exists, even one whose frontmatter has to be mended.
  const slugs = Object.fromEntries(
    languages.map((lang) => [
      lang,
      new Set(files.filter((file) => file.lang === lang).map((file) => file.slug)),
    ]),
  );
  const redirects = Object.fromEntries(
    files.flatMap((file) => {
      const now = pageOf(file);
      return now && isLang(file.lang)
        ? (file.facts?.renamedFrom ?? []).map((old) => [articlePath(file.lang as Lang, old), now])
        : [];
    }),
  );
  const paths = new Set([
    ...routePaths(routeFiles, languages),
    ...files.flatMap((file) => pageOf(file) ?? []),
    ...languages.flatMap((lang) => [
      ...[...idsOf(topics)].map((id) => topicPath(lang, id)),
      ...[...idsOf(authors)].map((id) => authorPath(lang, id)),
    ]),
    ...Object.keys(redirects),
  ]);
  // Editors' messages are in English: each language by its English name.
  const languageNames = Object.fromEntries(languages.map((lang) => [lang, locales[lang].names.en]));
  const sitePages: SitePages = {
    site,
    has: (path: string) => paths.has(path),
    hint: (path: string) => articleHint(path, slugs, languageNames),
  };

  // Nothing published may keep the template's placeholders.
  if (today !== undefined) {
    for (const file of files) {
      if (!file.source || file.facts?.draft) continue;
      problems.push(
        ...placeholderProblems(file.source).map((problem) => ({ file: file.show, ...problem })),
      );
    }
  }
  // What an editor-in-chief would refuse in what is to be published (drafts are work in progress).
  const stories = storyCache(storyCacheFile, storyCacheFile ? checkCodeVersion(cwd) : '', today);
  for (const file of files) {
    if (!file.facts || file.facts.draft) continue;
    problems.push(...stories.problemsOf(file.facts, (facts) => storyProblems(facts, today)));
  }
  stories.save();
  const pageFiles = pages.files.map((page) => ({ ...page, ...pageProblems(page) }));
  // Each language's About page is linked from every page's footer.
  for (const lang of languages) {
    if (pages.files.some((page) => page.lang === lang && page.slug === 'about')) continue;
    problems.push({
      file: relative(cwd, join(contentDir, 'pages', lang, 'about.mdx')),
      message: `missing: every language has an About page, and ${locales[lang].names.en} has none`,
      advice: "write it (the other languages' About pages show what it says)",
    });
  }
  for (const page of pageFiles) problems.push(...page.problems);
  const linked = [
    ...files.flatMap((file) =>
      file.source === undefined ? [] : [{ ...file, source: file.source, from: pageOf(file) }],
    ),
    ...pageFiles.map((page) => ({ ...page, from: sitePagePath(page.lang, page.slug) })),
  ];
  for (const file of linked) {
    if (file.from === undefined) continue;
    const links = linksInSource(file.source);
    const found = [
      ...internalLinkProblems(links, file.from, sitePages),
      ...links.flatMap(({ url, line }) => {
        // A link to an article that is withdrawn, or not yet on the site when this one is.
        const target = parseArticlePath(sitePath(url, file.from!, site) ?? '');
        const from = facts.get(`${file.lang}/${file.slug}`);
        const to = target && facts.get(`${target.lang}/${target.slug}`);
        if (from && to?.withdrawn && !from.withdrawn) {
          linksToWithdrawn.push({ file: file.show, line, target: to.id });
        }
        const problem = from && to && linkTimingProblem(from, to, today);
        return problem
          ? [{ line, message: `the link to ${url}: ${problem.message}`, advice: problem.advice }]
          : [];
      }),
    ];
    problems.push(...found.map((problem) => ({ file: file.show, ...problem })));
  }

  // Articles are checked against each other and the data files once all
  // can be read: on half-read files the checks would report what is not wrong.
  if (facts.size === files.length && !dataUnreadable) {
    const people = names.filter((name) => name.kind === 'person');
    problems.push(...publicationLinkProblems([...facts.values()], today));
    // Everything found so far: the editions are not compared on a field that
    // either has a mistake of its own in (articleIntegrity.ts says why).
    problems.push(
      ...articleIntegrityProblems(
        [...facts.values()],
        {
          authors: idsOf(authors),
          topics: idsOf(topics),
          people: Object.fromEntries(
            languages.map((lang) => [
              lang,
              new Set(people.flatMap((person) => person[lang] ?? [])),
            ]),
          ),
        },
        problems,
      ),
    );
  }
  // One file's problems together, files in order (the sort keeps each file's order).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const articleFacts: ArticleFacts[] = [...facts.values()];
  const withdrawn = files.flatMap((file) =>
    file.facts?.withdrawn !== undefined ? (pageOf(file) ?? []) : [],
  );
  const heldBack = today === undefined ? [] : heldBackArticles(articleFacts, today);
  return {
    problems,
    redirects,
    withdrawn,
    heldBack,
    withdrawnLinks: [...withdrawnLinks(articleFacts), ...linksToWithdrawn],
  };
}
