// The English lead article as Chromium shows it. The journey through it
// (Russian and back, "see also" links, JavaScript off) runs in every engine:
// journey.spec.ts.
import { expect, test } from '@playwright/test';
import { comparable, seedDisclaimer, seedStandfirst } from './seedText';

const leadUrl = '/en/articles/what-do-protesting-moods-in-kazakhstan-tell-about/';
const leadHeadline = 'What Do Protesting Moods in Kazakhstan Tell About?';

test.describe('the English lead article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(leadUrl);
  });

  test('shows headline, standfirst, byline and an honest dateline', async ({ page }) => {
    await expect(page).toHaveTitle(`${leadHeadline} — Steppe Bulletin`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadHeadline);
    await expect(page.locator('.article__standfirst')).toHaveText(seedStandfirst);
    await expect(page.getByText('By CABAR.asia newsroom')).toBeVisible();
    const dateline = page.locator('time').first();
    await expect(dateline).toHaveText('June 2019');
    await expect(dateline).toHaveAttribute('datetime', '2019-06');
    await expect(page.getByText(/\d+\sminute read/)).toBeVisible();
    await expect(page.locator('.translation-credit')).toHaveCount(0);
  });

  test('has the section heading and the names in bold', async ({ page }) => {
    await expect(
      page.getByRole('heading', { level: 2, name: 'Longing for changes' }),
    ).toBeVisible();
    await expect(page.locator('.prose strong')).toHaveText(['Andrei Chebotarev', 'Irina Kim']);
  });

  test('gives the three unavailable photos by caption and credit, showing no stand-in', async ({
    page,
  }) => {
    const figures = page.locator('.prose figure.figure');
    await expect(figures).toHaveCount(3);
    const captions = figures.locator('figcaption');
    await expect(captions).toHaveText([
      'Caption: Alimzhan Izbasarov Photo: RFE/RL Photograph not available',
      'Photo: Asem Zhapsheva / Facebook Photograph not available',
      'Caption: Andrei Chebotarev Photo: sputniknews.kz Photograph not available',
    ]);
    await expect(figures.getByRole('img')).toHaveCount(0);
  });

  test('sets the expert quotes apart, verbatim, with their speakers', async ({ page }) => {
    const quotes = page.locator('.pull-quote');
    await expect(quotes).toHaveCount(3);
    await expect(quotes.nth(1).locator('blockquote')).toHaveText(
      'The trend for renewal has been set. However, people see that the system has not changed yet and the situation is still under control of the authorities.',
    );
    await expect(quotes.nth(1).locator('figcaption')).toHaveText(
      'Andrei Chebotarev, political analyst',
    );
  });

  test('credits the original publication, with the disclaimer and typo invitation', async ({
    page,
  }) => {
    const footer = page.locator('.article__footer');
    await expect(footer.getByRole('link', { name: /cabar\.asia/ })).toHaveAttribute(
      'href',
      'https://cabar.asia/en/what-do-protesting-moods-in-kazakhstan-tell-about',
    );
    expect(comparable(await footer.locator('.disclaimer').innerText())).toBe(
      comparable(seedDisclaimer),
    );
    // The seed's invitation is CABAR.asia's page furniture; the site says it in its own words.
    await expect(footer.locator('.typo-invitation')).toHaveText(
      'Spotted a typo? Select it and press Ctrl+Enter to tell us.',
    );
  });

  test('has the social links in the site footer, LinkedIn among them', async ({ page }) => {
    const social = page.getByRole('navigation', { name: 'Social media' });
    await expect(social.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
      'href',
      /linkedin\.com/,
    );
  });
});
