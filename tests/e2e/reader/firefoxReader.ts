import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { pageEvents } from './pageEvents';
import { markupElement, pageReading } from './pageScripts';
import type { Reader, ReaderOptions } from './reader';

/**
 * Firefox's settings for a blocked network: every address but file: and
 * data: goes through a proxy that is not there (port 9, discard), the
 * machine's own included, and no host is looked up ahead of a tap.
 */
const blockedNetwork = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.dns.disablePrefetch': true,
};

/**
 * One process for the pages, none started ahead of need, and no connections
 * opened on a guess. The pages render as in a reader's Firefox (the engine is
 * the same; only how it splits its work into processes differs), and the three
 * tests take about a tenth less processor time: 32 s where they took 36.
 */
const fewProcesses = {
  'fission.autostart': false,
  'fission.webContentIsolationStrategy': 0,
  'dom.ipc.processCount': 1,
  'dom.ipc.processPrelaunch.enabled': false,
  'browser.tabs.remote.separatePrivilegedContentProcess': false,
  'extensions.webextensions.remote': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
};

/** An accessible name inside puppeteer's ARIA selector, quoted. */
const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * A reader in Debian's Firefox ESR, driven by puppeteer-core over WebDriver
 * BiDi. Elements are found in Firefox's accessibility tree by role and name
 * (puppeteer's ARIA selector). With JavaScript off, Firefox closes the tab
 * when the driver queries that tree or runs its own helper scripts, so there
 * elements are found from the markup (pageScripts.ts) and clicked with the mouse.
 */
export async function firefoxReader(
  executablePath: string,
  { origin, javaScript, offline = false }: ReaderOptions,
): Promise<Reader> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Firefox cannot turn scripts off for one page over BiDi: the whole browser does.
      'javascript.enabled': javaScript,
      ...fewProcesses,
      ...(offline ? blockedNetwork : {}),
    },
  });
  const page = await browser.newPage();
  const events = pageEvents();
  page.on('request', events.onRequest);
  page.on('console', events.onConsole);
  page.on('pageerror', events.onError);

  async function find(role: 'button' | 'link', name: string, within?: string) {
    if (!javaScript) {
      const handle = await page.evaluateHandle(markupElement, { role, name, within });
      return handle.asElement() as ElementHandle<Element> | null;
    }
    const scope = within ? await page.$(within) : page;
    return (await scope?.$(`::-p-aria([name=${quoted(name)}][role="${role}"])`)) ?? null;
  }

  return {
    async open(path) {
      events.reset();
      await page.goto(new URL(path, origin).href);
    },
    async follow(name, within) {
      const link = await find('link', name, within);
      if (!link)
        throw new Error(`Firefox: no link named "${name}"${within ? ` in ${within}` : ''}`);
      if (javaScript) {
        await Promise.all([page.waitForNavigation(), link.click()]);
        return;
      }
      await page.evaluate((element) => element.scrollIntoView({ block: 'center' }), link);
      const box = await link.boundingBox();
      if (!box) throw new Error(`Firefox: the link "${name}" is not shown`);
      await Promise.all([
        page.waitForNavigation(),
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ]);
    },
    async shows(role, name) {
      const element = await find(role, name);
      return element !== null && (await page.evaluate((e) => e.checkVisibility(), element));
    },
    async resize(width, height) {
      await page.setViewport({ width, height });
    },
    requests: events.requests,
    consoleErrors: events.consoleErrors,
    ...pageReading(page),
    close: () => browser.close(),
  };
}
