/**
 * Links in an article's body to pages of this site (`/en/articles/x/`,
 * `../x/`, or the site's own full address) must lead to a page the build
 * makes. Links are found in the text as written, with their lines; the
 * pages are those of the routes in src/pages and the content. Pure: the
 * build and the tests give the inputs.
 */
import { nearestName } from '../lib/nearestName';
import type { Lang } from '../i18n/locales';
import { articlePath, parseArticlePath } from '../lib/urls';
import { splitArticleSource, type FileProblem } from './articleSource';
import { withoutCode } from './bodySyntax';

/** A link's address and the file line it is written on. */
export interface Link {
  url: string;
  line: number;
}

/** Trailing punctuation that ends a sentence, not an address (as GFM reads bare addresses). */
const trailing = /[.,;:!?'")\]]+$/;

/** The links of a body as written: [text](address), [label]: address, and bare addresses. */
export function linksInSource(source: string): Link[] {
  const { body, bodyLine } = splitArticleSource(source);
  const text = withoutCode(body);
  const lineOf = (index: number) => bodyLine + text.slice(0, index).split('\n').length - 1;
  const links: { url: string; index: number; end: number }[] = [];
  const patterns = [
    /\]\(\s*(?:<([^>\n]*)>|([^\s)]+))/g,
    // A definition, not a footnote ([^1]: its text).
    /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const url = match[1] ?? match[2] ?? '';
      links.push({ url, index: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/g)) {
    if (links.some((link) => match.index >= link.index && match.index < link.end)) continue;
    const url = match[0].replace(trailing, '');
    links.push({
      url: url.startsWith('www.') ? `https://${url}` : url,
      index: match.index,
      end: 0,
    });
  }
  return links
    .sort((a, b) => a.index - b.index)
    .map(({ url, index }) => ({ url, line: lineOf(index) }));
}

/** The pages of the site, as paths (`/en/articles/x/`), and advice for a path that is not one. */
export interface SitePages {
  /** The site's address: links written with it are links to its pages. */
  site: URL;
  /** Whether the build makes a page at this path. */
  has(path: string): boolean;
  /** What the editor may have meant, for a path that is no page. */
  hint?(path: string): string | undefined;
}

/** The path of a link on the page at `from`, or undefined when it leads off the site. */
export function sitePath(url: string, from: string, site: URL): string | undefined {
  if (url.startsWith('#') || url === '') return undefined;
  let target: URL;
  try {
    target = new URL(url, new URL(from, site));
  } catch {
    return undefined;
  }
  const sameHost = target.hostname.replace(/^www\./, '') === site.hostname.replace(/^www\./, '');
  if (!/^https?:$/.test(target.protocol) || !sameHost) return undefined;
  return decodeURI(target.pathname);
}

/**
 * A problem for each link in `links`, written on the page at `from`, that
 * leads to no page of the site. Files (a path whose last part has a dot,
 * such as a feed) are left to the pages' own checks.
 */
export function internalLinkProblems(links: Link[], from: string, pages: SitePages): FileProblem[] {
  return links.flatMap(({ url, line }) => {
    const path = sitePath(url, from, pages.site);
    if (path === undefined || pages.has(path) || /\.[a-z0-9]+$/i.test(path)) return [];
    if (!path.endsWith('/') && pages.has(`${path}/`)) {
      return [
        { line, message: `the link to ${url} lacks the slash at the end`, advice: `write ${url}/` },
      ];
    }
    return [
      {
        line,
        message: `the link to ${url} leads to no page of this site (${path})`,
        advice: pages.hint?.(path) ?? 'correct the address or remove the link',
      },
    ];
  });
}

/** What an article page's path may have been meant to be. */
export function articleHint(
  path: string,
  slugs: Readonly<Record<string, ReadonlySet<string>>>,
  languages: Readonly<Partial<Record<Lang, string>>>,
): string | undefined {
  const asFolder = path.endsWith('/') ? path : `${path}/`;
  // An article's file name written alone, as seeAlso takes it, reads as a
  // page below the article that links: say how an address is written.
  const named = /([^/]+)\/$/.exec(asFolder)?.[1] ?? '';
  const above = parseArticlePath(asFolder.slice(0, -named.length - 1));
  if (above && slugs[above.lang]?.has(named)) {
    return `to link to the article ${named}, write ../${named}/ (or ${articlePath(above.lang, named)})`;
  }
  const article = parseArticlePath(asFolder);
  if (!article) return undefined;
  const { lang, slug } = article;
  for (const [other, name] of Object.entries(languages) as [Lang, string][]) {
    if (other !== lang && slugs[other]?.has(slug)) {
      return `the article is only in ${name}: ${articlePath(other, slug)} (link to that, or translate it first)`;
    }
  }
  const near = nearestName(slug, slugs[lang] ?? []);
  return near ? `did you mean ${articlePath(lang, near)}?` : undefined;
}

/**
 * The paths of the pages that src/pages makes without content: for each
 * route file (relative to src/pages) that has no parameter but [lang], its
 * path in each language (`[lang]/about.astro` -> `/en/about/`, `[lang]/rss.xml.ts`
 * -> `/en/rss.xml`). Taken from the route files themselves, so a new page
 * is known without being listed anywhere else.
 */
export function routePaths(routeFiles: string[], languages: readonly string[]): string[] {
  return routeFiles.flatMap((file) => {
    const route = file.replace(/\\/g, '/').replace(/\.(astro|ts|js|mdx?)$/, '');
    if (route.replace(/\[lang\]/g, '').includes('[') || route === file) return [];
    const path = route.replace(/(^|\/)index$/, '$1');
    // An endpoint named with an extension (rss.xml.ts) is a file; a page is a folder.
    const written = /\.[a-z]+$/.test(path) || path === '' || path.endsWith('/') ? path : `${path}/`;
    const langs = route.includes('[lang]') ? languages : [''];
    return langs.map((lang) => `/${written.replace('[lang]', lang)}`.replace(/\/{2,}/g, '/'));
  });
}
