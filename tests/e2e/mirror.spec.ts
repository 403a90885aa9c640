import { expect, test } from '@playwright/test';
import { mirrorSite } from './fixtureSite';

const lead = 'What Do Protesting Moods in Kazakhstan Tell About?';
const leadRu = 'О чём говорят протестные настроения в Казахстане?';

test('under a mirror folder: article, language switch, see also, search', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${mirrorSite}/en/`);
  await page.getByRole('link', { name: lead }).first().click();
  await expect(page).toHaveURL(
    `${mirrorSite}/en/articles/what-do-protesting-moods-in-kazakhstan-tell-about/`,
  );
  // Images load from the mirror too (srcset included).
  const images = page.locator('.prose img');
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain(
      `${mirrorSite}/_astro/`,
    );
  }
  // Canonical still names the main site.
  expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(
    /^https:\/\/[^/]+\/en\/articles\//,
  );

  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(
    `${mirrorSite}/ru/articles/what-do-protesting-moods-in-kazakhstan-tell-about/`,
  );
  await page.locator('.prose .see-also a').first().click();
  await expect(page).toHaveURL(new RegExp(`^${mirrorSite}/ru/articles/`));
  await page.locator('.based-on a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadRu);

  await page.getByRole('link', { name: 'Поиск' }).click();
  await page.getByRole('searchbox').fill('Косанов');
  await page.getByRole('searchbox').press('Enter');
  const result = page
    .getByRole('list', { name: 'Результаты поиска' })
    .getByRole('link', { name: leadRu });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(
    `${mirrorSite}/ru/articles/what-do-protesting-moods-in-kazakhstan-tell-about/`,
  );
  expect(failed).toEqual([]);
});
