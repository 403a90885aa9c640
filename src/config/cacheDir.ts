/**
 * Where a build keeps what the next one reuses (Astro's `cacheDir`: the
 * content store, rendered bodies, encoded images, pages; README: what a
 * deployment keeps). Fixture and benchmark builds set ASTRO_CACHE_DIR to a
 * folder of their own. Relative to the project's folder, where every build
 * runs. Read by astro.config.mjs and by the one-file copies, which take their
 * photos from Astro's image cache in it.
 */
export const cacheDir: string = process.env.ASTRO_CACHE_DIR ?? './.cache';
