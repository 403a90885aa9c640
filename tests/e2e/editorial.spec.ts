// What the newsroom's editorial states look like to a reader, on the
// test-only fixture site (tests/fixtures/site/): a corrected article, a
// renamed one's old address, a withdrawn one and a link to it in another's
// text, and a draft and a future article that are not there at all.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { fixtureSite } from './fixtureSite';

const article = (name: string) => `${fixtureSite}/en/articles/${name}/`;

test('a corrected article lists its corrections, dated, at its foot and in its structured data', async ({
  page,
}) => {
  await page.goto(article('corrected-article'));
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections.getByRole('listitem')).toHaveText([
    'Corrected on 5 June 2019: An earlier version of this test fixture gave the wrong day.',
    'Corrected on 10 June 2019: A second correction, to show that corrections are listed oldest first.',
  ]);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(jsonLd.correction).toEqual([
    {
      '@type': 'CorrectionComment',
      datePublished: '2019-06-05',
      text: 'An earlier version of this test fixture gave the wrong day.',
    },
    {
      '@type': 'CorrectionComment',
      datePublished: '2019-06-10',
      text: 'A second correction, to show that corrections are listed oldest first.',
    },
  ]);
  expect(await axeViolations(page)).toEqual([]);
});

test("a renamed article's old address leads to it", async ({ page }) => {
  await page.goto(article('corrected-article-old-name'));
  await expect(page).toHaveURL(article('corrected-article'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'An article with corrections, under a new name',
  );
});

test('a withdrawn article leaves a page that says when and why, and nothing more', async ({
  page,
}) => {
  await page.goto(article('withdrawn-article'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An article that was withdrawn');
  await expect(page.getByText('This article was withdrawn on 6 June 2019.')).toBeVisible();
  await expect(
    page.getByText('This test fixture was withdrawn to show what its readers see instead.'),
  ).toBeVisible();
  await expect(page.getByText('This paragraph must never reach a reader.')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await axeViolations(page)).toEqual([]);
  // Nor is it listed.
  await page.goto(`${fixtureSite}/en/topics/kazakhstan/`);
  await expect(page.getByRole('link', { name: 'An article that was withdrawn' })).toHaveCount(0);
});

test('a link in the text to a withdrawn article says so, and leads to its notice', async ({
  page,
}) => {
  await page.goto(article('corrected-article'));
  const paragraph = page.locator('.prose p').filter({ hasText: 'another test fixture' });
  await expect(paragraph).toHaveText(
    'It links in its text to another test fixture\u00A0(withdrawn), which was withdrawn.',
  );
  await paragraph.getByRole('link', { name: 'another test fixture' }).click();
  await expect(page).toHaveURL(article('withdrawn-article'));
  await expect(page.getByText('This article was withdrawn on 6 June 2019.')).toBeVisible();
});

test('a draft and an article dated in the future are not on the site', async ({ page }) => {
  for (const name of ['draft-article', 'scheduled-article']) {
    expect(existsSync(`.fixture-site/en/articles/${name}/index.html`)).toBe(false);
  }
  await page.goto(`${fixtureSite}/en/`);
  await expect(
    page.getByRole('link', { name: 'A draft that a build never publishes' }),
  ).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'An article dated far in the future' })).toHaveCount(
    0,
  );
});
