import { defineMdastPlugin } from 'satteri';
import { sitePath } from '../check/internalLinks';
import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { escapeHtml } from '../lib/escapeHtml';

/** What a body needs to know to mark its links to withdrawn articles. */
export interface WithdrawnTargets {
  /** The address of the page the body is shown on (`/en/articles/x/`): relative links start there. */
  from: string;
  /** The site's address: a link written with it is a link to one of its pages. */
  site: URL;
  /** The addresses of the withdrawn articles (`/en/articles/gone/`). */
  paths: ReadonlySet<string>;
}

/**
 * The class of the mark the site adds after a link to a withdrawn article.
 * The mark says a fact of another file than the body's, so the comparison
 * with the standard MDX stack (tests/mdx/) leaves it out.
 */
export const withdrawnMarkClass = 'withdrawn-mark';

/**
 * The mark, as the "see also" of a withdrawn article says it: "(withdrawn)",
 * «(снят с публикации)». A no-break space holds it to the link's last word.
 */
export function withdrawnMarkHtml(lang: Lang): string {
  const mark = useTranslations(lang)('article.withdrawnMark');
  return `<span class="${withdrawnMarkClass}">\u00A0(${escapeHtml(mark)})</span>`;
}

/**
 * Two passes over a body: the first reads the link definitions
 * (`[label]: /en/articles/x/`), which may stand after the links that use
 * them; the second puts the mark after every link, written in place or by
 * a label, that leads to a withdrawn article. The link itself still leads
 * to the article's page, which says when and why it was withdrawn.
 */
export function withdrawnMarkPlugins(targets: WithdrawnTargets, lang: Lang) {
  const definitions = new Map<string, string>();
  const withdrawn = (url: string | undefined) => {
    const path = url === undefined ? undefined : sitePath(url, targets.from, targets.site);
    return path !== undefined && targets.paths.has(path);
  };
  const mark = { type: 'html' as const, value: withdrawnMarkHtml(lang) };
  return [
    defineMdastPlugin({
      name: 'withdrawn-definitions',
      definition: (node) => void definitions.set(node.identifier, node.url),
    }),
    defineMdastPlugin({
      name: 'withdrawn-marks',
      link(node, context) {
        if (withdrawn(node.url)) context.insertAfter(node, mark);
      },
      linkReference(node, context) {
        if (withdrawn(definitions.get(node.identifier))) context.insertAfter(node, mark);
      },
    }),
  ];
}
