import type { Nodes, Parents, Root, Text } from 'mdast';
import type { Lang as TypographyLang } from '../../src/i18n/locales.ts';
import { typesetSegments } from '../../src/i18n/typography.ts';

/** Blocks whose text is typeset as one run, as the site's loader typesets them. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** The text nodes of a block, nested blocks left to be typeset on their own. */
function textNodes(node: Nodes, found: Text[] = []): Text[] {
  if (node.type === 'text') found.push(node);
  else if ('children' in node) {
    for (const child of node.children) if (!blocks.has(child.type)) textNodes(child, found);
  }
  return found;
}

/** Calls `typeset` on every paragraph, heading and table cell of the tree. */
function visitBlocks(node: Nodes, typeset: (block: Parents) => void): void {
  if (blocks.has(node.type)) typeset(node as Parents);
  if ('children' in node) for (const child of node.children) visitBlocks(child, typeset);
}

/** What the plugin reads of the file @astrojs/mdx compiles (a vfile). */
interface MdxFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The site's typography (src/i18n/typography.ts) as a remark plugin, for an
 * article rendered by the standard stack (@astrojs/mdx with remark-gfm): the
 * text of each paragraph, heading and table cell typeset as one run by the
 * rules of the file's `lang`, code left as written. It runs before Astro gives
 * headings their ids, so a heading's id is that of its typeset text, as on the site.
 */
export function remarkTypography() {
  return (tree: Root, file: MdxFile) => {
    // The frontmatter as @astrojs/mdx read it; the site's schema has checked `lang`.
    const lang = file.data.astro?.frontmatter?.lang as TypographyLang;
    if (typeof lang !== 'string') throw new Error(`${file.path}: no lang in the frontmatter`);
    visitBlocks(tree, (block) => {
      const nodes = textNodes(block as Nodes);
      const typeset = typesetSegments(
        nodes.map((text) => text.value),
        lang,
      );
      nodes.forEach((text, index) => (text.value = typeset[index]!));
    });
  };
}
