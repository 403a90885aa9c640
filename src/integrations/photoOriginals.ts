import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file by its name and size in bytes. */
export interface SizedFile {
  name: string;
  bytes: number;
}

/** The file names of images: what an image file of the content may be called. */
const imageName = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/**
 * The content image a built asset would be the copy of, by name: Astro names
 * the copy of an original `<name>.<hash>.<ext>` (an 8-character hash), and
 * the images it makes of it `<name>.<hash>_<options>.<ext>`, which never match.
 */
export function copiedName(asset: string): string | undefined {
  const copy = /^(.+)\.[\w-]{8}(\.[^.]+)$/.exec(asset);
  return copy ? `${copy[1]}${copy[2]}` : undefined;
}

/**
 * The built assets that are a content image's original: a copy by its name
 * (copiedName) that has the bytes of one of the content's images of that name.
 */
export function originalsAmong(
  assets: readonly SizedFile[],
  images: readonly SizedFile[],
): string[] {
  const sizes = new Map<string, Set<number>>();
  for (const image of images) {
    const sized = sizes.get(image.name) ?? new Set();
    sizes.set(image.name, sized.add(image.bytes));
  }
  return assets.flatMap(({ name, bytes }) =>
    sizes.get(copiedName(name) ?? '')?.has(bytes) ? [name] : [],
  );
}

/** Every image file under a folder, by name (not path) and size. */
async function imagesUnder(dir: string): Promise<SizedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && imageName.test(entry.name))
      .map(async (entry) => ({
        name: entry.name,
        bytes: (await stat(join(entry.parentPath, entry.name))).size,
      })),
  );
}

/**
 * Removes from the built site the photo files as editors put them in
 * content/. Astro copies into the site's assets the original of every image
 * the content names, and removes it once it has made the images a page
 * shows of it; a photo no page shows (one marked `unavailable`) kept its
 * original there, at its full size. No page links to an original: every
 * image a page shows is one Astro made at the widths of
 * src/config/photos.ts (tests/dist/images.test.ts checks the built files).
 */
export function photoOriginals(contentDir: string): AstroIntegration {
  let assets = '';
  return {
    name: 'photo-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir }) => {
        const folder = join(fileURLToPath(dir), assets);
        if (!existsSync(folder) || !existsSync(contentDir)) return;
        const images = await imagesUnder(contentDir);
        const names = new Set(images.map((image) => image.name));
        // By name first: the images Astro made, most of the folder, are never read.
        const copies = await Promise.all(
          (await readdir(folder))
            .filter((name) => names.has(copiedName(name) ?? ''))
            .map(async (name) => ({ name, bytes: (await stat(join(folder, name))).size })),
        );
        const originals = originalsAmong(copies, images);
        await Promise.all(originals.map((name) => rm(join(folder, name), { force: true })));
      },
    },
  };
}
