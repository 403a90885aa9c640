/**
 * Links between articles must hold on the day they are published: a
 * published article may not link to a draft or to one dated later (the link
 * would lead nowhere until then), and no article may link to a withdrawn
 * one. Pure; a production build gives the day, `npm run dev` none (there
 * every article shows).
 */
import { dateOnSite, firstDay } from '../lib/publication';
import { parseSeeAlso } from '../schemas/slug';
import type { ArticleFacts } from './articleIntegrity';

/** The day an article is on the site from, given today; undefined for a draft. */
function onSiteFrom(article: ArticleFacts, today: string): string | undefined {
  if (article.draft) return undefined;
  const from = firstDay(dateOnSite({ ...article, published: article.published ?? today }));
  return from > today ? from : today;
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
): string | undefined {
  const slug = to.id.split('/')[1];
  if (to.withdrawn) {
    return `"${slug}" was withdrawn; remove the link (its page says it was withdrawn)`;
  }
  if (today === undefined || from.draft) return undefined;
  const linking = onSiteFrom(from, today)!;
  const target = onSiteFrom(to, today);
  if (target === undefined) {
    return `"${slug}" is a draft, so the link would lead nowhere once this article is published; publish that article first, or leave the link out until then`;
  }
  if (target > linking) {
    return `"${slug}" is dated ${dateOnSite({ ...to, published: to.published ?? '' })}, after this article (on the site from ${linking}), so the link would lead nowhere until then; date this article no earlier, or leave the link out until then`;
  }
  return undefined;
}

/** linkTimingProblem for every seeAlso and basedOn of every article, as `<file>: <field>: ...`. */
export function publicationLinkProblems(
  articles: ArticleFacts[],
  today: string | undefined,
): string[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles.flatMap((article) => {
    const lang = article.id.split('/')[0];
    const targets = [
      ...article.seeAlso.map((entry, index) => ({
        ...parseSeeAlso(entry),
        field: `seeAlso[${index}]`,
      })),
      ...(article.basedOn ? [{ lang, slug: article.basedOn, field: 'basedOn' }] : []),
    ];
    return targets.flatMap(({ lang: targetLang = lang, slug, field }) => {
      const target = byId.get(`${targetLang}/${slug}`);
      const problem = target && linkTimingProblem(article, target, today);
      return problem ? [`${article.filePath}: ${field}: ${problem}`] : [];
    });
  });
}
