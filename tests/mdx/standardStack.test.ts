// The site renders article bodies with its own loader (Sätteri); the files
// stay MDX that the standard stack, @astrojs/mdx with remark-gfm, renders
// alike, so that an article can always move to it. Every body is rendered
// both ways and compared block by block: text, inline markup, link targets,
// heading ids, and where each body component stands. The mark the site adds
// after a link to a withdrawn article, a fact of another file, is left out
// (bodyBlocks.ts); the site's rendering is made with it all the same.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { jsx } from 'astro/jsx-runtime';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontmatterData } from '../../src/check/frontmatterData';
import type { Lang as TypographyLang } from '../../src/i18n/locales';
import { siteUrl } from '../../src/config/siteUrl';
import { renderBody } from '../../src/loaders/renderBody';
import { withdraws } from '../../src/loaders/withdrawnArticles';
import { bodyComponentNames as bodyComponents } from '../../src/schemas/bodyComponents';
import BodyMarker from './BodyMarker.astro';
import { bodyBlocks, firstDifference } from './bodyBlocks';

/** Every MDX body the site renders, compiled by @astrojs/mdx (see standardStack.ts). */
const modules = import.meta.glob<{ default: unknown }>([
  '/content/articles/*/*.mdx',
  '/content/pages/*/*.mdx',
  '/tests/fixtures/site/*.mdx',
  '/tests/fixtures/site/*/*.mdx',
  '/bench/fixtures/*.mdx',
]);
const files = Object.keys(modules).sort();

/** The .mdx files of a folder and its language folders, as the glob above should find them. */
function mdxFilesIn(folder: string, depth: 1 | 2): string[] {
  return readdirSync(`.${folder}`, { recursive: depth === 2 })
    .map(String)
    .filter((file) => file.endsWith('.mdx') && file.split('/').length === depth)
    .map((file) => `${folder}/${file}`);
}

/** Each body component rendered as the marker the site's loader leaves in its place. */
const standIns = Object.fromEntries(
  bodyComponents.map((component) => [
    component,
    ({ id }: { id: string }) => jsx(BodyMarker, { component, id }),
  ]),
);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
  });
});

/**
 * The address of the page a file's body is shown on: an About page at
 * /<lang>/<name>/, an article (the fixtures are English articles of the
 * test-only site) at /<lang>/articles/<name>/.
 */
const pageOf = (file: string, lang: string) =>
  file.startsWith('/content/pages/')
    ? `/${lang}/${basename(file, '.mdx')}/`
    : `/${lang}/articles/${basename(file, '.mdx')}/`;

/** A file's language, as its frontmatter gives it. */
function langOf(file: string, source: string): TypographyLang {
  const frontmatter = frontmatterData(source);
  if (frontmatter.problem) expect.fail(`${file}: ${frontmatter.problem.message}`);
  return frontmatter.data.lang as TypographyLang;
}

/** The withdrawn articles among the files: the site marks the links to them. */
const withdrawn = new Set(
  files.flatMap((file) => {
    const source = readFileSync(`.${file}`, 'utf8');
    return withdraws(source) ? [pageOf(file, langOf(file, source))] : [];
  }),
);

/** The body as the site renders it (the content loader's renderBody), links to withdrawn articles marked. */
function siteHtml(file: string): string {
  const source = readFileSync(`.${file}`, 'utf8');
  const lang = langOf(file, source);
  const { html, problems } = renderBody(source, {
    lang,
    components: bodyComponents,
    withdrawn: { from: pageOf(file, lang), site: new URL(siteUrl), paths: withdrawn },
  });
  expect(problems, file).toEqual([]);
  return html;
}

/** The body as @astrojs/mdx renders it, each component's stand-in giving its marker. */
async function standardHtml(file: string): Promise<string> {
  const { default: Content } = await modules[file]!();
  return container.renderToString(Content as Parameters<typeof container.renderToString>[0], {
    props: { components: standIns },
  });
}

describe('every body renders alike with @astrojs/mdx and remark-gfm', () => {
  it('finds every article, page and fixture', () => {
    expect(files).toEqual(
      [
        ...mdxFilesIn('/content/articles', 2),
        ...mdxFilesIn('/content/pages', 2),
        ...mdxFilesIn('/tests/fixtures/site', 1),
        ...mdxFilesIn('/tests/fixtures/site', 2),
        ...mdxFilesIn('/bench/fixtures', 1),
      ].sort(),
    );
    expect(files).toContain('/bench/fixtures/markdown-features.ru.mdx');
    expect(files).toContain('/tests/fixtures/site/ru/article-with-a-table-and-footnotes.mdx');
  });

  it.each(files)('%s', async (file) => {
    const site = bodyBlocks(siteHtml(file));
    const standard = bodyBlocks(await standardHtml(file));
    expect(site.length, file).toBeGreaterThan(0);
    const difference = firstDifference(site, standard);
    if (difference) expect.fail(`${file}: the site and the standard stack differ at ${difference}`);
  });
});
