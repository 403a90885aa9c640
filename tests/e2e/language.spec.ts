import { hrefPath } from './hrefPath';
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { fixtureSite } from './fixtureSite';

const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const enUrl = `/en/articles/${slug}/`;
const ruUrl = `/ru/articles/${slug}/`;

test('the Russian "see also" links lead to the Russian briefs, which link back', async ({
  page,
}) => {
  await page.goto(ruUrl);
  const links = page.locator('.see-also a');
  await expect(links).toHaveCount(3);
  for (const href of await links.evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )) {
    expect(href).toMatch(/^\/ru\/articles\//);
    await page.goto(href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page
      .locator('.based-on')
      .getByRole('link', { name: 'О чём говорят протестные настроения в Казахстане?' })
      .click();
    await expect(page).toHaveURL(ruUrl);
  }
});

test('the switch is a real link, labelled in its own language, and works by keyboard', async ({
  page,
}) => {
  await page.goto(enUrl);
  const toRussian = page.getByRole('link', { name: 'Русский' });
  await expect(toRussian).toHaveAttribute('hreflang', 'ru');
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  for (let tab = 0; tab < 10; tab += 1) {
    await page.keyboard.press('Tab');
    if (await toRussian.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(toRussian).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(ruUrl);
});

test('front page to front page', async ({ page }) => {
  await page.goto('/ru/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL('/ru/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the root page offers both editions', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
    await page.getByRole('link', { name: 'Читать по-русски' }).click();
    await expect(page).toHaveURL('/ru/');
    await page.goto('/');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL('/en/');
  });
});

test('a Russian page shows no English UI text', async ({ page }) => {
  // Every literal piece of the English dictionary, placeholders cut out.
  const englishPieces = Object.values(en)
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 2);
  for (const path of ['/ru/', ruUrl]) {
    await page.goto(path);
    // All text, visible or for screen readers, but what is marked as another language.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang]:not([lang=ru])').forEach((element) => element.remove());
      // Text nodes one by one: elements set side by side must not run together.
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const pieces: string[] = [];
      while (walker.nextNode()) pieces.push(walker.currentNode.nodeValue ?? '');
      return pieces.join(' ');
    });
    const found = englishPieces.filter((piece) =>
      new RegExp(
        `(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`,
        'u',
      ).test(text),
    );
    expect(found, path).toEqual([]);
  }
});

test.describe('an article that exists only in English', () => {
  const url = `${fixtureSite}/en/articles/untranslated-article/`;

  test('the switch leads to the Russian front page and says, in Russian, why', async ({ page }) => {
    await page.goto(url);
    const toRussian = page.getByRole('link', { name: 'Русский' });
    expect(await hrefPath(toRussian)).toBe('/ru/');
    const note = page.getByText('Эта статья ещё не переведена на русский язык');
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('lang', 'ru');
    await expect(page.locator('link[hreflang=ru]')).toHaveCount(0);
    await expect(page.locator('link[hreflang=en]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);
    await toRussian.click();
    await expect(page).toHaveURL(`${fixtureSite}/ru/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});
