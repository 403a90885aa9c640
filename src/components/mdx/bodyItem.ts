import type { ArticleContext } from '../../data/articleContext';

type Field = 'photos' | 'quotes' | 'seeAlso';
type ItemOf<F extends Field> = ArticleContext[F] extends Map<string, infer V> ? V : never;

/**
 * Looks up what a body component's `id` names in the article's frontmatter.
 * The build's integrity check catches a wrong id first; this throws too, so a
 * component used outside an article, or with a wrong id, never renders empty.
 */
export function bodyItem<F extends Field>(
  context: ArticleContext | undefined,
  field: F,
  component: string,
  id: string,
): { context: ArticleContext; item: ItemOf<F> } {
  if (!context) {
    throw new Error(`<${component} id="${id}">: can only be placed in the body of an article`);
  }
  const map = context[field] as Map<string, ItemOf<F>>;
  const item = map.get(id);
  if (item === undefined) {
    const known = [...map.keys()].map((key) => `"${key}"`).join(', ') || 'none';
    throw new Error(
      `<${component} id="${id}">: expected an id from frontmatter \`${field}\` (${known})`,
    );
  }
  return { context, item };
}
