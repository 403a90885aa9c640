import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builder, By, type WebDriver, type WebElement } from 'selenium-webdriver';
import { attributeOf, pageLayout, textsOf, type PageLayout } from './pageScripts';
import type { Reader, ReaderOptions } from './reader';

/** Where Debian's WebKit is: see systemWebKit() in scripts/browser.mjs. */
export interface WebKitPaths {
  driver: string;
  browser: string;
  xvfbRun: string;
}

/** Text as an XPath string literal, whatever quotes it holds. */
function literal(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`;
}

/** A free port on this machine for the driver to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * xvfb-run's environment: its temporary folder (the display's key) in the
 * reader's own, which the reader removes when it closes. Stopped by a signal,
 * xvfb-run leaves that folder behind.
 */
const inScratch = (scratch: string) => ({ env: { ...process.env, TMPDIR: scratch } });

/**
 * Starts WebKitWebDriver under xvfb-run (MiniBrowser is a GTK window: it
 * needs a display) and resolves when it answers. Stopped by its process
 * group: xvfb-run, Xvfb, the driver and the browser it started.
 */
async function startDriver(
  paths: WebKitPaths,
  scratch: string,
): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  // -a takes the first free display; two starting at once may pick the same,
  // and the one that loses exits: the next try takes another.
  const child = spawn(paths.xvfbRun, ['-a', paths.driver, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    ...inScratch(scratch),
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 200 && !exited; tries += 1) {
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  stop();
  throw new Error(`WebKitWebDriver did not start (${exited ? 'it exited' : 'no answer in 10 s'})`);
}

/**
 * A reader in WebKitGTK's MiniBrowser, driven over W3C WebDriver by
 * selenium-webdriver. Links are found by their accessible role and name as
 * WebKit computes them (WebDriver's computed role and label), among the
 * elements whose text holds the name.
 */
export async function webkitReader(
  paths: WebKitPaths,
  { origin, javaScript, offline = false }: ReaderOptions,
): Promise<Reader> {
  // A blocked network: every address goes through a proxy that is not there (port 9, discard).
  const network = offline ? ['--proxy=http://127.0.0.1:9', '--ignore-host='] : [];
  // The reader's temporary files (xvfb-run's, the frames of resize()), removed by close().
  const scratch = mkdtempSync(join(tmpdir(), 'webkit-reader-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  let started: { url: string; stop: () => void } | undefined;
  for (let attempt = 0; !started; attempt += 1) {
    try {
      started = await startDriver(paths, scratch);
    } catch (error) {
      if (attempt === 2) {
        removeScratch();
        throw error;
      }
    }
  }
  const driverProcess = started;
  let driver: WebDriver;
  try {
    driver = await new Builder()
      .usingServer(driverProcess.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: paths.browser,
          args: ['--automation', `--enable-javascript=${javaScript}`, ...network],
        },
      })
      .build();
  } catch (error) {
    driverProcess.stop();
    removeScratch();
    throw error;
  }

  async function find(role: 'button' | 'link', name: string, within?: string) {
    const scope = within ? await driver.findElement(By.css(within)) : driver;
    // The markup narrows the search to elements that may have the role and
    // hold the words; WebKit says which of them has that role and name.
    const tags = role === 'link' ? 'a[@href]' : 'button';
    const candidates: WebElement[] = await scope.findElements(
      By.xpath(
        `.//${tags}[contains(normalize-space(.), ${literal(name)}) or @aria-label=${literal(name)}] | .//*[@role="${role}"]`,
      ),
    );
    for (const element of candidates) {
      // WebKit has no role for an element outside its accessibility tree (hidden ones).
      const exposed = await element.getAriaRole().then(
        (found) => found === role,
        () => false,
      );
      if (exposed && (await element.getAccessibleName()).trim() === name) return element;
    }
    return undefined;
  }

  let opened = '';
  let frames = 0;
  return {
    async open(path) {
      opened = new URL(path, origin).href;
      await driver.switchTo().defaultContent();
      await driver.get(opened);
    },
    async follow(name, within) {
      const link = await find('link', name, within);
      if (!link) throw new Error(`WebKit: no link named "${name}"${within ? ` in ${within}` : ''}`);
      const before = await driver.getCurrentUrl();
      await link.click();
      await driver.wait(
        async () => (await driver.getCurrentUrl()) !== before,
        10_000,
        `WebKit: following "${name}" from ${before} led nowhere`,
      );
      await driver.wait(
        async () => (await driver.executeScript('return document.readyState')) === 'complete',
        10_000,
        `WebKit: the page "${name}" leads to did not finish loading`,
      );
    },
    async shows(role, name) {
      const element = await find(role, name);
      return element !== undefined && (await element.isDisplayed());
    },
    async resize(width, height) {
      await driver.switchTo().defaultContent();
      if ((await driver.getCurrentUrl()) !== opened) await driver.get(opened);
      await driver.manage().window().setRect({ width, height });
      if ((await driver.executeScript('return innerWidth')) === width) return;
      // WebKitGTK keeps its window wider than a phone (about 447 px, for its
      // header bar): there the page is shown in a frame of the size asked
      // for, as a phone's screen would show it, and read inside it.
      frames += 1;
      const frame = join(scratch, `frame-${frames}.html`);
      writeFileSync(
        frame,
        `<!doctype html><title>${width} px</title><body style="margin:0"><iframe src="${opened}" style="border:0;width:${width}px;height:${height}px"></iframe>`,
      );
      await driver.get(pathToFileURL(frame).href);
      await driver.switchTo().frame(0);
      await driver.wait(
        async () => (await driver.executeScript('return document.readyState')) === 'complete',
        10_000,
      );
    },
    layout: () => driver.executeScript<PageLayout>(pageLayout, '.prose'),
    async requests() {
      const { resources } = await driver.executeScript<PageLayout>(pageLayout, '.prose');
      return resources.filter((address) => !address.startsWith('data:'));
    },
    // WebKitWebDriver does not pass the browser's console on: the page is
    // opened once more in a MiniBrowser of its own, which writes its console
    // to its output (its messages, and the policy's refusals) and quits once
    // the page has loaded.
    consoleErrors: () =>
      new Promise((resolve, reject) => {
        execFile(
          paths.xvfbRun,
          [
            '-a',
            paths.browser,
            '--enable-write-console-messages-to-stdout=true',
            `--enable-javascript=${javaScript}`,
            ...network,
            '--exit-after-load',
            opened,
          ],
          { timeout: 30_000, ...inScratch(scratch) },
          (error, stdout, stderr) => {
            if (error) reject(error);
            else
              resolve(
                `${stdout}\n${stderr}`
                  .split('\n')
                  .filter((line) => /CONSOLE( \w+)* ERROR/.test(line)),
              );
          },
        );
      }),
    async path() {
      return new URL(await driver.getCurrentUrl()).pathname;
    },
    title: () => driver.getTitle(),
    texts: (selector) => driver.executeScript(textsOf, selector),
    attribute: (selector, name) => driver.executeScript(attributeOf, { selector, name }),
    async close() {
      await driver.quit().finally(() => {
        driverProcess.stop();
        removeScratch();
      });
    },
  };
}
