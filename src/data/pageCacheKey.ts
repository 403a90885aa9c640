import { createHash } from 'node:crypto';

/** An entry of the content layer, as far as a page's cache key reads it. */
interface KeyedEntry {
  id: string;
  digest?: string | number | undefined;
  data: object;
}

/**
 * The built addresses of an entry's photos: they carry a hash of each image
 * file. Read through `clone`: reading any other property of an image import
 * marks the original file as used, and Astro then copies it into dist/.
 */
function photoAddresses(data: object): string[] {
  const photos = (data as { photos?: { src?: { src?: unknown; clone?: { src?: unknown } } }[] })
    .photos;
  return (photos ?? []).map((photo) => String((photo.src?.clone ?? photo.src)?.src ?? ''));
}

/**
 * The key under which a built page may be reused by the next build
 * (`experimental.incrementalBuild`): it must change whenever anything the
 * page shows changes. `entries` are every content entry the page shows
 * something of (the article itself, the articles it links to and lists, its
 * authors and topics): each counts by its digest (its file's text, and the
 * rendering pipeline's for articles) and its photos' built addresses (a
 * replaced image file gets a new one). `more` is whatever else the page
 * shows that is worked out across entries (its language counterparts).
 * The page's own code and the site's config are Astro's to track.
 */
export function pageCacheKey(entries: (KeyedEntry | undefined)[], ...more: unknown[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) {
    if (!entry) continue;
    hash.update(`${entry.id}\u0000${entry.digest ?? JSON.stringify(entry.data)}\u0000`);
    hash.update(`${photoAddresses(entry.data).join('\u0000')}\u0001`);
  }
  hash.update(JSON.stringify(more));
  return hash.digest('base64url');
}
