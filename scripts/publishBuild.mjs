// @ts-check
// The site a build makes replaces the last one only whole: `npm run build`
// builds into a folder beside the site's and, once the build has succeeded,
// puts it in the site's place by renaming. A build that stops, at the content
// check, in Astro, or interrupted, leaves the site as the last good build
// left it (README "When something is wrong").
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The folders beside the site's that a build uses: the site being built, and the one it replaces. */
export const besideSite = (/** @type {string} */ site) => ({
  building: `${site}.building`,
  previous: `${site}.previous`,
});

/**
 * Runs `build` into a new folder beside `site` and, if it succeeds, puts that
 * folder in the place of `site` (two renames, on one file system). A
 * deployment's git repository in the site's folder (`.git`, which Astro
 * also keeps) moves into the new one. If the build fails, its folder is
 * removed and `site` is as it was.
 *
 * @param {string} site the site's folder (dist/)
 * @param {(folder: string) => Promise<unknown>} build builds the site into the folder
 */
export async function buildInPlaceOf(site, build) {
  const { building, previous } = besideSite(site);
  // A build stopped between the two renames below left the last site here.
  if (!existsSync(site) && existsSync(previous)) await rename(previous, site);
  await rm(building, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  try {
    await build(building);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(join(site, '.git'))) await rename(join(site, '.git'), join(building, '.git'));
  if (existsSync(site)) await rename(site, previous);
  await rename(building, site);
  await rm(previous, { recursive: true, force: true });
}
