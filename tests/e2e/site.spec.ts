// The site around the article, as a reader moves through it. The feeds, the
// sitemap and the structured data are checked on the built files (tests/dist/).
import { expect, test } from '@playwright/test';

const leadSlug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const editions = [
  {
    lang: 'en',
    lead: 'What Do Protesting Moods in Kazakhstan Tell About?',
    more: 'More stories',
    related: 'Read next',
    topic: 'Kazakhstan',
  },
  {
    lang: 'ru',
    lead: 'О чём говорят протестные настроения в Казахстане?',
    more: 'Другие материалы',
    related: 'Ещё по теме',
    topic: 'Казахстан',
  },
] as const;

for (const edition of editions) {
  test.describe(`${edition.lang}: the site around the article`, () => {
    test('front page -> lead -> related -> topic -> back', async ({ page }) => {
      await page.goto(`/${edition.lang}/`);
      const lead = page.locator('.lead-story');
      await expect(lead.getByRole('heading', { level: 2 })).toHaveText(edition.lead);
      await expect(lead.locator('.article__standfirst, .lead-story__standfirst')).not.toBeEmpty();
      // The lead's photographs are not available: the front page shows no stand-in.
      await expect(lead.getByRole('img')).toHaveCount(0);
      const more = page.getByRole('region', { name: edition.more });
      await expect(more.getByRole('article')).toHaveCount(3);
      for (const time of await more.locator('time').all()) await expect(time).not.toBeEmpty();

      await lead.getByRole('link', { name: edition.lead }).click();
      await expect(page).toHaveURL(`/${edition.lang}/articles/${leadSlug}/`);
      const related = page.getByRole('complementary', { name: edition.related });
      await expect(related.getByRole('heading', { level: 3 })).toHaveCount(3);
      const firstRelated = related.getByRole('heading', { level: 3 }).first();
      const relatedTitle = (await firstRelated.textContent())!;
      await firstRelated.getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
      // Never the article itself among its related articles.
      await expect(
        page.getByRole('complementary', { name: edition.related }).getByRole('link', {
          name: relatedTitle,
          exact: true,
        }),
      ).toHaveCount(0);

      await page
        .locator('.article__header .topic-links')
        .getByRole('link', { name: edition.topic })
        .click();
      await expect(page).toHaveURL(`/${edition.lang}/topics/kazakhstan/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.topic);
      await expect(page.getByRole('link', { name: edition.lead })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
    });

    test('the byline leads to the author page, and About names the source', async ({ page }) => {
      await page.goto(`/${edition.lang}/articles/${leadSlug}/`);
      await page.locator('.byline').getByRole('link').click();
      await expect(page).toHaveURL(`/${edition.lang}/authors/cabar-newsroom/`);
      await expect(page.getByRole('link', { name: edition.lead })).toBeVisible();
      await page.goto(`/${edition.lang}/about/`);
      await expect(
        page.getByRole('link', { name: /cabar\.asia\/en\/what-do-protesting/ }),
      ).toHaveAttribute(
        'href',
        'https://cabar.asia/en/what-do-protesting-moods-in-kazakhstan-tell-about',
      );
      await expect(page.locator('main')).toContainText('Giving Voice, Driving Change');
      await expect(page.locator('main')).toContainText(
        edition.lang === 'en' ? 'Norway' : 'Норвегии',
      );
    });

    test('the not-found page offers the front page and search', async ({ page, request }) => {
      expect((await request.get(`/${edition.lang}/no-such-page/`)).status()).toBe(404);
      await page.goto(`/${edition.lang}/404/`);
      const links = page.locator('.message-page a');
      await expect(links).toHaveCount(2);
      await links.first().click();
      await expect(page).toHaveURL(`/${edition.lang}/`);
    });
  });
}
