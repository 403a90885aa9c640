import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/t.ts';

/** How a column is aligned (`:---`, `:---:`, `---:` under its heading), as written in the body. */
export type ColumnAlignment = 'left' | 'center' | 'right';

/**
 * The attribute a cell of an aligned column gets, `data-align="right"`, which
 * the stylesheet aligns (global.css). Written as a hast property name.
 */
export const alignmentProperty = 'dataAlign';

/** The alignment a cell's `style` sets (`text-align: right`), if any. */
export function alignmentOf(style: unknown): ColumnAlignment | undefined {
  const align = /text-align:\s*(left|center|right)/.exec(String(style ?? ''))?.[1];
  return align as ColumnAlignment | undefined;
}

/**
 * The box a table is put in, which scrolls sideways when the table is wider
 * than the text (on a phone), so that the page itself never does. It can be
 * focused, so that a keyboard scrolls it too, and is named for what it holds.
 */
export function tableBox(lang: Lang): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-box'],
      role: 'group',
      tabIndex: 0,
      ariaLabel: useTranslations(lang)('body.table'),
    },
    children: [],
  };
}

/**
 * Tables as the site's policy lets them show: Sätteri aligns a column's
 * cells with a `style` attribute, which the Content-Security-Policy blocks
 * (no inline styles), so the alignment becomes an attribute the stylesheet
 * reads; and each table goes in its box (tableBox).
 */
export function tablesPlugin(lang: Lang) {
  return defineHastPlugin({
    name: 'tables',
    element: [
      {
        filter: ['th', 'td'],
        visit(cell, context) {
          const { style } = cell.properties;
          if (style === undefined) return;
          context.setProperty(cell, 'style', null);
          const align = alignmentOf(style);
          if (align) context.setProperty(cell, alignmentProperty, align);
        },
      },
      {
        filter: ['table'],
        visit: (table, context) => context.wrapNode(table, tableBox(lang)),
      },
    ],
  });
}
