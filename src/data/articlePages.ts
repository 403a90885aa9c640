import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { articlePagePaths, type ArticlePagePath } from './articlePage';
import { getCheckedArticles } from './articles';

let pages: Promise<ArticlePagePath[]> | undefined;

/**
 * Every article edition that has a page, as the article route generates
 * them (the only place that knows which articles have pages); the route of
 * the articles' one-file copies takes them from here too. Worked out once
 * per build.
 */
export function articlePages(): Promise<ArticlePagePath[]> {
  pages ??= Promise.all([
    getCheckedArticles(),
    getCollection('authors'),
    getCollection('topics'),
  ]).then(([articles, authors, topics]) =>
    // Where error reports go is set at build time, not in the code.
    articlePagePaths(articles, authors, topics, site.corrections),
  );
  return pages;
}
