// Accessibility and what the browser reports, on every page of the built
// site (discovered from dist/), and keyboard use. HTML validity, links and the
// CSP as written are checked on the files, without a browser (tests/dist/).
import { expect, test, type Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';
import { builtPages } from '../dist/builtSite';
import { axeSource, axeViolations } from './axe';

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

/** The rules of WCAG 2.2 AA and axe's best practices. */
const axeOptions: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
};

type Scheme = 'light' | 'dark';

/** A page, and the colour schemes it is checked in, the first one it is opened in. */
interface Sweep {
  path: string;
  schemes: [Scheme, ...Scheme[]];
}

/**
 * Opens each page at the width and checks it in each of its colour schemes,
 * collecting every problem: axe violations, console errors and warnings,
 * requests to other hosts, CSP violations. A page is opened once, in its
 * first scheme, and switched to the next as a reader's system would switch
 * it: the stylesheet's media query and the theme toggle (which listens for
 * the change) follow, so the page is the one a reader opening it in that
 * scheme gets, without loading it again.
 */
async function problemsOn(page: Page, width: number, sweep: Sweep[]): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
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
  const checked = new Map<Scheme, number>();
  for (const { path, schemes } of sweep) {
    current = path;
    await page.emulateMedia({ colorScheme: schemes[0] });
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
    for (const scheme of schemes) {
      current = `${path} (${scheme})`;
      await page.emulateMedia({ colorScheme: scheme });
      // A frame's rendering steps report the changed media query (the theme
      // toggle's state follows) before its animation frame callbacks run.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      checked.set(scheme, (checked.get(scheme) ?? 0) + 1);
      for (const violation of await axeViolations(page, axeOptions)) {
        problems.push(
          `${current}: axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
        );
      }
    }
    const csp = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
    problems.push(...csp.map((violation) => `${path}: CSP violation ${violation}`));
  }
  for (const [scheme, count] of checked) {
    console.log(`axe: ${count} pages checked at ${width}px, ${scheme}`);
  }
  return problems;
}

// Every page in the phone view, light, and a page of each type dark too; in
// two halves so that both workers share them.
const phoneSweep = [...new Set([...pages, ...pageOfEachType])].map((path): Sweep => ({
  path,
  // The search with a query is not a built page: it is checked dark only.
  schemes: !pages.includes(path)
    ? ['dark']
    : pageOfEachType.includes(path)
      ? ['light', 'dark']
      : ['light'],
}));
const half = Math.ceil(phoneSweep.length / 2);
for (const [index, part] of [phoneSweep.slice(0, half), phoneSweep.slice(half)].entries()) {
  test(`axe and the browser console: every page (part ${index + 1} of 2) at 360px, light theme, and a page of each type dark`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(part.length).toBeGreaterThan(10);
    expect(await problemsOn(page, 360, part)).toEqual([]);
  });
}

test('axe and the browser console: a page of each type at 1280px, light and dark themes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sweep = pageOfEachType.map((path): Sweep => ({ path, schemes: ['light', 'dark'] }));
  expect(await problemsOn(page, 1280, sweep)).toEqual([]);
});

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
