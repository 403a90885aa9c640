import type { ArticleContext } from '../../src/data/articleContext';
import type { Lang } from '../../src/i18n/locales';
import { bodyComponentNames, bodyComponents } from '../../src/schemas/bodyComponents';

/**
 * A body components' context for a component test: every list of the body
 * components' table empty but the ones given, so that a new body component
 * (a new list) leaves the tests of the others as they are.
 */
export function bodyContext(
  lang: Lang,
  lists: Partial<Omit<ArticleContext, 'lang' | 'firstPhotoId'>> = {},
  firstPhotoId?: string,
): ArticleContext {
  const empty = Object.fromEntries(
    bodyComponentNames.map((name) => [bodyComponents[name].list, new Map()]),
  );
  return { ...empty, ...lists, lang, firstPhotoId } as ArticleContext;
}
