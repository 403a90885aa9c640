import { test as base } from '@playwright/test';
import { engines, systemFirefox, systemWebKit } from '../../../scripts/browser.mjs';
import { chromiumReader } from './chromiumReader';
import { firefoxReader } from './firefoxReader';
import type { Reader, ReaderOptions } from './reader';
import { webkitReader } from './webkitReader';

/** The browser engines the reader journey runs in (one Playwright project each). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * Playwright's test, with the project's engine and `openReader`, which opens a
 * reader (a fresh browser) in that engine; every reader opened is closed after
 * the test. Where Firefox or WebKit is not installed the test is skipped with
 * the Debian packages to install, except on CI, where it fails.
 */
export const test = base.extend<
  { openReader: (options: Omit<ReaderOptions, 'origin'>) => Promise<Reader> },
  { engine: Engine }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  openReader: async ({ engine, playwright, launchOptions, baseURL }, use, testInfo) => {
    const firefox = systemFirefox();
    const webkit = systemWebKit();
    const missing = (engine === 'firefox' && !firefox) || (engine === 'webkit' && !webkit);
    if (missing) {
      const { name, packages } = engines.find((known) => known.name.toLowerCase() === engine)!;
      const message = `${name} is not installed: the reader journey cannot run in it. Install Debian's ${packages.join(', ')}: apt-get install ${packages.join(' ')}`;
      if (process.env.CI) throw new Error(message);
      console.warn(message);
      testInfo.skip(true, message);
    }
    const readers: Reader[] = [];
    await use(async (wanted) => {
      const options = { origin: baseURL!, ...wanted };
      const reader =
        engine === 'firefox'
          ? await firefoxReader(firefox!, options)
          : engine === 'webkit'
            ? await webkitReader(webkit!, options)
            : await chromiumReader(playwright.chromium, launchOptions, options);
      readers.push(reader);
      return reader;
    });
    await Promise.all(readers.map((reader) => reader.close()));
  },
});

export { expect } from '@playwright/test';
