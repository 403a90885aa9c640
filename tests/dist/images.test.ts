// The images of the built sites, read as images (their headers, by sharp): no
// page shows a photo wider than the width it is shown at, and no photo file
// goes out as an editor put it in content/. The production site's photos are
// all marked unavailable (never shown); the fixture site (npm run
// build:fixtures) shows photographs, in articles, cards and link previews.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageWidths, widestImage } from '../../src/config/photos';
import { builtDocument, builtPages, dist, fileOf, isOneFileCopy } from './builtSite';

const sites = [
  // The content it is built from: content/, and the fixture build's copy with its own photos.
  { dir: dist, content: 'content' },
  { dir: '.fixture-site', content: 'node_modules/.astro-fixture-site/content' },
];
const isImage = (name: string) => /\.(jpe?g|png|webp|avif|gif)$/i.test(name);

/** An image's width in pixels, read from its header. */
const widthOf = async (image: string | Buffer) => (await sharp(image).metadata()).width;

/** The built file an address of a page (`../_astro/x.jpg`, or the site's full address) names. */
const fileAt = (dir: string, page: string, address: string) =>
  fileOf(new URL(address, `https://steppe-bulletin.example${page}`).pathname, dir);

/** The addresses a srcset lists. */
const srcsetAddresses = (srcset: string | undefined) =>
  (srcset ?? '').split(',').flatMap((candidate) => candidate.trim().split(/\s+/)[0] || []);

/** The `image` of a page's structured data, as addresses. */
function structuredImages(page: ReturnType<typeof builtDocument>): string[] {
  return page.querySelectorAll('script[type="application/ld+json"]').flatMap((block) => {
    const image: unknown = JSON.parse(block.textContent).image;
    return [image ?? []]
      .flat()
      .map((entry) =>
        typeof entry === 'string' ? entry : String((entry as { url?: unknown }).url),
      );
  });
}

describe.each(sites)('the images of $dir', ({ dir, content }) => {
  const pages = builtPages(dir);
  const assets = join(dir, '_astro');

  it('are none wider than the widest the site makes of a photo', async () => {
    const images = readdirSync(assets).filter(isImage);
    expect(images.length).toBeGreaterThan(0);
    const wide: string[] = [];
    for (const name of images) {
      const width = await widthOf(join(assets, name));
      if (width > widestImage) wide.push(`${name}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });

  it('are none a photo file as it is in content/', () => {
    const hash = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');
    const photos = join(content, 'photos');
    const originals = new Set(
      existsSync(photos)
        ? readdirSync(photos)
            .filter(isImage)
            .map((name) => hash(join(photos, name)))
        : [],
    );
    expect(originals.size).toBeGreaterThan(0);
    const published = readdirSync(assets)
      .filter(isImage)
      .filter((name) => originals.has(hash(join(assets, name))));
    expect(published).toEqual([]);
  });

  it('are, in every card and figure, no wider than the card or figure shows', async () => {
    const shown = [
      { selector: 'img.thumbnail', widest: Math.max(...imageWidths.thumbnail) },
      { selector: 'img.figure__image', widest: Math.max(...imageWidths.figure) },
    ];
    const wide: string[] = [];
    let seen = 0;
    for (const page of pages.filter((path) => !isOneFileCopy(path))) {
      const document = builtDocument(page, dir);
      for (const { selector, widest } of shown) {
        for (const img of document.querySelectorAll(selector)) {
          // The <picture> it is the fallback of, and its <source>s.
          const picture = img.parentNode!;
          const addresses = [
            img.getAttribute('src')!,
            ...srcsetAddresses(img.getAttribute('srcset')),
            ...picture
              .querySelectorAll('source')
              .flatMap((source) => srcsetAddresses(source.getAttribute('srcset'))),
          ];
          for (const address of new Set(addresses)) {
            seen += 1;
            const width = await widthOf(fileAt(dir, page, address));
            if (width > widest) wide.push(`${page}: ${selector} ${address}: ${width} px`);
          }
        }
      }
    }
    if (dir !== dist) expect(seen).toBeGreaterThan(0);
    expect(wide).toEqual([]);
  });

  it('are, in link previews and structured data, the width a preview takes', async () => {
    const wide: string[] = [];
    for (const page of pages.filter((path) => !isOneFileCopy(path))) {
      const document = builtDocument(page, dir);
      const addresses = [
        ...['meta[property="og:image"]', 'meta[name="twitter:image"]'].flatMap(
          (selector) => document.querySelector(selector)?.getAttribute('content') ?? [],
        ),
        ...structuredImages(document),
      ];
      for (const address of new Set(addresses)) {
        const width = await widthOf(fileAt(dir, page, address));
        if (width > imageWidths.share) wide.push(`${page}: ${address}: ${width} px`);
      }
    }
    expect(wide).toEqual([]);
  });

  it("are, in the one-file copies, the width of the copy's column", async () => {
    const wide: string[] = [];
    for (const copy of pages.filter(isOneFileCopy)) {
      const html = readFileSync(fileOf(copy, dir), 'utf8');
      for (const [, data] of html.matchAll(/\ssrc="data:image\/[a-z]+;base64,([^"]+)"/g)) {
        const width = await widthOf(Buffer.from(data!, 'base64'));
        if (width > imageWidths.oneFile) wide.push(`${copy}: ${width} px`);
      }
    }
    expect(wide).toEqual([]);
  });
});
