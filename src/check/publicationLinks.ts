/**
 * Links between articles must hold on the day they are published: a
 * published article may not link to a draft or to one dated later (the link
 * would lead nowhere until then), and no article may link to a withdrawn
 * one. Pure; a production build gives the day, `npm run dev` none (there
 * every article shows).
 */
import { firstDay } from '../lib/publication';
import { parseSeeAlso } from '../lib/slugs';
import { onSiteOf, type ArticleFacts } from './articleFacts';
import { fieldPath, lineOfField, type Problem } from './articleSource';

/** The day an article is on the site from, given today; undefined for a draft. */
function onSiteFrom(article: ArticleFacts, today: string): string | undefined {
  if (article.draft) return undefined;
  const from = firstDay(onSiteOf(article) ?? today);
  return from > today ? from : today;
}

/** What is wrong with a link, and what to do. */
export interface LinkProblem {
  message: string;
  advice: string;
}

/**
 * What is wrong with a link from one article to another, if anything: (when
 * `today` is given) the target will not be on the site when the linking
 * article is. A link to a withdrawn article is not wrong.
 */
export function linkTimingProblem(
  from: ArticleFacts,
  to: ArticleFacts,
  today: string | undefined,
): LinkProblem | undefined {
  const slug = to.id.split('/')[1];
  // A withdrawal is never held up by the articles that link to it: their
  // links lead to its notice and say so (see withdrawnLinksNote).
  if (to.withdrawn) return undefined;
  if (today === undefined || from.draft) return undefined;
  const linking = onSiteFrom(from, today)!;
  const target = onSiteFrom(to, today);
  if (target === undefined) {
    return {
      message: `"${slug}" is a draft, so the link would lead nowhere once this article is published`,
      advice: 'publish that article first, or leave the link out until then',
    };
  }
  if (target > linking) {
    return {
      message: `"${slug}" is dated ${onSiteOf(to)}, after this article (on the site from ${linking}), so the link would lead nowhere until then`,
      advice: 'date this article no earlier, or leave the link out until then',
    };
  }
  return undefined;
}

/** The articles an article's frontmatter links to (seeAlso, basedOn): their ids and fields. */
function linkedArticles(article: ArticleFacts): { id: string; at: PropertyKey[] }[] {
  const lang = article.id.split('/')[0];
  return [
    ...(article.seeAlso ?? []).map((entry, index) => {
      const { lang: targetLang = lang, slug } = parseSeeAlso(entry);
      return { id: `${targetLang}/${slug}`, at: ['seeAlso', index] as PropertyKey[] };
    }),
    ...(article.basedOn ? [{ id: `${lang}/${article.basedOn}`, at: ['basedOn'] }] : []),
  ];
}

/** linkTimingProblem for every seeAlso and basedOn of every article. */
export function publicationLinkProblems(
  articles: ArticleFacts[],
  today: string | undefined,
): Problem[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles.flatMap((article) => {
    return linkedArticles(article).flatMap(({ id, at }) => {
      const target = byId.get(id);
      const problem = target && linkTimingProblem(article, target, today);
      if (!problem) return [];
      return [
        {
          file: article.filePath,
          line: lineOfField(article.text, at),
          field: fieldPath(at),
          ...problem,
        },
      ];
    });
  });
}

/** A link from an article to a withdrawn one, for the editors to tidy when there is time. */
export interface WithdrawnLink {
  file: string;
  line?: number | undefined;
  /** The withdrawn article, as `<lang>/<slug>`. */
  target: string;
}

/** Every seeAlso and basedOn that leads to a withdrawn article (body links: see contentCheck.ts). */
export function withdrawnLinks(articles: ArticleFacts[]): WithdrawnLink[] {
  const withdrawn = new Set(articles.filter((a) => a.withdrawn).map((a) => a.id));
  return articles.flatMap((article) => {
    if (article.withdrawn) return [];
    return linkedArticles(article).flatMap(({ id, at }) =>
      withdrawn.has(id)
        ? [
            {
              file: article.filePath,
              line: lineOfField(article.text, at),
              target: id,
            },
          ]
        : [],
    );
  });
}

/**
 * The one line a build says of links to withdrawn articles: they are no
 * mistake (each says the article was withdrawn and leads to its notice), but
 * the editors may want to take them out when there is time.
 */
export function withdrawnLinksNote(links: readonly WithdrawnLink[]): string | undefined {
  if (links.length === 0) return undefined;
  const named = links.map(
    ({ file, line, target }) => `${file}${line ? `:${line}` : ''} (${target})`,
  );
  const count = links.length === 1 ? '1 link' : `${links.length} links`;
  return `${count} to withdrawn articles, marked "withdrawn" on the pages; take them out when there is time: ${named.join(', ')}`;
}
