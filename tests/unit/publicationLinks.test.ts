import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import {
  publicationLinkProblems as linkProblems,
  withdrawnLinks,
} from '../../src/check/publicationLinks';
import { articleFacts, type ArticleSpec } from './articleFacts';

/** An English article published on 20 November 2026, as `facts` change it. */
const article = (slug: string, facts: ArticleSpec = {}) =>
  articleFacts(slug, { published: '2026-11-20', ...facts });

const today = '2026-11-25';

/** The problems as the report says them. */
const publicationLinkProblems = (...args: Parameters<typeof linkProblems>) =>
  linkProblems(...args).map(formatProblem);

describe('publicationLinkProblems', () => {
  it('accepts links between published articles, and from a draft to anything', () => {
    const articles = [
      article('lead', { seeAlso: ['brief'] }),
      article('brief', { basedOn: 'lead' }),
      article('draft', { draft: true, seeAlso: ['later'] }),
      article('later', { published: '2026-12-01' }),
    ];
    expect(publicationLinkProblems(articles, today)).toEqual([]);
  });

  it('accepts a link from a scheduled article to one of the same day or earlier', () => {
    const articles = [
      article('a', { published: '2026-12-01', seeAlso: ['b', 'c'] }),
      article('b', { published: '2026-12-01' }),
      article('c', { published: '2026-11-28' }),
    ];
    expect(publicationLinkProblems(articles, today)).toEqual([]);
  });

  it('refuses a link from a published article to a draft', () => {
    const articles = [article('lead', { seeAlso: ['wip'] }), article('wip', { draft: true })];
    expect(publicationLinkProblems(articles, today)).toEqual([
      'content/articles/en/lead.mdx: seeAlso[0]: "wip" is a draft, so the link would lead nowhere once this article is published; publish that article first, or leave the link out until then',
    ]);
  });

  it('dates an edition first published elsewhere by its day on this site', () => {
    const articles = [
      article('brief', { basedOn: 'lead' }),
      article('lead', { published: '2019-06', republished: '2026-12-01' }),
      article('old', { published: '2019-06', republished: '2026-11-01', seeAlso: ['brief'] }),
    ];
    expect(publicationLinkProblems(articles, today)).toEqual([
      'content/articles/en/brief.mdx: basedOn: "lead" is dated 2026-12-01, after this article (on the site from 2026-11-25), so the link would lead nowhere until then; date this article no earlier, or leave the link out until then',
    ]);
  });

  it('refuses a link to an article dated after the linking one', () => {
    const articles = [
      article('lead', { basedOn: 'later' }),
      article('later', { published: '2026-12-01' }),
    ];
    expect(publicationLinkProblems(articles, today)).toEqual([
      'content/articles/en/lead.mdx: basedOn: "later" is dated 2026-12-01, after this article (on the site from 2026-11-25), so the link would lead nowhere until then; date this article no earlier, or leave the link out until then',
    ]);
  });

  it('does not refuse a link to a withdrawn article, and lists it to tidy', () => {
    const articles = [article('lead', { seeAlso: ['gone'] }), article('gone', { withdrawn: true })];
    expect(publicationLinkProblems(articles, today)).toEqual([]);
    expect(withdrawnLinks(articles)).toEqual([
      { file: 'content/articles/en/lead.mdx', line: undefined, target: 'en/gone' },
    ]);
  });

  it('lets dev show drafts and future articles linked from anywhere', () => {
    const articles = [article('lead', { seeAlso: ['wip'] }), article('wip', { draft: true })];
    expect(publicationLinkProblems(articles, undefined)).toEqual([]);
  });
});
