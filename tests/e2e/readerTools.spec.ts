import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from './fixtureSite';

const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const editions = {
  en: {
    phrase: 'temporary construction',
    report: 'Report an error',
    send: 'Send',
    dark: 'Dark theme',
  },
  ru: {
    phrase: 'маленькой времянке',
    report: 'Сообщить об ошибке',
    send: 'Отправить',
    dark: 'Тёмная тема',
  },
} as const;

/** Selects the first occurrence of a phrase in the article body, as a reader would with a mouse. */
async function select(page: Page, phrase: string) {
  await page.locator('.prose').evaluate((prose, text) => {
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(text);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error(`"${text}" is not in the article`);
  }, phrase);
}

for (const [lang, edition] of Object.entries(editions)) {
  test.describe(`${lang}: reporting an error`, () => {
    test.beforeEach(async ({ page }) => {
      // The mail program is not opened in tests: the address it would get is kept.
      await page.addInitScript(() => {
        window.open = ((url: string) => {
          (window as unknown as { mailto: string }).mailto = url;
          return null;
        }) as typeof window.open;
      });
      await page.goto(`/${lang}/articles/${slug}/`);
    });

    test('select, Ctrl+Enter: the dialog shows the selection in its sentence; Send mails it', async ({
      page,
    }) => {
      await select(page, edition.phrase);
      await page.keyboard.press('Control+Enter');
      const dialog = page.getByRole('dialog', { name: edition.report });
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('mark')).toHaveText(edition.phrase);
      await expect(dialog.locator('blockquote')).toContainText(edition.phrase);
      const comment = dialog.getByRole('textbox');
      await expect(comment).toBeFocused();
      await comment.fill('a comment');
      await dialog.getByRole('button', { name: edition.send }).click();
      const mailto = await page.evaluate(() => (window as unknown as { mailto: string }).mailto);
      expect(mailto).toMatch(/^mailto:corrections@[^?]+\?subject=/);
      const body = decodeURIComponent(mailto.split('&body=')[1]!);
      expect(body).toContain(`${page.url()} (${lang})`);
      expect(body).toContain(`[[${edition.phrase}]]`);
      expect(body).toContain('a comment');
    });

    test('the footer button opens it too; Escape closes it and returns focus', async ({ page }) => {
      const button = page.getByRole('link', { name: edition.report });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: edition.report });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });

    test('the theme toggle switches to dark, and the choice survives a reload', async ({
      page,
    }) => {
      const toggle = page.getByRole('button', { name: edition.dark });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = await paper();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await paper()).toBe(dark);
      // Set in <head> before any style applies: no flash of the light theme.
      const order = await page.evaluate(() =>
        [...document.head.children].map((element) => element.tagName).join(' '),
      );
      expect(order.indexOf('SCRIPT')).toBeLessThan(order.indexOf('STYLE'));
    });

    test('share links are plain links; copy link copies the address', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const share = page.getByRole('navigation', {
        name: lang === 'en' ? 'Share this article' : 'Поделиться статьёй',
      });
      for (const network of ['Telegram', 'WhatsApp', 'VK', 'Facebook', 'X', 'LinkedIn']) {
        const href = await share
          .getByRole('link', { name: network, exact: true })
          .getAttribute('href');
        expect(href, network).toContain(encodeURIComponent(`/${lang}/articles/${slug}/`));
      }
      await share.getByRole('button').click();
      await expect(share.getByRole('status')).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        new RegExp(`^https://[^/]+/${lang}/articles/${slug}/$`),
      );
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the error report is an e-mail link with the page; no dead buttons show', async ({
    page,
  }) => {
    await page.goto(`/en/articles/${slug}/`);
    const report = page.getByRole('link', { name: 'Report an error' });
    const href = (await report.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:/);
    expect(decodeURIComponent(href)).toContain(`/en/articles/${slug}/`);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(
      page
        .getByRole('navigation', { name: 'Share this article' })
        .getByRole('link', { name: 'Telegram' }),
    ).toBeVisible();
  });
});

test.describe('an error report sent to an HTTP endpoint', () => {
  const url = `${fixtureSite}/en/articles/${slug}/`;

  test('is a JSON POST of what the reader selected and typed', async ({ page }) => {
    let posted: unknown;
    await page.route('**/api/corrections', async (route) => {
      posted = route.request().postDataJSON();
      await route.fulfill({ status: 204 });
    });
    await page.goto(url);
    await select(page, 'temporary construction');
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Report an error' });
    await dialog.getByRole('textbox').fill('typo?');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Thank you! Your report has been sent.');
    expect(posted).toEqual({
      url,
      lang: 'en',
      selection: 'temporary construction',
      context: expect.stringContaining('[[temporary construction]]'),
      comment: 'typo?',
    });
  });

  test('offers e-mail when the POST fails', async ({ page }) => {
    await page.route('**/api/corrections', (route) => route.fulfill({ status: 500 }));
    await page.goto(url);
    await page.getByRole('link', { name: 'Report an error' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report an error' });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('status')).toContainText('could not be sent');
    await expect(dialog.getByRole('status').getByRole('link')).toHaveAttribute('href', /^mailto:/);
  });
});

test('an opened article reads again offline; a page never opened shows the offline page', async ({
  page,
  context,
}) => {
  await page.goto(`/ru/articles/${slug}/`);
  await expect(page.getByText('Доступно без сети')).toBeVisible();
  // The line keeps its place while the article is being saved: nothing below
  // it moves when it appears (a tap meant for a link would land elsewhere).
  const textTop = () => page.locator('.prose').evaluate((prose) => prose.getBoundingClientRect().y);
  const shown = await textTop();
  await page.locator('.offline-mark').evaluate((mark: HTMLElement) => void (mark.hidden = true));
  expect(await textTop()).toBe(shown);
  await page.locator('.offline-mark').evaluate((mark: HTMLElement) => void (mark.hidden = false));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'О чём говорят протестные настроения в Казахстане?',
  );
  await page.goto('/ru/articles/kazakhstan-from-a-marathon-banner-to-protest-consolidation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нет подключения к сети');
  await context.setOffline(false);
});
