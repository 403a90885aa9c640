import Slugger from 'github-slugger';
import { defineMdastPlugin } from 'satteri';

/**
 * Gives each heading the id Astro's Markdown pipeline gives it (github-slugger
 * over the heading's text, as typeset, numbered when repeated), so that links
 * to a section keep working. One plugin per document: the slugger counts.
 */
export function headingIdsPlugin() {
  const slugger = new Slugger();
  return defineMdastPlugin({
    name: 'heading-ids',
    heading(node, context) {
      const text = context.textContent(node, { includeImageAlt: false, includeHtml: false });
      context.setProperty(node, 'data', { ...node.data, hProperties: { id: slugger.slug(text) } });
    },
  });
}
