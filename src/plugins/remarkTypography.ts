import type { Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { typesetSegments, type TypographyLang } from '../lib/typography';

/** Blocks whose text is typeset as one run, so quotes pair across bold or links. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

function textNodes(node: Nodes, found: Text[] = []): Text[] {
  if (node.type === 'text') found.push(node);
  // Code nodes are literals, not text, so they are never typeset; nested
  // blocks are visited on their own.
  else if ('children' in node) {
    for (const child of node.children) {
      if (!blocks.has(child.type)) textNodes(child, found);
    }
  }
  return found;
}

/** The article's language: frontmatter `lang`, else its folder, else English. */
function languageOf(file: VFile): TypographyLang {
  const frontmatter = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro
    ?.frontmatter;
  if (frontmatter?.lang === 'ru' || frontmatter?.lang === 'en') return frontmatter.lang;
  return /[\\/]ru[\\/]/.test(file.path ?? '') ? 'ru' : 'en';
}

/**
 * Typesets the text of Markdown and MDX bodies by the rules of the file's
 * language (see lib/typography.ts): editors type plain quotes and hyphens.
 */
export default function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const lang = languageOf(file);
    visit(tree, (node) => {
      if (!blocks.has(node.type)) return;
      const nodes = textNodes(node as Nodes);
      const typeset = typesetSegments(
        nodes.map((text) => text.value),
        lang,
      );
      nodes.forEach((text, index) => {
        text.value = typeset[index]!;
      });
    });
  };
}
