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
 * What is wrong with a link from one article to another, if anything: the
 * target is withdrawn, or (when `today` is given) will not be on the site
 * when the linking article is.
 */
export function linkTimingProblem(
  from: ArticleFacts,
  to: ArticleFacts,
  today: string | undefined,
): LinkProblem | undefined {
  const slug = to.id.split('/')[1];
  if (to.withdrawn) {
    return {
      message: `"${slug}" was withdrawn`,
      advice: 'remove the link (its page says it was withdrawn)',
    };
  }
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

/** linkTimingProblem for every seeAlso and basedOn of every article. */
export function publicationLinkProblems(
  articles: ArticleFacts[],
  today: string | undefined,
): Problem[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles.flatMap((article) => {
    const lang = article.id.split('/')[0];
    const targets = [
      ...(article.seeAlso ?? []).map((entry, index) => ({
        ...parseSeeAlso(entry),
        at: ['seeAlso', index],
      })),
      ...(article.basedOn ? [{ lang, slug: article.basedOn, at: ['basedOn'] }] : []),
    ];
    return targets.flatMap(({ lang: targetLang = lang, slug, at }) => {
      const target = byId.get(`${targetLang}/${slug}`);
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
