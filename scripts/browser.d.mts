/** System Chromium builds, in the order they are preferred. */
export declare const systemChromiumPaths: string[];
/** The first system Chromium present on this machine, or undefined. */
export declare function systemChromium(): string | undefined;
/** Launch flags for a headless Chromium on a machine with no network but localhost. */
export declare const chromiumArgs: string[];
