import { languages } from '../i18n/dictionary';
import { getCheckedArticles } from './articles';
import { articlePath, counterpartPath, homePath, parseArticleId, type Counterpart } from './urls';
import { isLang, type Lang } from '../i18n/dictionary';
import { searchPath } from './urls';

let paths: Promise<Set<string>> | undefined;

/** Every page path the build writes, read once per build. */
export function sitePaths(): Promise<Set<string>> {
  paths ??= getCheckedArticles().then((articles) => {
    // The search pages are not articles, but each has its counterpart too.
    const found = new Set<string>([...languages.map(homePath), ...languages.map(searchPath)]);
    for (const article of articles) {
      const { lang, slug } = parseArticleId(article.id);
      if (isLang(lang)) found.add(articlePath(lang, slug));
    }
    return found;
  });
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
