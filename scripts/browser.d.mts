/** System Chromium builds, in the order they are preferred. */
export declare const systemChromiumPaths: string[];
/** The first system Chromium present on this machine, or undefined. */
export declare function systemChromium(): string | undefined;
/** Debian's Chromium headless shell, where each of these may be. */
export declare const systemHeadlessShellPaths: string[];
/** The Chromium the tests drive: the headless shell where present, else the full browser. */
export declare function testChromium(): string | undefined;
/** Launch flags for a headless Chromium on a machine with no network but localhost. */
export declare const chromiumArgs: string[];
/** Debian's Firefox (ESR), driven over WebDriver BiDi; or undefined. */
export declare function systemFirefox(): string | undefined;
/** WebKitGTK's WebDriver, the MiniBrowser it drives and xvfb-run; or undefined. */
export declare function systemWebKit():
  { driver: string; browser: string; xvfbRun: string } | undefined;
/** Each engine the tests drive, how to find it, and the Debian packages that bring it. */
export declare const engines: {
  name: string;
  find: () => unknown;
  packages: string[];
}[];
