import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from './fixtureSite';

// tests/fixtures/site/untrusted-text.mdx: its headline, standfirst, photo
// caption and quote hold this HTML, and its source (not typeset, so straight
// quotes reach the page) tries to end an attribute. All of it must show as
// text; none of it may run or become an element.
const script = '<script>window.__pwned = 1</script>';
// The typography makes the quotes of onerror="..." curly, so only this much is literal.
const image = '<img src=x onerror=';
const url = `${fixtureSite}/en/articles/untrusted-text/`;

/** Whether anything the fixture holds ran, or became an image, on this page. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src=x]')).toHaveCount(0);
}

test.describe('frontmatter texts that hold HTML', () => {
  test('show as text on the article page, and nothing runs', async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveTitle(/^Headline <script>window\.__pwned = 1<\/script> and <img /);
    const texts = [
      page.getByRole('heading', { level: 1 }),
      page.locator('.article__standfirst'),
      page.locator('.figure__text'),
      page.locator('.pull-quote blockquote'),
    ];
    for (const text of texts) {
      await expect(text).toBeVisible();
      await expect(text).toContainText(script);
      await expect(text).toContainText(image);
    }
    await expect(page.locator('.source-credit')).toContainText(
      'Source "><img src=x onerror="window.__pwned=3">',
    );
    await expect(page.locator('.source-credit a')).toHaveAttribute(
      'href',
      'https://example.org/untrusted?q="><img src=x onerror="window.__pwned=3">',
    );
    await expectNothingRan(page);
  });

  test('show as text where the article is listed, and nothing runs', async ({ page }) => {
    for (const path of ['/en/', '/en/topics/kazakhstan/', '/en/authors/bulletin-newsroom/']) {
      await page.goto(`${fixtureSite}${path}`);
      const link = page.locator('a[href$="articles/untrusted-text/"]').first();
      await expect(link, path).toContainText(script);
      await expectNothingRan(page);
    }
  });
});
