import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroInlineConfig } from 'astro';
import remarkGfm from 'remark-gfm';
import { rehypeTablesAndFootnotes } from './rehypeTablesAndFootnotes.ts';
import { remarkTypography } from './remarkTypography.ts';

/**
 * The standard stack an article can move to: a bare Astro project (no
 * astro.config.mjs) with @astrojs/mdx rendering through remark, GitHub's
 * Markdown from remark-gfm, the site's typography as a remark plugin in
 * place of smartypants (which knows only English quotes), and the site's
 * tables and footnotes as a rehype plugin. No code highlighting, as on the site.
 */
export const standardStack: AstroInlineConfig = {
  configFile: false,
  logLevel: 'error',
  integrations: [mdx()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkTypography],
      rehypePlugins: [rehypeTablesAndFootnotes],
    }),
  },
};
