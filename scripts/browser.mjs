// Which Chromium the browser tests drive. Shared by the Playwright config and
// scripts/ensureBrowser.mjs, so both always agree.
import { existsSync } from 'node:fs';

/** System Chromium builds, in the order they are preferred. */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The first system Chromium present on this machine, or undefined. */
export function systemChromium() {
  return systemChromiumPaths.find((path) => existsSync(path));
}

/**
 * Flags that keep a headless Chromium quiet on a machine with no network but
 * localhost: no sandbox for root, no GPU, no background calls home.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
