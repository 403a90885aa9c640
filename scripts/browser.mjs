// Which browsers the tests drive: system builds only, never a downloaded one.
// Shared by the Playwright config, the reader journey's engines and
// scripts/ensureBrowser.mjs, so all of them always agree.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
 * Chromium's headless shell as Debian ships it (package
 * chromium-headless-shell): the same engine and version as its chromium,
 * without the browser around it, as Playwright's own headless runs use. The
 * browser tests take about a third less processor time in it than in the
 * full browser; Lighthouse keeps the full one.
 */
export const systemHeadlessShellPaths = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
];

/** The Chromium the tests drive: the headless shell where present, else the full browser. */
export function testChromium() {
  return systemHeadlessShellPaths.find((path) => existsSync(path)) ?? systemChromium();
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

/** Debian's Firefox (ESR), driven over WebDriver BiDi; or undefined. */
export function systemFirefox() {
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

/** WebKitGTK's MiniBrowser, in the library folder of whatever architecture. */
function miniBrowser() {
  const lib = '/usr/lib';
  if (!existsSync(lib)) return undefined;
  return readdirSync(lib)
    .map((folder) => join(lib, folder, 'webkit2gtk-4.1/MiniBrowser'))
    .find((path) => existsSync(path));
}

/**
 * WebKit as Debian ships it: WebKitGTK's WebDriver, the MiniBrowser it drives,
 * and xvfb-run for the display a GTK window needs; or undefined.
 */
export function systemWebKit() {
  const driver = '/usr/bin/WebKitWebDriver';
  const xvfbRun = '/usr/bin/xvfb-run';
  const browser = miniBrowser();
  return existsSync(driver) && existsSync(xvfbRun) && browser
    ? { driver, browser, xvfbRun }
    : undefined;
}

/** Each engine the tests drive, how to find it, and the Debian packages that bring it. */
export const engines = [
  { name: 'Chromium', find: testChromium, packages: ['chromium-headless-shell'] },
  { name: 'Firefox', find: systemFirefox, packages: ['firefox-esr'] },
  { name: 'WebKit', find: systemWebKit, packages: ['webkit2gtk-driver', 'xvfb', 'xauth'] },
];
