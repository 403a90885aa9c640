// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { checkContent } from './src/integrations/checkContent';
import { relativeRedirects } from './src/integrations/relativeRedirects';
import { reusedPages } from './src/integrations/reusedPages';
import { photoOriginals } from './src/integrations/photoOriginals';
import { searchIndex } from './src/integrations/searchIndex';
import { serviceWorker } from './src/integrations/serviceWorker';
import { adminPage } from './src/integrations/adminPage';
import { contentDir } from './src/config/contentDir';
import { siteUrl as site } from './src/config/siteUrl';
import { cacheDir } from './src/config/cacheDir';
import { outDir } from './src/config/outDir';
import { languages } from './src/i18n/locales';
import { notFoundPath, offlinePath } from './src/lib/urls';

/** The content check, run first; it also knows which articles are withdrawn. */
const content = checkContent(contentDir);

/** Pages that are no content: the language chooser at /, the not-found and offline pages. */
const notContent = new Set([
  '/',
  ...languages.flatMap((lang) => [notFoundPath(lang), offlinePath(lang)]),
]);

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    content,
    // Build steps run in this order once the pages are written (their
    // addresses already made relative, by src/middleware.ts): the links to
    // the last build's pages that this one did not produce removed, the
    // photo files' originals removed, the redirect pages' addresses made
    // relative, the search index, then the service worker (whose cache name
    // hashes the offline pages).
    reusedPages(),
    photoOriginals(contentDir),
    relativeRedirects(),
    searchIndex(contentDir),
    serviceWorker(),
    sitemap({
      // Translations share their path after the language, so the sitemap pairs them.
      i18n: {
        defaultLocale: languages[0],
        locales: Object.fromEntries(languages.map((lang) => [lang, lang])),
      },
      // The language chooser at /, the not-found and offline pages are not
      // content; a withdrawn article's page only says it was withdrawn.
      filter: (page) => {
        const path = new URL(page).pathname;
        return !notContent.has(path) && !content.withdrawn.has(path);
      },
    }),
    // The editing page, /admin/: its own files, written beside the site, linked from no page.
    adminPage(contentDir),
  ],
  image: {
    // AVIF at sharp's default effort (4) was most of a cold build's image time;
    // effort 2 encodes about five times faster for files some 10% larger,
    // at the same quality (measured on the site's photos).
    service: sharpImageService({ avif: { effort: 2 } }),
  },
  markdown: {
    // Articles and pages are rendered by their content loader (src/loaders/),
    // with no code highlighting: Astro's Markdown pipeline renders nothing here.
    syntaxHighlight: false,
  },
  security: {
    // A strict Content-Security-Policy on every page (a <meta> tag; see
    // public/_headers for what only a header can say). Astro hashes the
    // scripts and styles it bundles; pages add what they need beyond that.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  build: {
    // One round trip matters more than caching on metered connections.
    inlineStylesheets: 'always',
  },
  // The build's log, as an editor needs it: quiet when all is well (see the file).
  logger: { entrypoint: './src/integrations/buildLog.ts' },
  experimental: {
    // A build reuses the pages of the previous one (kept in cacheDir) whose
    // cache key and code are unchanged: article pages key on everything they
    // show (see src/data/pageCacheKey.ts), so one edit re-renders a few pages.
    incrementalBuild: true,
  },
  vite: {
    // The build's cache (bodies the content loader renders, among others) is
    // no source for the dev server to watch.
    server: { watch: { ignored: ['**/.cache/**'] } },
    build: {
      // src/integrations/reusedPages.ts empties the output folder itself and
      // puts the last build's pages in it, which Astro then reuses in place.
      emptyOutDir: false,
      // Scripts go in files of their own: cached across pages, off the first
      // round trip (they are modules, so they never block rendering), and
      // allowed by the CSP's 'self' without a hash per script in every page.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  // Fixture and benchmark builds point these elsewhere so they never touch the published
  // dist/; `npm run build` builds beside it (scripts/build.mjs).
  outDir,
  // What a build keeps for the next one (README: what a deployment keeps). Out of
  // node_modules/, Astro's default, which `npm ci` deletes.
  cacheDir,
});
