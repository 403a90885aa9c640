import type { Nodes, Parents, Text } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import type { Lang } from '../i18n/locales';
import { typesetSegments } from '../i18n/typography';

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

/**
 * Typesets the text of each paragraph, heading and table cell by the rules
 * of the article's language (src/i18n/locales.ts, the one place they are
 * kept): editors type plain quotes and hyphens.
 */
export function typographyPlugin(lang: Lang) {
  const typeset = (block: Readonly<Parents>, context: MdastVisitorContext) => {
    const nodes = textNodes(block as Nodes);
    const typeset = typesetSegments(
      nodes.map((text) => text.value),
      lang,
    );
    nodes.forEach((text, index) => {
      const value = typeset[index]!;
      if (value !== text.value) context.setProperty(text, 'value', value);
    });
  };
  return defineMdastPlugin({
    name: 'typography',
    paragraph: (node, context) => void typeset(node, context),
    heading: (node, context) => void typeset(node, context),
    tableCell: (node, context) => void typeset(node, context),
  });
}
