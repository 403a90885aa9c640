// Accessibility and what the browser reports, on every page of the built
// site (discovered from dist/), and keyboard use. HTML validity, links and the
// CSP as written are checked on the files, without a browser (tests/dist/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { builtPages } from '../dist/builtSite';

const pages = builtPages();
const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';

/**
 * One page of each type, the languages taken in turn, for the views other
 * than the first: what width and theme change is layout and colour, which
 * every page of a type shares.
 */
const pageOfEachType = [
  '/',
  '/ru/',
  `/en/articles/${lead}/`,
  '/ru/articles/kazakhstan-from-a-marathon-banner-to-protest-consolidation/',
  '/en/topics/',
  '/ru/topics/kazakhstan/',
  '/en/authors/cabar-newsroom/',
  '/ru/about/',
  '/en/search/?q=Kosanov',
  '/ru/404/',
  '/404.html',
  '/en/offline/',
];

/**
 * axe-core, added to each page before its own scripts. AxeBuilder
 * (@axe-core/playwright, as the other files use it) sends its 600 kB to the
 * page with every check, and asks for more than a sweep reads: over 80 pages
 * that was most of the browser tests' time.
 */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The rules of WCAG 2.2 AA and axe's best practices, in the page itself (it has
 * no frames); only the violations are described, not every node that passes.
 */
const axeOptions: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
  iframes: false,
};

/** The page's window once axe's script has run in it. */
interface AxeWindow {
  axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
}

interface View {
  width: number;
  scheme: 'light' | 'dark';
}

/**
 * Opens each page in the view and collects every problem: axe violations,
 * console errors and warnings, requests to other hosts, CSP violations.
 */
async function problemsOn(page: Page, paths: string[], view: View): Promise<string[]> {
  await page.setViewportSize({ width: view.width, height: 800 });
  await page.emulateMedia({ colorScheme: view.scheme });
  await page.addInitScript({ content: axeSource });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  const problems: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${current}: console ${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
      problems.push(`${current}: request to ${url.origin}`);
    }
  });
  let violations = 0;
  for (const path of paths) {
    current = path;
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path.includes('404') ? 500 : 400);
    // A search runs after the page loads: check the page with its results.
    if (path.includes('?q=')) await page.waitForLoadState('networkidle');
    // Every image in, lazy ones too, as a reader scrolling through would have them.
    await page.evaluate(() =>
      Promise.all(
        [...document.images].map(async (image) => {
          image.loading = 'eager';
          await image.decode().catch(() => undefined);
        }),
      ),
    );
    const results = await page.evaluate(
      (options) => (window as unknown as AxeWindow).axe.run(document, options),
      axeOptions,
    );
    for (const violation of results.violations) {
      violations += 1;
      problems.push(
        `${path}: axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
    }
    const csp = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
    problems.push(...csp.map((violation) => `${path}: CSP violation ${violation}`));
  }
  console.log(
    `axe: ${violations} violations on ${paths.length} pages at ${view.width}px, ${view.scheme}`,
  );
  return problems;
}

// Every page in the phone view, in two halves so that both workers share them.
const half = Math.ceil(pages.length / 2);
for (const [index, part] of [pages.slice(0, half), pages.slice(half)].entries()) {
  test(`axe and the browser console: every page (part ${index + 1} of 2) at 360px, light theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(part.length).toBeGreaterThan(10);
    expect(await problemsOn(page, part, { width: 360, scheme: 'light' })).toEqual([]);
  });
}

for (const view of [
  { width: 360, scheme: 'dark' },
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
] as const) {
  test(`axe and the browser console: a page of each type at ${view.width}px, ${view.scheme} theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(await problemsOn(page, pageOfEachType, view)).toEqual([]);
  });
}

for (const path of ['/en/articles/what-do-protesting-moods-in-kazakhstan-tell-about/', '/ru/']) {
  test(`keyboard on ${path}: skip link, visible focus, every control in reading order`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await page.goto(path);
    const controls = await page
      .locator(
        'a[href], button:not([hidden]), input, textarea, select, [tabindex]:not([tabindex="-1"])',
      )
      .filter({ visible: true })
      .count();
    const visited: { index: number; outline: string }[] = [];
    for (let step = 0; step < controls + 5; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const all = [...document.querySelectorAll('*')];
        return {
          index: all.indexOf(element),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      if (!focused) break;
      if (visited.some((seen) => seen.index === focused.index)) break;
      visited.push(focused);
    }
    console.log(`keyboard: ${visited.length} controls reached by Tab on ${path}`);
    expect(visited.length).toBeGreaterThanOrEqual(controls);
    // Reading order: Tab never jumps back up the page.
    expect(visited.map((seen) => seen.index)).toEqual(
      [...visited.map((seen) => seen.index)].sort((a, b) => a - b),
    );
    // Focus is always visible.
    expect(visited.filter((seen) => seen.outline.startsWith('none'))).toEqual([]);
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(
      0,
    );
  });
}
