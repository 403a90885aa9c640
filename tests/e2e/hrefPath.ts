import type { Locator } from '@playwright/test';

/** Where a link leads, as a path on this host: links in the built site are relative. */
export function hrefPath(link: Locator): Promise<string> {
  return link.evaluate(
    (element) => new URL((element as HTMLAnchorElement | HTMLLinkElement).href).pathname,
  );
}
