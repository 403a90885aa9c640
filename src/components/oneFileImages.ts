import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImageMetadata, UnresolvedImageTransform } from 'astro';
import { getConfiguredImageService, imageConfig } from 'astro:assets';
import { isLocalService } from 'astro/assets';
import { cacheDir } from '../config/cacheDir';
import { imageWidths } from '../config/photos';
import { dataUri } from '../lib/oneFile';
import { shownPhotos } from '../lib/shownPhotos';
import { photoImage, type ArticlePhotos } from './photoImages';

/**
 * The photos of an article's one-file copy (the page as one HTML file a reader
 * passes on; see pages/[lang]/articles/[slug]/[edition].html.ts), inlined as
 * data: images. One image per photo, at the width of the copy's column on a
 * computer (40rem, 640 px), which also covers a phone's 360 px screen at
 * nearly two device pixels a CSS pixel; WebP, which every phone browser of the
 * last five years shows (Safari since iOS 14, 2020; Chrome, Samsung Internet
 * and Firefox on Android for longer), at about two thirds of a JPEG's bytes
 * for the same picture; at a quality that keeps three photographs and an
 * article's text within 100 KB, the budget of a file sent by messenger over a
 * metered connection (scripts/budget.mjs checks it).
 *
 * The image is Astro's own (getImage), encoded once and kept in Astro's image
 * cache (`<cacheDir>/assets/`) like every other image of the site. A copy is
 * rendered before Astro encodes the build's images, so the copies' images are
 * encoded first, by Astro's image service with Astro's transform and under
 * Astro's file name (prepareOneFileImages): Astro then finds them in its cache
 * and encodes nothing twice.
 */
export const oneFileImage = (src: ImageMetadata): UnresolvedImageTransform => ({
  src,
  width: imageWidths.oneFile,
  format: 'webp',
  quality: 50,
});

/** An image as the copy writes it: its data: address and its size. */
export interface InlineImage {
  src: string;
  width: number;
  height: number;
}

/** Where a photo's image for the copies is, once encoded. */
interface Encoded {
  mime: string;
  width: number;
  height: number;
  /** Its bytes: read from Astro's cache as each copy is rendered, so no build holds them all. */
  bytes: () => Promise<Uint8Array>;
}

const assets = join(cacheDir, 'assets');
const encoded = new Map<string, Promise<Encoded>>();
const fsPathOf = (src: ImageMetadata) => (src as ImageMetadata & { fsPath: string }).fsPath;

/** A photo's image for the copies, in Astro's image cache: encoded there if it is not yet. */
async function encode(src: ImageMetadata): Promise<Encoded> {
  const image = await photoImage(oneFileImage(src));
  const { width, height } = image.attributes as { width: number; height: number };
  const mime = `image/${image.options.format}`;
  const transform = async () => {
    const service = await getConfiguredImageService();
    if (!isLocalService(service))
      throw new Error(`${fsPathOf(src)}: the image service cannot encode`);
    const options = image.options as typeof image.options & { src: ImageMetadata };
    const { data } = await service.transform(
      await readFile(fsPathOf(src)),
      { ...options, src: options.src.src },
      imageConfig,
      // Its warnings (an image it cannot read) go to the build's output.
      console,
    );
    return data;
  };
  if (import.meta.env.DEV) {
    // The dev server encodes images as it serves them, and caches none.
    const data = transform();
    return { mime, width, height, bytes: () => data };
  }
  const cached = join(assets, basename(image.src));
  await access(cached).catch(async () => {
    const data = await transform();
    await mkdir(assets, { recursive: true });
    // Written whole, then named: Astro never finds half a file.
    await writeFile(`${cached}.part`, data);
    await rename(`${cached}.part`, cached);
  });
  return { mime, width, height, bytes: () => readFile(cached) };
}

function encoding(src: ImageMetadata): Promise<Encoded> {
  let image = encoded.get(fsPathOf(src));
  if (!image) {
    image = encode(src);
    encoded.set(fsPathOf(src), image);
  }
  return image;
}

/** A photo's image as a copy writes it, inlined. */
export async function inlineImage(src: ImageMetadata): Promise<InlineImage> {
  const { mime, width, height, bytes } = await encoding(src);
  return { src: dataUri(mime, await bytes()), width, height };
}

/**
 * Every photo the copies show, encoded (or found in Astro's cache) before any
 * copy is rendered: the photos each article's body places, where they are
 * available (an unavailable photo's file is a stand-in, never shown).
 */
export async function prepareOneFileImages(articles: ArticlePhotos[]): Promise<void> {
  await Promise.all(
    articles.flatMap(({ photos, placed }) =>
      shownPhotos(photos)
        .filter((photo) => placed.includes(photo.id))
        .map((photo) => encoding(photo.src)),
    ),
  );
}
