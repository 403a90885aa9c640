import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import OneFileLayout from '../layouts/OneFileLayout.astro';
import { transform } from 'esbuild';
import globalCss from '../styles/global.css?raw';
import printCss from '../styles/print.css?raw';
import oneFileCss from '../styles/oneFile.css?raw';
import { articleContext } from '../data/articleContext';
import { siteUrl } from '../config/siteUrl';
import { site } from '../config/site';
import { articleEdition } from '../data/articleEdition';
import type { ArticlePagePath } from '../data/articlePage';
import { bodyHtml, findArticle, findLinkedArticle, type Article } from '../data/articles';
import { languages } from '../i18n/locales';
import { absoluteHtml, componentStyles, oneFileStylesheet } from '../lib/oneFile';
import { changeDates, today } from '../lib/publication';
import { articlePath, parseArticleId } from '../lib/urls';
import { isoDate } from '../lib/publicationDate';

/**
 * The one-file copy of an article edition: the whole article as one HTML
 * file, for a reader to keep and pass on (by messenger, when the site is
 * blocked) and to open anywhere, offline. Made from what the article's page
 * is made of (the route's props, the stored body, the same components), with
 * its photos inlined and its links written as the main site's full addresses.
 * The copy is written by its own route
 * (pages/[lang]/articles/[slug]/[edition].html.ts); the article's page shows
 * its size.
 */

/** What an article's page is made from, as its route gives it. */
export type ArticlePageProps = ArticlePagePath['props'];

// The body components' sources, for their own styles (componentStyles).
const componentSources = import.meta.glob<string>('../components/mdx/*.astro', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let stylesheet: Promise<string> | undefined;

/** The copy's stylesheet, the site's own for the article (see oneFileStylesheet), minified once. */
function css(): Promise<string> {
  stylesheet ??= transform(
    oneFileStylesheet({
      global: globalCss,
      print: printCss,
      own: oneFileCss,
      components: componentStyles(Object.values(componentSources)),
    }),
    { loader: 'css', minify: true },
  ).then((result) => result.code.trim());
  return stylesheet;
}

/** The day a copy says it was made: the build's, in the newsroom's time zone. */
const savedOn = today(site.timeZone, process.env.BUILD_DATE);

let container: Promise<AstroContainer> | undefined;

async function render({ article, lang, all, related, counterparts }: ArticlePageProps) {
  const { slug } = parseArticleId(article.id);
  const canonical = new URL(articlePath(lang, slug), siteUrl).href;
  const editions = Object.values(counterparts)
    .filter((other) => other.lang !== lang && other.match === 'same')
    .map((other) => ({ lang: other.lang, path: new URL(other.path, siteUrl).href }));
  // The site's address, for what components print after a link (SeeAlso).
  container ??= AstroContainer.create({ astroConfig: { site: siteUrl } });
  const html = await (
    await container
  ).renderToString(OneFileLayout, {
    props: {
      ...(await articleEdition(article, lang, all)),
      article,
      lang,
      body: bodyHtml(article),
      related: related.map((card) => card.article),
      editions,
      canonical,
      savedOn,
      css: await css(),
    },
    locals: { article: articleContext(article, all, lang) },
    partial: false,
  });
  return absoluteHtml(html, siteUrl);
}

/**
 * What a copy shows of other articles, for the key of its reuse by the next
 * build: whether its other editions are there and how up to date (the note of
 * an outdated translation), and the headline and date of each article it
 * links to or lists. The page shows more of them (cards, the structured
 * data), so a copy is rewritten less often than its page.
 */
export function oneFileShows({ article, lang, all, related }: ArticlePageProps) {
  const { slug } = parseArticleId(article.id);
  const summary = (entry: Article | undefined) =>
    entry && [entry.id, entry.data.headline, isoDate(entry.data.published)];
  return {
    editions: languages.map((other) => {
      const edition = findArticle(all, other, slug);
      return edition && changeDates(edition.data);
    }),
    linked: [...article.data.seeAlso, article.data.basedOn ?? []]
      .flat()
      .map((entry) => summary(findLinkedArticle(all, lang, entry).article)),
    related: related.map((card) => summary(card.article)),
  };
}

/** Copies rendered and not yet written, and the sizes of those written, by article id. */
const rendered = new Map<string, Promise<string>>();
const sizes = new Map<string, number>();

function renderOnce(props: ArticlePageProps): Promise<string> {
  let copy = rendered.get(props.article.id);
  if (!copy) {
    copy = render(props);
    rendered.set(props.article.id, copy);
  }
  return copy;
}

/**
 * An edition's copy, to write. Rendered once per build whichever asks first,
 * its route or its page (for the size); held only until it is written.
 */
export async function oneFileCopy(props: ArticlePageProps): Promise<string> {
  const html = await renderOnce(props);
  rendered.delete(props.article.id);
  sizes.set(props.article.id, Buffer.byteLength(html));
  return html;
}

/** The size in bytes of an edition's copy, for its page to show. */
export async function oneFileSize(props: ArticlePageProps): Promise<number> {
  return sizes.get(props.article.id) ?? Buffer.byteLength(await renderOnce(props));
}
