import type { Element, Root, RootContent } from 'hast';
import type { Lang } from '../../src/i18n/locales.ts';
import { footnoteWords } from '../../src/loaders/footnoteWords.ts';
import { alignmentOf, alignmentProperty, tableBox } from '../../src/loaders/tablesPlugin.ts';

/** What the plugin reads of the file @astrojs/mdx compiles (a vfile). */
interface MdxFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** remark-rehype's English name of a link back to a reference: "Back to reference 1-2". */
const englishBackLabel = /^Back to reference (\d+(?:-\d+)?)$/;

/** Calls `visit` on every element of the tree with its parent's children. */
function visitElements(
  node: Root | Element,
  visit: (element: Element, siblings: RootContent[]) => void,
): void {
  // A copy: `visit` may put an element in a box in place of itself.
  for (const child of [...node.children]) {
    if (child.type !== 'element') continue;
    visitElements(child, visit);
    visit(child, node.children);
  }
}

/**
 * The site's tables and footnotes (src/loaders/tablesPlugin.ts and
 * footnoteWords.ts) as a rehype plugin, for an article rendered by the
 * standard stack (@astrojs/mdx with remark-gfm): each table in its box, a
 * column's alignment as the attribute the stylesheet reads (remark-rehype's
 * `align`, which MDX would write as a `style`), and the footnotes' heading
 * and links back in the language of the file's `lang`, in place of
 * remark-rehype's English.
 */
export function rehypeTablesAndFootnotes() {
  return (tree: Root, file: MdxFile) => {
    // The frontmatter as @astrojs/mdx read it; the site's schema has checked `lang`.
    const lang = file.data.astro?.frontmatter?.lang as Lang;
    if (typeof lang !== 'string') throw new Error(`${file.path}: no lang in the frontmatter`);
    const words = footnoteWords(lang);
    visitElements(tree, (element, siblings) => {
      const { properties } = element;
      if (element.tagName === 'th' || element.tagName === 'td') {
        const align = properties.align ?? alignmentOf(properties.style);
        delete properties.align;
        delete properties.style;
        if (align) properties[alignmentProperty] = String(align);
      } else if (element.tagName === 'table') {
        const box = tableBox(lang);
        box.children = [element];
        siblings.splice(siblings.indexOf(element), 1, box);
      } else if (element.tagName === 'h2' && properties.id === 'footnote-label') {
        element.children = [{ type: 'text', value: words.heading }];
      } else if (properties.dataFootnoteBackref !== undefined) {
        const reference = englishBackLabel.exec(String(properties.ariaLabel))?.[1];
        if (reference) properties.ariaLabel = words.backLabel(reference);
      }
    });
  };
}
