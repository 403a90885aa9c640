// The layout holds whatever editors write: the plainest article, one of
// 20,000 words with ten photos and words too long for a phone's line, and one
// with a table wider than a phone (tablesAndFootnotes.spec.ts).
import { expect, test } from '@playwright/test';
import { fixtureSite } from './fixtureSite';

const pages = {
  bare: `${fixtureSite}/en/articles/bare-article/`,
  long: `${fixtureSite}/en/articles/long-article/`,
  tables: `${fixtureSite}/en/articles/article-with-a-table-and-footnotes/`,
};

for (const width of [320, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    for (const [name, url] of Object.entries(pages)) {
      test(`the ${name} article has no horizontal scroll`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test('ten photos stand in body order, inside the column, with their captions', async ({
      page,
    }) => {
      await page.goto(pages.long);
      const figures = page.locator('.prose figure.figure');
      await expect(figures).toHaveCount(10);
      const boxes = [];
      for (const [index, figure] of (await figures.all()).entries()) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('figcaption')).toContainText(`Photo number ${index + 1}`);
        const box = (await figure.locator('img').boundingBox())!;
        const pageBox = await figure.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return { top: rect.top + window.scrollY, left: rect.left, right: rect.right };
        });
        expect(box.width).toBeGreaterThan(width / 2);
        expect(pageBox.left).toBeGreaterThanOrEqual(0);
        expect(pageBox.right).toBeLessThanOrEqual(width);
        boxes.push(pageBox.top);
      }
      expect(boxes).toEqual([...boxes].sort((a, b) => a - b));
      expect(await page.locator('.prose p').count()).toBeGreaterThanOrEqual(200);
    });
  });
}

test('the bare article reads well: headline, standfirst, byline, body, no empty boxes', async ({
  page,
}) => {
  await page.goto(pages.bare);
  await expect(page.locator('.article__standfirst')).toBeVisible();
  await expect(page.locator('.prose p')).toHaveCount(1);
  await expect(page.locator('.prose figure, .prose .see-also, .prose .pull-quote')).toHaveCount(0);
  await expect(page.locator('.disclaimer, .source-credit')).toHaveCount(0);
});
