// The page budget: for every page type in every language, what a reader's
// browser loads from the built dist/, measured in Chromium at a 360 px phone
// viewport (device pixel ratio 2, as most phones), and compressed as a host
// would send it; and the size of every article's one-file copy, as a
// messenger sends it (uncompressed). Prints two tables; fails when a page or
// a copy is over its budget.
//
// Usage: npm run budget   (after npm run build and npm run build:fixtures)
import './tsImports.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, testChromium } from './browser.mjs';
import { serveDist } from './serveDist.mjs';

const budgets = {
  articleFirstRender: 14_600, // HTML + render-blocking CSS of an article, gzip: one TCP round trip
  javascript: 3_072, // all JavaScript on any page but search, gzip
  articleNonImage: 40_960, // everything but images an article loads, gzip
  articleImages: 122_880, // images an article loads at 360 px
};

const { languages } = await import('../src/i18n/locales.ts');

/** A name the search must find, spelled as each edition spells it (content/names.json). */
const kosanov = JSON.parse(readFileSync('content/names.json', 'utf8')).find(
  (/** @type {{ id: string }} */ name) => name.id === 'amirzhan-kosanov',
);
const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
/**
 * The one-file copies, in bytes as sent: the lead article, whose photos are
 * not available (Cyrillic takes two bytes a letter), and the test-only article
 * with three photographs (built into .fixture-site/ by npm run build:fixtures).
 */
const oneFileBudgets = {
  [`dist/en/articles/${slug}`]: 32_768,
  [`dist/ru/articles/${slug}`]: 40_960,
  '.fixture-site/en/articles/article-with-three-photos': 102_400,
};

const brief = 'kazakhstan-from-a-marathon-banner-to-protest-consolidation';
const pageTypes = (lang) => [
  ['front', `/${lang}/`],
  ['article', `/${lang}/articles/${slug}/`],
  ['brief', `/${lang}/articles/${brief}/`],
  ['topic', `/${lang}/topics/kazakhstan/`],
  ['author', `/${lang}/authors/cabar-newsroom/`],
  ['about', `/${lang}/about/`],
  ['search', `/${lang}/search/?q=${encodeURIComponent(kosanov[lang].split(' ').at(-1))}`],
  ['404', `/${lang}/404/`],
];

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const { origin, close } = await serveDist('dist', { dev: true });

const executablePath = testChromium();
const browser = await chromium.launch({
  args: chromiumArgs,
  ...(executablePath ? { executablePath } : {}),
});
const failures = [];

/** Loads one page as a reader on a phone would, and measures what it loaded. */
async function measure(lang, type, path) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const loaded = [];
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() >= 300) return;
    bodies.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) =>
          loaded.push({ path: url.pathname, type: response.request().resourceType(), body }),
        ),
    );
  });
  await page.goto(origin + path);
  // Scroll as a reader would, so lazy images load; then wait until nothing more comes.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  const html = loaded.find((entry) => entry.type === 'document').body;
  const text = html.toString('utf8');
  const inlineScripts = [
    ...text.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1])
    .join('\n');
  const blocking = [
    ...text
      .slice(0, text.indexOf('</head>'))
      .matchAll(
        /<link[^>]+rel="stylesheet"[^>]*>|<script(?![^>]*(async|defer|type="module"|application\/ld\+json))[^>]*\ssrc=[^>]*>/g,
      ),
  ];
  const files = (kind) => loaded.filter((entry) => entry.type === kind);
  const cssBytes = files('stylesheet').reduce((sum, entry) => sum + gzip(entry.body), 0);
  const scripts = files('script');
  // The service worker an article registers is JavaScript it loads too.
  const worker = text.includes('class="offline-mark"') ? gzip(readFileSync('dist/sw.js')) : 0;
  const jsBytes =
    (inlineScripts ? gzip(Buffer.from(inlineScripts)) : 0) +
    scripts.reduce((sum, entry) => sum + gzip(entry.body), 0) +
    worker;
  const images = files('image');
  const imageBytes = images.reduce((sum, entry) => sum + entry.body.length, 0);
  const nonImage = loaded
    .filter((entry) => entry.type !== 'image' && !entry.path.startsWith('/pagefind/'))
    .reduce((sum, entry) => sum + gzip(entry.body), 0);
  const row = {
    page: `${lang} ${type}`,
    htmlGzip: gzip(html),
    htmlBrotli: brotli(html),
    cssGzip: cssBytes,
    jsGzip: jsBytes,
    searchJsGzip: loaded
      .filter((entry) => entry.path.startsWith('/pagefind/'))
      .reduce((sum, entry) => sum + gzip(entry.body), 0),
    beforeRender: 1 + blocking.length,
    images: images.length,
    imageBytes,
    nonImage,
  };
  const over = (what, value, budget) =>
    value > budget && failures.push(`${row.page}: ${what} ${value} > ${budget}`);
  if (type === 'article' || type === 'brief') {
    over('HTML + blocking CSS (gzip)', row.htmlGzip + row.cssGzip, budgets.articleFirstRender);
    over('everything but images (gzip)', row.nonImage, budgets.articleNonImage);
    over('images at 360 px', row.imageBytes, budgets.articleImages);
  }
  if (type !== 'search') over('JavaScript (gzip)', row.jsGzip, budgets.javascript);
  if (blocking.some((match) => match[0].startsWith('<script')))
    failures.push(`${row.page}: a script blocks rendering`);
  return row;
}

// Four pages at a time: most of a page's time is waiting, not work.
const pages = languages.flatMap((lang) =>
  pageTypes(lang).map(([type, path]) => ({ lang, type, path })),
);
const rows = [];
for (let start = 0; start < pages.length; start += 4) {
  const batch = pages.slice(start, start + 4);
  rows.push(...(await Promise.all(batch.map(({ lang, type, path }) => measure(lang, type, path)))));
}
await browser.close();
close();

const header = [
  'page',
  'HTML gz',
  'HTML br',
  'CSS gz',
  'JS gz',
  'search JS gz',
  'reqs before render',
  'images',
  'image KB',
  'non-image gz',
];
const table = rows.map((row) => [
  row.page,
  kb(row.htmlGzip),
  kb(row.htmlBrotli),
  kb(row.cssGzip),
  kb(row.jsGzip),
  kb(row.searchJsGzip),
  String(row.beforeRender),
  String(row.images),
  kb(row.imageBytes),
  kb(row.nonImage),
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(
  'Page budget (KB; 360 px viewport, DPR 2; gzip -9 and brotli as a host would send them)',
);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of table) console.log(line(cells));
console.log(
  `budgets: article HTML+CSS <= ${kb(budgets.articleFirstRender)} KB gz; JS <= ${kb(budgets.javascript)} KB gz (search aside); article non-image <= ${kb(budgets.articleNonImage)} KB gz; article images <= ${kb(budgets.articleImages)} KB`,
);

// Every one-file copy, and the fixture's: what a reader sends and receives.
const copies = ['dist', '.fixture-site'].flatMap((site) => {
  if (!existsSync(site)) {
    failures.push(`${site}/ is not built: run npm run build and npm run build:fixtures first`);
    return [];
  }
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^[a-z]{2}\/articles\/([^/]+)\/\1\.[a-z]{2}\.html$/.test(file))
    .filter((file) => site === 'dist' || file.includes('article-with-three-photos'))
    .map((file) => `${site}/${file}`)
    .sort();
});
const copyRows = copies.map((file) => {
  const bytes = readFileSync(file);
  const budget = oneFileBudgets[file.slice(0, file.lastIndexOf('/'))];
  if (budget && bytes.length > budget) failures.push(`${file}: ${bytes.length} bytes > ${budget}`);
  return [
    file.slice(0, file.indexOf('/')),
    file.slice(file.lastIndexOf('/') + 1),
    kb(bytes.length),
    kb(gzip(bytes)),
    String((bytes.toString('utf8').match(/\ssrc="data:image\//g) ?? []).length),
    budget ? kb(budget) : '',
  ];
});
const copyHeader = ['built in', 'copy', 'KB', 'gz KB', 'photos', 'budget KB'];
const copyWidths = copyHeader.map((title, column) =>
  Math.max(title.length, ...copyRows.map((cells) => cells[column].length)),
);
const copyLine = (cells) =>
  `| ${cells.map((cell, column) => cell.padEnd(copyWidths[column])).join(' | ')} |`;
console.log('\nOne-file copies (KB as a messenger sends them: uncompressed; gzip beside it)');
console.log(copyLine(copyHeader));
console.log(copyLine(copyWidths.map((width) => '-'.repeat(width))));
for (const cells of copyRows) console.log(copyLine(cells));
for (const path of Object.keys(oneFileBudgets))
  if (!copies.some((file) => file.startsWith(`${path}/`)))
    failures.push(`${path}: no one-file copy`);
console.log(
  `budgets: the lead article's copy <= ${kb(oneFileBudgets[Object.keys(oneFileBudgets)[0]])} KB (en), <= ${kb(oneFileBudgets[Object.keys(oneFileBudgets)[1]])} KB (ru); an article with three photos <= ${kb(102_400)} KB`,
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('budget: all pages within budget');
