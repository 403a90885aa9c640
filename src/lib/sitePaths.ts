import { getCollection } from 'astro:content';
import { isLang, languages, type Lang } from '../i18n/dictionary';
import { byAuthor, inTopic } from '../data/articleLists';
import { articlesIn, getCheckedArticles } from '../data/articles';
import { listPageCount, listPagePath } from './listPages';
import {
  aboutPath,
  articlePath,
  authorPath,
  counterpartPath,
  homePath,
  parseArticleId,
  searchPath,
  topicPath,
  topicsPath,
  type Counterpart,
} from './urls';

let paths: Promise<Set<string>> | undefined;

async function collectPaths(): Promise<Set<string>> {
  const [articles, topics, authors] = await Promise.all([
    getCheckedArticles(),
    getCollection('topics'),
    getCollection('authors'),
  ]);
  const found = new Set<string>();
  // Pages every edition has.
  for (const lang of languages) {
    found.add(homePath(lang)).add(topicsPath(lang)).add(aboutPath(lang));
    found.add(searchPath(lang)).add(`/${lang}/404/`).add(`/${lang}/offline/`);
    const inLang = await articlesIn(lang);
    const addList = (first: string, count: number) => {
      for (let page = 1; page <= listPageCount(count); page += 1)
        found.add(listPagePath(first, page));
    };
    for (const topic of topics) {
      addList(
        topicPath(lang, topic.id),
        inLang.filter((article) => inTopic(article, topic.id)).length,
      );
    }
    for (const author of authors) {
      addList(
        authorPath(lang, author.id),
        inLang.filter((article) => byAuthor(article, author.id)).length,
      );
    }
  }
  // Articles exist only in the languages they are written in.
  for (const article of articles) {
    const { lang, slug } = parseArticleId(article.id);
    if (isLang(lang)) found.add(articlePath(lang, slug));
  }
  return found;
}

/** Every page path the build writes, collected once per build. */
export function sitePaths(): Promise<Set<string>> {
  paths ??= collectPaths();
  return paths;
}

/** The page at `pathname` in every language, translated or not. */
export async function pageCounterparts(pathname: string): Promise<Record<Lang, Counterpart>> {
  const existing = await sitePaths();
  const exists = (path: string) => existing.has(path);
  return Object.fromEntries(
    languages.map((lang) => [lang, counterpartPath(pathname, lang, exists)]),
  ) as Record<Lang, Counterpart>;
}
