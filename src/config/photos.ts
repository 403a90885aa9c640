/**
 * What the site makes of a photo file, and what file it takes (README
 * "Photos"): the widths of the images the build encodes, and the limits the
 * content check holds a photo file to. Written once: the pages ask Astro for
 * these widths (src/components/photoImages.ts, oneFileImages.ts), the content
 * check refuses a file beyond the limits (src/check/photoFiles.ts), and the
 * checks of the built site take the widest image here as the widest there
 * may be (tests/dist/images.test.ts).
 */

/** The widths, in pixels, of the images the build makes of a photo. */
export const imageWidths = {
  /**
   * A photo in an article's body: from a phone's screen to a computer's
   * 42rem column at two device pixels a CSS pixel.
   */
  figure: [360, 720, 1080, 1440],
  /** A photo beside a headline link (6rem wide), at one and two device pixels a CSS pixel. */
  thumbnail: [120, 240],
  /** A photo as link previews (og:image) and structured data show it. */
  share: 1200,
  /** A photo in an article's one-file copy (see src/components/oneFileImages.ts). */
  oneFile: 640,
} as const;

/** The widest image the build makes of a photo: no built image is wider. */
export const widestImage: number = Math.max(
  ...imageWidths.figure,
  ...imageWidths.thumbnail,
  imageWidths.share,
  imageWidths.oneFile,
);

/**
 * The most a photo file may be. Far above what the site needs (a photo
 * 1,600 px wide gives every width above), so that an editor's export is
 * never refused, while a camera's original is: its pixels cost build time
 * in every image made of it and give readers nothing.
 */
export const photoLimits = {
  /** Pixels on the longer side. */
  side: 4000,
  /** Bytes of the file (8 MB). */
  bytes: 8_000_000,
  /** The width the content check tells an editor to export a refused photo at. */
  exportWidth: 2400,
} as const;
