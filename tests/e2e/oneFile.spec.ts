// The one-file copies as a reader opens them: from a file (a phone's downloads
// folder, a messenger's attachment), with the network blocked, in every engine
// (Chromium, Firefox, WebKit: see the projects in playwright.config.ts).
// Written once against the engine-neutral Reader (reader/reader.ts). What can
// be read from the files themselves is checked in tests/dist/oneFile.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { expect, test } from './reader/test';
import type { Reader } from './reader/reader';
import {
  comparable,
  missingSeedSentences,
  seedBodySentences,
  seedDisclaimer,
  seedStandfirst,
} from './seedText';

const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const fileOf = (site: string, lang: string, slug: string) =>
  resolve(site, lang, 'articles', slug, `${slug}.${lang}.html`);
/** Text as a reader sees it: typography's non-breaking spaces read as spaces. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every sentence of the seed, in order, in the English copy's body. */
async function hasTheSeed(reader: Reader) {
  for (const [selector, text] of [
    ['.article__standfirst', seedStandfirst],
    ['.disclaimer', seedDisclaimer],
  ] as const)
    expect(comparable((await reader.texts(selector)).join(' ')), selector).toBe(comparable(text));
  expect(seedBodySentences.length).toBeGreaterThan(35);
  expect(missingSeedSentences((await reader.texts('.prose')).join('\n'))).toEqual([]);
}

/** The Russian copy has every part of the Russian article's page: each paragraph, heading, photo, quote and link. */
async function isTheRussianEdition(reader: Reader) {
  const page = parse(readFileSync(`dist/ru/articles/${lead}/index.html`, 'utf8'));
  const parts = (selector: string) => page.querySelectorAll(selector).map((e) => words(e.text));
  for (const selector of [
    'h1',
    '.article__standfirst',
    '.byline',
    '.translation-credit',
    '.prose > *',
    '.source-credit',
    '.disclaimer',
  ])
    expect((await reader.texts(selector)).map(words), selector).toEqual(parts(selector));
  expect(parts('.prose > *').length).toBeGreaterThan(25);
}

const copies = [
  { name: 'English lead article', file: fileOf('dist', 'en', lead), photos: 0, check: hasTheSeed },
  {
    name: 'Russian lead article',
    file: fileOf('dist', 'ru', lead),
    photos: 0,
    check: isTheRussianEdition,
  },
  {
    name: 'article with three photographs',
    file: fileOf('.fixture-site', 'en', 'article-with-three-photos'),
    photos: 3,
    check: async () => {},
  },
];

test('each one-file copy opens from a file with the network blocked: whole, asking for nothing, readable on a phone and a computer', async ({
  openReader,
}) => {
  test.setTimeout(120_000);
  const reader = await openReader({ javaScript: true, offline: true });

  // The browser, so blocked, does report a page that asks for something.
  const control = test.info().outputPath('control.html');
  writeFileSync(
    control,
    `<!doctype html><html lang="en"><meta http-equiv="content-security-policy" content="default-src 'none'"><title>control</title><img src="https://steppe-bulletin.example/control.png" alt="">`,
  );
  await reader.open(pathToFileURL(control).href);
  expect([...(await reader.requests()), ...(await reader.consoleErrors())]).not.toEqual([]);

  for (const copy of copies) {
    await reader.open(pathToFileURL(copy.file).href);
    await copy.check(reader);
    for (const [width, height] of [
      [360, 780],
      [1280, 900],
    ] as const) {
      await reader.resize(width, height);
      const layout = await reader.layout();
      expect(layout.viewportWidth, `${copy.name} at ${width} px`).toBe(width);
      // No horizontal scroll, type no smaller than 16 px.
      expect(layout.scrollWidth, `${copy.name} at ${width} px`).toBeLessThanOrEqual(
        layout.clientWidth,
      );
      expect(layout.fontSize).toBeGreaterThanOrEqual(16);
      // On a computer, a column of text that the eye can follow, not the screen's width.
      if (width === 1280) expect(layout.textWidth).toBeLessThanOrEqual(720);
      expect(layout.images.filter((image) => !image.decoded)).toEqual([]);
      expect(layout.images).toHaveLength(copy.photos);
    }
    expect(await reader.requests(), copy.name).toEqual([]);
    expect(await reader.consoleErrors(), copy.name).toEqual([]);
  }
});
