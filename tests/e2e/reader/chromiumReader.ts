import type { BrowserType, LaunchOptions } from '@playwright/test';
import { pageEvents } from './pageEvents';
import { pageReading } from './pageScripts';
import type { Reader, ReaderOptions } from './reader';

/** A reader in Chromium, driven by Playwright, locating by role and name with getByRole. */
export async function chromiumReader(
  chromium: BrowserType,
  launchOptions: LaunchOptions,
  { origin, javaScript, offline = false }: ReaderOptions,
): Promise<Reader> {
  const browser = await chromium.launch(launchOptions);
  // Offline: Chromium fails every network request, as with no connection at all.
  const context = await browser.newContext({ javaScriptEnabled: javaScript, offline });
  const page = await context.newPage();
  const scope = (within?: string) => (within ? page.locator(within).first() : page);
  const events = pageEvents();
  page.on('request', events.onRequest);
  page.on('console', events.onConsole);
  page.on('pageerror', events.onError);
  return {
    async open(path) {
      events.reset();
      await page.goto(new URL(path, origin).href);
    },
    async follow(name, within) {
      const before = page.url();
      await scope(within).getByRole('link', { name, exact: true }).first().click();
      await page.waitForURL((url) => url.href !== before);
    },
    async shows(role, name) {
      return page.getByRole(role, { name, exact: true }).first().isVisible();
    },
    async resize(width, height) {
      await page.setViewportSize({ width, height });
    },
    requests: events.requests,
    consoleErrors: events.consoleErrors,
    ...pageReading(page),
    close: () => browser.close(),
  };
}
