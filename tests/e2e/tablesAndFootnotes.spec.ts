// GitHub's Markdown in an article, as a reader meets it on the test-only
// fixture site (tests/fixtures/site/article-with-a-table-and-footnotes.mdx and
// its Russian edition in ru/): tables that scroll in their own box on a phone,
// columns aligned by the stylesheet, footnotes in the page's language.
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { fixtureSite } from './fixtureSite';

const editions = [
  {
    lang: 'en',
    table: 'Table',
    heading: 'Footnotes',
    back: (reference: string) => `Back to reference ${reference}`,
  },
  {
    lang: 'ru',
    table: 'Таблица',
    heading: 'Примечания',
    back: (reference: string) => `Вернуться к\u00A0ссылке ${reference}`,
  },
];

for (const { lang, table, heading, back } of editions) {
  test.describe(`${lang}: at 360 px`, () => {
    test.use({ viewport: { width: 360, height: 700 } });

    test.beforeEach(async ({ page }) => {
      await page.goto(`${fixtureSite}/${lang}/articles/article-with-a-table-and-footnotes/`);
    });

    test('a table wider than the screen scrolls in its own box, which a keyboard reaches', async ({
      page,
    }) => {
      const boxes = page.getByRole('group', { name: table });
      await expect(boxes).toHaveCount(2);
      const sizes = await boxes.nth(1).evaluate((box) => ({
        scroll: box.scrollWidth,
        width: box.clientWidth,
        right: box.getBoundingClientRect().right,
      }));
      expect(sizes.scroll).toBeGreaterThan(sizes.width);
      expect(sizes.right).toBeLessThanOrEqual(360);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await boxes.nth(1).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => boxes.nth(1).evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    });

    test('columns are aligned as written, by the stylesheet: no style attribute', async ({
      page,
    }) => {
      const alignments = await page
        .getByRole('table')
        .first()
        .getByRole('row')
        .first()
        .getByRole('columnheader')
        .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
      expect(alignments).toEqual(['left', 'center', 'right']);
      await expect(page.locator('.prose [style]')).toHaveCount(0);
    });

    test("the footnotes' heading and links back are in the page's language", async ({ page }) => {
      const footnotes = page.getByRole('heading', { level: 2, name: heading });
      await expect(footnotes).toHaveCount(1);
      // For screen readers only: no room taken on the page.
      expect((await footnotes.boundingBox())?.height).toBeLessThanOrEqual(1);
      for (const reference of ['1', '1-2', '2']) {
        await expect(page.getByRole('link', { name: back(reference), exact: true })).toBeVisible();
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
