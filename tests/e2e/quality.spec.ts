// Quality gates over every page of the built site, discovered from dist/.
// Each prints its figure and fails on any regression.
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './builtPages';

const pages = builtPages();
const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

test('html-validate: every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended', 'html-validate:a11y'],
    rules: {
      // Astro writes void elements as <meta ...> (HTML5 syntax), not <meta ... />.
      'void-style': 'off',
      // Pagefind and Astro emit inline styles/scripts hashed by the CSP.
      'no-inline-style': 'off',
    },
  });
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(fileOf(page), 'utf8'), fileOf(page));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(
          `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
  }
  console.log(`html-validate: ${errors.length} errors on ${pages.length} pages`);
  expect(errors).toEqual([]);
});

test('links: every internal address resolves to a file, every fragment to an element', async () => {
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const html = readFileSync(file, 'utf8');
      idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
    }
    return idsOf.get(file)!;
  };
  for (const page of pages) {
    const html = readFileSync(fileOf(page), 'utf8');
    const base = new URL(page, 'https://site.invalid');
    const urls = [
      ...[...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((match) => match[1]!),
      ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
        match[1]!.split(',').map((entry) => entry.trim().split(/\s+/)[0]!),
      ),
    ].map((url) => url.replaceAll('&amp;', '&'));
    for (const raw of urls) {
      const url = new URL(raw, base);
      if (url.origin !== base.origin) {
        if (url.protocol.startsWith('http')) external.add(url.origin);
        continue;
      }
      checked += 1;
      const file = fileOf(decodeURIComponent(url.pathname));
      if (!existsSync(file)) {
        broken.push(`${page}: ${raw} (no ${file})`);
        continue;
      }
      if (
        url.hash &&
        file.endsWith('.html') &&
        !ids(file).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${page}: ${raw} (no element #${url.hash.slice(1)})`);
      }
    }
    for (const match of html.matchAll(/<a\s[^>]*target="_blank"[^>]*>/g)) {
      if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(match[0])) {
        broken.push(`${page}: a new-tab link without rel="noopener noreferrer": ${match[0]}`);
      }
    }
  }
  console.log(
    `links: ${broken.length} broken of ${checked} internal addresses on ${pages.length} pages`,
  );
  console.log(`external hosts linked: ${[...external].sort().join(', ')}`);
  expect(broken).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', () => {
  const weak: string[] = [];
  for (const page of pages) {
    const html = readFileSync(fileOf(page), 'utf8');
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    for (const required of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      if (!csp.includes(required)) weak.push(`${page}: no ${required}`);
    }
    if (!scriptSrc || scriptSrc.includes('unsafe-inline'))
      weak.push(`${page}: script-src ${scriptSrc}`);
  }
  console.log(`CSP: ${weak.length} weak policies on ${pages.length} pages`);
  expect(weak).toEqual([]);
});

for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe and the browser console: every page at ${width}px, ${scheme} theme`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
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
      for (const path of pages) {
        current = path;
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(path.includes('404') ? 500 : 400);
        // Bring lazy images in, as a reader scrolling would.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
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
        `axe: ${violations} violations on ${pages.length} pages at ${width}px, ${scheme}`,
      );
      expect(problems).toEqual([]);
    });
  }
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
