import { getImage } from 'astro:assets';
import type {
  GetImageResult,
  ImageMetadata,
  ImageOutputFormat,
  UnresolvedImageTransform,
} from 'astro';
import socialCard from '../assets/social-card.jpg';
import { imageWidths } from '../config/photos';
import { shownPhotos } from '../lib/shownPhotos';

/**
 * The images of a photo that pages show, each asked of Astro once per build.
 *
 * Astro's incremental build records, for each page it may reuse, every image
 * the page asked for while rendering, so that a reused page still gets its
 * images: some 60 per article page (a photo is 15 files, a thumbnail 9), and
 * at 2,000 articles a record of 200 MB that took seconds to read and write at
 * every build, and at 10,000 more than a JavaScript string holds. The article
 * route asks for every image its pages show before they render
 * (prepareArticleImages), outside any page, so every build has them all, and
 * the pages find them here and ask Astro for none.
 */

/** A photo shown as a <picture>: the props of Astro's <Picture>, as the site uses them. */
export interface PictureProps {
  src: ImageMetadata;
  alt: string;
  formats: ImageOutputFormat[];
  fallbackFormat: ImageOutputFormat;
  widths: number[];
  sizes: string;
  priority?: boolean;
  class: string;
}

/** A photo in an article's body: every width a screen may need, AVIF and WebP first. */
export const figurePicture = (
  src: ImageMetadata,
  alt: string,
  priority: boolean,
): PictureProps => ({
  src,
  alt,
  formats: ['avif', 'webp'],
  fallbackFormat: 'jpg',
  widths: [...imageWidths.figure],
  sizes: '(min-width: 44rem) 42rem, calc(100vw - 2rem)',
  priority,
  class: 'figure__image',
});

/** A photo beside a headline link: it adds nothing a screen reader needs, so alt="". */
export const thumbnailPicture = (src: ImageMetadata): PictureProps => ({
  src,
  alt: '',
  formats: ['avif', 'webp'],
  fallbackFormat: 'jpg',
  widths: [...imageWidths.thumbnail],
  sizes: '120px',
  class: 'thumbnail',
});

/** A photo as link previews and structured data show it. */
export const shareImage = (src: ImageMetadata): UnresolvedImageTransform => ({
  src,
  width: imageWidths.share,
  format: 'jpg',
});

/** A photo's width as stored, read through `clone` (see photoImage). */
const widthOf = (src: ImageMetadata): number =>
  ((src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src).width;

/**
 * What Astro's <Picture> asks getImage for: one image per format for the
 * <source>s, and the fallback for the <img>. (Astro's responsive layouts are
 * not used here: `image.layout` is not set.) The <img>'s own `src` is the
 * widest of the widths (or the photo's own width, if less, as Astro's srcset
 * has it), so it is one of the srcset's images: with no width, Astro would
 * make it at the photo's full size, a file as large as the original for
 * every card and figure that shows it.
 */
function pictureImages({ formats, fallbackFormat, ...props }: PictureProps): {
  sources: UnresolvedImageTransform[];
  fallback: UnresolvedImageTransform;
} {
  const width = Math.min(Math.max(...props.widths), widthOf(props.src));
  return {
    sources: formats.map((format) => ({ ...props, format, densities: undefined })),
    fallback: { ...props, width, format: fallbackFormat, densities: undefined },
  };
}

const images = new Map<string, Promise<GetImageResult>>();

/**
 * getImage, once per build for each photo and options. A photo's file is
 * named by its address, read through `clone` (reading the image import any
 * other way marks the original as used, and Astro copies it into dist/).
 */
export function photoImage(options: UnresolvedImageTransform): Promise<GetImageResult> {
  const { src, ...rest } = options;
  const file = src as { clone?: { src?: unknown }; src?: unknown };
  const key = JSON.stringify([(file.clone ?? file).src ?? String(src), rest]);
  let image = images.get(key);
  if (!image) {
    image = getImage(options);
    images.set(key, image);
  }
  return image;
}

/** Asks for a <picture>'s images. */
export function picture(props: PictureProps) {
  const { sources, fallback } = pictureImages(props);
  return Promise.all([Promise.all(sources.map(photoImage)), photoImage(fallback)]);
}

/** What of an article its own page and the pages listing it show as images. */
export interface ArticlePhotos {
  photos: {
    id: string;
    src: ImageMetadata;
    alt?: string | undefined;
    unavailable?: true | undefined;
  }[];
  /** Ids of the photos its body places, in order; the first loads first. */
  placed: string[];
}

/**
 * Every image the article pages show, asked for before any page renders: each
 * placed photo that is shown, each article's first shown photo as a thumbnail
 * (related articles, lists), every shown photo as link previews and structured
 * data take them, and the site's card for articles with none (see shownPhotos).
 */
export async function prepareArticleImages(articles: ArticlePhotos[]): Promise<void> {
  await Promise.all([
    photoImage(shareImage(socialCard)),
    ...articles.flatMap(({ photos, placed }) => {
      const shown = shownPhotos(photos);
      const byId = new Map(shown.map((photo) => [photo.id, photo]));
      const first = shown[0];
      return [
        ...placed.flatMap((id) => {
          const photo = byId.get(id);
          return photo ? [picture(figurePicture(photo.src, photo.alt, id === placed[0]))] : [];
        }),
        ...(first ? [picture(thumbnailPicture(first.src))] : []),
        ...shown.map((photo) => photoImage(shareImage(photo.src))),
      ];
    }),
  ]);
}
