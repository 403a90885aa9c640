// Lighthouse (mobile preset, simulated throttling) on the article, a brief
// and the front page in every language, against the built dist/ served
// locally, with the system Chromium. Prints the four category scores and
// LCP, CLS and TBT. Slow and somewhat noisy, so not part of npm test.
//
// Usage: npm run build && npm run lighthouse
import './tsImports.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from './browser.mjs';
import { serveDist } from './serveDist.mjs';

const { languages } = await import('../src/i18n/locales.ts');
const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const brief = 'kazakhstan-from-a-marathon-banner-to-protest-consolidation';
const paths = languages.flatMap((lang) => [
  `/${lang}/articles/${slug}/`,
  `/${lang}/articles/${brief}/`,
  `/${lang}/`,
]);

const { origin, close } = await serveDist('dist', { dev: false, gzip: true, brotli: false });

const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  for (const path of paths) {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint'].displayValue,
      cls: audits['cumulative-layout-shift'].displayValue,
      tbt: audits['total-blocking-time'].displayValue,
    });
    const failing = Object.values(audits)
      .filter(
        (audit) =>
          audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      )
      .map((audit) => audit.id);
    if (failing.length > 0) console.log(`${path}: below 90: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  close();
}
console.table(rows);
