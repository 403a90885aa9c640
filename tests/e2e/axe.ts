// axe-core in a page, run the way a check reads it: only the violations are
// described. @axe-core/playwright (AxeBuilder) gathered every node that passes
// too and opened a second page to assemble its report: 2.4 s of processor
// time for an article, where this takes 0.6 s (same rules, same page).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/** axe-core's script, for `page.addInitScript` where a test opens many pages. */
export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The page's window once axe's script has run in it. */
interface AxeWindow {
  axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
}

/**
 * The axe violations on the page as it is now: axe's default rules, or those
 * `options` names. The site's pages have no frames. axe is added to the page
 * first unless an init script already did; the page's Content-Security-Policy
 * does not apply to a script the test runs.
 */
export async function axeViolations(page: Page, options: RunOptions = {}): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (runOptions) => (window as unknown as AxeWindow).axe!.run(document, runOptions),
    { ...options, resultTypes: ['violations'], iframes: false } satisfies RunOptions,
  );
  return results.violations;
}
