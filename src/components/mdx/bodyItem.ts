import type { ArticleContext, BodyEntry } from '../../data/articleContext';
import { bodyComponents, type BodyComponent } from '../../schemas/bodyComponents';

/**
 * Looks up what a body component's `id` names in the article's frontmatter
 * (its list in bodyComponents.ts). The build's integrity check catches a
 * wrong id first; this throws too, so a component used outside an article,
 * or with a wrong id, never renders empty.
 */
export function bodyItem<Name extends BodyComponent>(
  context: ArticleContext | undefined,
  component: Name,
  id: string,
): { context: ArticleContext; item: BodyEntry<Name> } {
  if (!context) {
    throw new Error(`<${component} id="${id}">: can only be placed in the body of an article`);
  }
  const field = bodyComponents[component].list;
  const map = context[field] as Map<string, BodyEntry<Name>>;
  const item = map.get(id);
  if (item === undefined) {
    const known = [...map.keys()].map((key) => `"${key}"`).join(', ') || 'none';
    throw new Error(
      `<${component} id="${id}">: expected an id from frontmatter \`${field}\` (${known})`,
    );
  }
  return { context, item };
}
