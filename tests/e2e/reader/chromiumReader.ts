import type { BrowserType, LaunchOptions } from '@playwright/test';
import { pageReading } from './pageScripts';
import type { Reader, ReaderOptions } from './reader';

/** A reader in Chromium, driven by Playwright, locating by role and name with getByRole. */
export async function chromiumReader(
  chromium: BrowserType,
  launchOptions: LaunchOptions,
  { origin, javaScript }: ReaderOptions,
): Promise<Reader> {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const scope = (within?: string) => (within ? page.locator(within).first() : page);
  return {
    async open(path) {
      await page.goto(origin + path);
    },
    async follow(name, within) {
      const before = page.url();
      await scope(within).getByRole('link', { name, exact: true }).first().click();
      await page.waitForURL((url) => url.href !== before);
    },
    async shows(role, name) {
      return page.getByRole(role, { name, exact: true }).first().isVisible();
    },
    ...pageReading(page),
    close: () => browser.close(),
  };
}
